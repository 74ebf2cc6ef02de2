import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime-mapped-slip/ho-so.csv: the five dossiers of ontime-units, the result's column headed "KQ xong",
// a header procmap does not know. Mapped right, four are finished; mapped with a slip ("KQ xon"), the mapping was
// passed over without a word and the result's dates unread: one dossier counted, four rows "returned without a date".
const DIR = 'test/fixtures/ontime-mapped-slip';
const RUN = ['ontime', `${DIR}/ho-so.csv`, '--catalog', 'test/fixtures/ontime-units/catalog', '--as-of', '31/12/2026'];

describe('procmap ontime, a column mapping naming a header the file does not have', () => {
  it('says so once per field or step, with the nearest header of the file, and what was read instead', async () => {
    const run = await runCli([...RUN, '--map', `${DIR}/slip.yaml`, '--lang', 'en', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      `${DIR}/ho-so.csv: the column mapping names the column "KQ xon" for finished, and the file has no such column; is it "KQ xong"? In this file finished is looked for among the usual headers, as without a mapping; write the file's own header in the mapping`,
      `${DIR}/ho-so.csv: the column mapping names the column "Thẩm định xong" for the step "verify", and the file has no such column. In this file the step "verify" is looked for among the usual headers, as without a mapping; write the file's own header in the mapping`,
    ]);
    const vi = await runCli([...RUN, '--map', `${DIR}/slip.yaml`, '--format', 'json']);
    expect(vi.stderr).toContain(
      `${DIR}/ho-so.csv: bảng ghép cột chỉ cột "KQ xon" cho finished, nhưng tệp không có cột nào như thế; có phải là "KQ xong"?`,
    );
  });

  it("is among the report's notes, on the terminal and in every report file", async () => {
    // Before, the note went to stderr alone: a report read later counted four dossiers without their results' dates
    // with nothing to say the mapping had missed.
    const note = `${DIR}/ho-so.csv: bảng ghép cột chỉ cột "KQ xon" cho finished, nhưng tệp không có cột nào như thế; có phải là "KQ xong"? Trong tệp này, finished được tìm theo các tiêu đề thường gặp như khi không ghép; hãy sửa bảng ghép theo đúng tiêu đề của tệp`;
    const terminal = await runCli([...RUN, '--map', `${DIR}/slip.yaml`]);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`\n\n${note}\n`);
    expect(terminal.stderr).not.toContain('bảng ghép cột');
    const dir = mkdtempSync(join(tmpdir(), 'unmapped-'));
    const md = await runCli([...RUN, '--map', `${DIR}/slip.yaml`, '-o', join(dir, 'bao-cao.md')]);
    expect(md.stderr.split(note)).toHaveLength(2);
    expect(readFileSync(join(dir, 'bao-cao.md'), 'utf8')).toContain(`\n> ${note}\n`);
    const json = await runCli([...RUN, '--map', `${DIR}/slip.yaml`, '-f', 'json']);
    expect(JSON.parse(json.stdout).unmapped_columns).toEqual([
      { file: `${DIR}/ho-so.csv`, field: 'finished', mapped: ['KQ xon'] },
      { file: `${DIR}/ho-so.csv`, field: 'steps: verify', mapped: ['Thẩm định xong'] },
    ]);
  });

  it('says nothing when every mapped header is there', async () => {
    const run = await runCli([...RUN, '--map', `${DIR}/right.yaml`, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals).toMatchObject({ dossiers: 5, finished: 4 });
  });
});

describe('procmap ontime, a column mapping naming one column for two moments of a dossier', () => {
  it('refuses it at the line of the second, in both languages, before any dossier is read', async () => {
    // Before: read as asked, each dossier finished the moment it was received, exit 0 at 100 % on time.
    const vi = await runCli([...RUN, '--map', `${DIR}/shared-column.yaml`, '--format', 'json']);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: ${DIR}/shared-column.yaml:4:3: "received" và "finished" cùng ghép với cột "ngay tiep nhan", mà một cột chỉ ghi một thời điểm của hồ sơ (hai thời điểm sẽ trùng nhau, hồ sơ như được giải quyết hay tạm dừng ngay lúc tiếp nhận); hãy ghép mỗi trường với tiêu đề cột riêng của nó\n`,
    );
    const en = await runCli([...RUN, '--map', `${DIR}/shared-column.yaml`, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toContain('"received" and "finished" both name the column "ngay tiep nhan"');
  });
});

describe('procmap ontime, a column mapping writing one field both beside "columns" and under it', () => {
  it('refuses it at the line under "columns", naming the other line', async () => {
    // Before: the one under "columns" was read, the other passed over without a word.
    const vi = await runCli([...RUN, '--map', `${DIR}/field-twice.yaml`]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: ${DIR}/field-twice.yaml:4:3: "received" được ghép ở đây và cả ở dòng 2; hãy ghi mỗi trường một lần, trong "columns"\n`,
    );
    const en = await runCli([...RUN, '--map', `${DIR}/field-twice.yaml`, '--lang', 'en']);
    expect(en.stderr).toBe(
      `procmap: ${DIR}/field-twice.yaml:4:3: "received" is mapped here and on line 2 too; write each field once, under "columns"\n`,
    );
  });
});
