import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/uncounted-steps';

describe('a step not counted in the time limit (counted: false)', () => {
  it('is left out of the total against the limit, its row saying so, in `time`', async () => {
    const vi = await runCli(['time', `${DIR}/counted-false.yaml`, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain(
      '  2   B2       Niêm yết công khai kết quả bình xét  CCVHXH  5 ngày làm việc (không tính vào thời hạn)  4 giờ làm việc\n',
    );
    expect(vi.stdout).toContain('\nTổng theo đường găng: 5 ngày làm việc (40 giờ), vừa đúng thời hạn\n');
    const en = await runCli(['time', `${DIR}/counted-false.yaml`, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('5 working days (not counted in the time limit)');
    expect(en.stdout).toContain('\nTotal on the critical path: 5 working days (40 h), exactly the limit\n');
  });

  // A body whose only step on the path is uncounted spent none of the limit: no "TBX 0 giờ làm việc" beside the others.
  it('leaves a body whose steps are all uncounted out of the time by body', async () => {
    const text = await runCli(['time', `${DIR}/own-body.yaml`, '--lang', 'vi']);
    expect([text.code, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toContain(
      '\nThời gian theo đơn vị trên đường găng: BPMC 1 ngày làm việc, CCVHXH 3 ngày làm việc, LDUX 1 ngày làm việc\n',
    );
    const json = await runCli(['time', `${DIR}/own-body.yaml`, '-f', 'json']);
    expect(Object.keys(JSON.parse(json.stdout).procedures[0].by_body)).toEqual(['BPMC', 'CCVHXH', 'LDUX']);
  });

  it('is read from the words "(không tính vào thời hạn giải quyết)" after its time, as counted: false', async () => {
    const time = await runCli(['time', `${DIR}/words.yaml`, '--lang', 'vi']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('5 ngày làm việc (không tính vào thời hạn)  4 giờ làm việc\n');
    expect(time.stdout).toContain('\nTổng theo đường găng: 5 ngày làm việc (40 giờ), vừa đúng thời hạn\n');
    for (const file of ['words.yaml', 'counted-false.yaml']) {
      const lint = await runCli(['lint', `${DIR}/${file}`, '--lang', 'vi']);
      expect([lint.code, lint.stderr]).toEqual([0, '']);
      expect(lint.stdout).toContain('không có vấn đề');
    }
  });

  it('is drawn and printed with "(không tính vào thời hạn)"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-uncounted-'));
    const chart = await runCli(['flowchart', `${DIR}/counted-false.yaml`, '--format', 'mmd', '-o', out]);
    expect([chart.code, chart.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'QT-NP-01.flowchart.mmd'), 'utf8')).toContain(
      'Niêm yết công khai kết quả bình xét<br/>5 ngày làm việc (không tính vào thời hạn)',
    );
    const doc = await runCli(['doc', `${DIR}/counted-false.yaml`, '--format', 'md', '-o', out, '--lang', 'vi']);
    expect([doc.code, doc.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'QT-NP-01.md'), 'utf8')).toContain(
      '| 2 | **Niêm yết công khai kết quả bình xét** | Công chức Văn hóa – Xã hội | 5 ngày làm việc (không tính vào thời hạn) |',
    );
  });

  it('is suggested by the overrun when the limit leaves its time out ("không kể thời gian niêm yết")', async () => {
    const lint = await runCli(['lint', `${DIR}/leaves-out.yaml`, '--lang', 'vi']);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      'B1 → B2 → B3 → B4 → B5. Thời hạn ghi "không kể thời gian niêm yết công khai": nếu bước B2 ("Niêm yết công khai kết quả bình xét") là thời gian đó, hãy ghi "counted: false" ở bước đó; bước vẫn được vẽ và in nhưng không tính vào thời hạn  within-time-limit\n',
    );
    const en = await runCli(['lint', `${DIR}/leaves-out.yaml`, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([1, '']);
    expect(en.stdout).toContain(
      'The limit leaves out "không kể thời gian niêm yết công khai": if step B2 ("Niêm yết công khai kết quả bình xét") is that time, write "counted: false" on it',
    );
  });

  it('keeps its mark through the workbook: exported with the words, imported back as not counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-uncounted-'));
    for (const lang of ['vi', 'en']) {
      const book = join(dir, `${lang}.xlsx`);
      expect((await runCli(['export', `${DIR}/counted-false.yaml`, '--lang', lang, '-o', book])).code).toBe(0);
      const out = join(dir, lang);
      const imported = await runCli(['import', book, '-o', out, '--lang', lang]);
      expect([imported.code, imported.stderr]).toEqual([0, '']);
      const time = await runCli(['time', join(out, 'QT-NP-01.yaml'), '--lang', 'vi']);
      expect([time.code, time.stderr]).toEqual([0, '']);
      expect(time.stdout).toContain('\nTổng theo đường găng: 5 ngày làm việc (40 giờ), vừa đúng thời hạn\n');
    }
  });
});
