import { describe, expect, it } from 'vitest';
import { yamlValue } from '../../src/format/yaml-value.js';
import { readMapSource } from '../../src/node/map-file.js';
import { runCli } from '../helpers/run-cli.js';

// Headers a dossier export may have, each suggested in a note as the line to write in a --map file.
const HEADERS = [
  'Ngày hẹn trả',
  'Ngày có KQ: dd/mm/yyyy',
  'Hạn #2',
  '2026',
  'true',
  'null',
  '- Ngày trả',
  '"Ngày trả"',
  "'KQ'",
  '[KQ]',
  '*KQ',
  'Ngày trả:',
  ' Ngày trả',
  'Ngày\u001b[31m trả',
];

describe('yamlValue: a header written as the value of a --map line', () => {
  it.each(HEADERS)('reads %j back as that header, as a --map file is read', (header) => {
    // Before, written as it stands: "finished: Ngày có KQ: dd/mm/yyyy" did not read at all, "finished: 2026" read a number.
    const line = `finished: ${yamlValue(header)}\n`;
    expect(readMapSource('map.yaml', Buffer.from(line)).data).toEqual({ finished: header });
  });

  it('leaves a header that reads as itself unquoted', () => {
    expect(yamlValue('Ngày có kết quả')).toBe('Ngày có kết quả');
  });

  it('is what ontime suggests for a column it did not read', async () => {
    const run = await runCli([
      'ontime',
      'test/fixtures/ontime-note-quoting/colon-header.csv',
      '--catalog',
      'test/fixtures/ontime/catalog',
      '--as-of',
      '31/03/2026',
      '--lang',
      'en',
    ]);
    // In the report (stdout), beside its figures.
    expect(run.stdout).toContain('map it with --map (finished: "Ngày có KQ: dd/mm/yyyy")');
  });
});
