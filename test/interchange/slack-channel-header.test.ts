import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS, matchColumns } from '../../src/interchange/columns.js';

describe('the catalog column of whose limit the slack is against', () => {
  const column = CATALOG_COLUMNS.find((def) => def.field === 'slack_channel')!;

  it('is headed for a channel and for an exception case alike, as its cells name either', () => {
    expect(column.vi).toBe('Còn dư tính theo thời hạn riêng của cách thức hoặc trường hợp');
    expect(column.en).toBe('Slack against the own limit of a channel or case');
    expect(column.vi).not.toMatch(/kênh$/);
  });

  it('is still known under the header of workbooks exported before, so reading one reports no unknown column', () => {
    const headers = ['Mã hiệu quy trình', 'Còn dư tính theo thời hạn của kênh', 'Slack against the limit of channel'];
    const matched = matchColumns(headers, 'catalog');
    expect(matched.get(1)?.field).toBe('slack_channel');
    expect(matched.get(0)?.field).toBe('id');
  });
});
