import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { workFolder } from './helpers.js';

// doc, flowchart and export replace only a file they wrote that has not changed since: before, an officer's Word
// edit of a generated document (to import back), an edited workbook or a signed scan of the same name was lost.
const work = workFolder('overwrite');
// procedures/xa/dang-ky-ket-hon.yaml is QT-HT-02; the Word file is its document, edited by an officer in Word.
const KET_HON = 'procedures/xa/dang-ky-ket-hon.yaml';
const EDITED_WORD = join(ROOT, 'test/interchange/fixtures/ket-hon-bo-dong-buoc-6.docx');
const SCAN = join(ROOT, 'test/safety/fixtures/overwrite/ban-quet-co-chu-ky.pdf');
const WORKBOOK = join(ROOT, 'test/interchange/fixtures/catalog.xlsx');
const FULL = 'test/render/document/fixtures/full.yaml';
const DECISION = 'test/render/fixtures/flowchart/decision.yaml';
// An executable that is no browser: a file in the way must stop the run before the browser is started.
const NO_START = { PROCMAP_CHROME: '/bin/false' };
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent/chromium' };

let folders = 0;
/** A fresh output folder for one test. */
function outFolder(): string {
  const dir = join(work, `out-${++folders}`);
  mkdirSync(dir);
  return dir;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('doc, flowchart and export never replace a file procmap did not write, or one changed since', () => {
  it("doc refuses an officer's Word edit of a generated document and says what to do, starting no browser", async () => {
    const out = outFolder();
    const target = join(out, 'QT-HT-02.docx');
    copyFileSync(EDITED_WORD, target);
    const en = await runCli(['doc', KET_HON, '-f', 'docx', '-o', out, '--lang', 'en'], { env: NO_START });
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      `procmap: Refusing to write over "${target}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); import it first (procmap import) to keep its changes, then run again with --force to replace it; or move it away\n`,
    );
    const vi = await runCli(['doc', KET_HON, '-f', 'docx', '-o', out], { env: NO_START });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: Không ghi đè "${target}": tệp đó không do procmap tạo ra (${OUTPUT_RECORD} ở cùng thư mục không ghi tệp đó); hãy nhập tệp đó trước (procmap import) để giữ các chỗ sửa, rồi chạy lại với --force để ghi đè; hoặc chuyển tệp đó đi nơi khác\n`,
    );
    expect(readFileSync(target)).toEqual(readFileSync(EDITED_WORD));
    expect(readdirSync(out)).toEqual(['QT-HT-02.docx']);
  });

  it("doc refuses a signed scan of a document's name, and writes none of the other documents either", async () => {
    const out = outFolder();
    copyFileSync(SCAN, join(out, 'QT-HT-02.pdf'));
    const result = await runCli(['doc', KET_HON, '-f', 'md,pdf', '-o', out, '--lang', 'en'], { env: NO_START });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      `procmap: Refusing to write over "${join(out, 'QT-HT-02.pdf')}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); move it away, or run again with --force to replace it\n`,
    );
    expect(readdirSync(out)).toEqual(['QT-HT-02.pdf']);
    expect(readFileSync(join(out, 'QT-HT-02.pdf'))).toEqual(readFileSync(SCAN));
  });

  it('doc writes again over its own unchanged documents with no option; an edited one only with --force', async () => {
    const out = outFolder();
    const target = join(out, 'QT-TEST-HKD-01.md');
    const run = (...extra: string[]) =>
      runCli(['doc', FULL, '-f', 'md', '-o', out, '--lang', 'en', ...extra], { env: NO_BROWSER });
    for (let i = 0; i < 2; i++) expect(await run()).toMatchObject({ code: 0, stdout: `${target}\n`, stderr: '' });
    const written = readFileSync(target, 'utf8');
    writeFileSync(target, `${written}\nGhi chú của cán bộ: đã trình lãnh đạo ký.\n`);
    const refused = await run();
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(
      `procmap: Refusing to write over "${target}": it was changed after procmap wrote it (edited in Word or Excel, say), and writing would lose those changes; move it away, or run again with --force to replace it\n`,
    );
    expect(readFileSync(target, 'utf8')).toContain('Ghi chú của cán bộ');
    expect(await run('--force')).toMatchObject({ code: 0, stdout: `${target}\n`, stderr: '' });
    expect(readFileSync(target, 'utf8')).toBe(written);
    // The file --force wrote is procmap's again: the everyday run needs no option.
    expect(await run()).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual([OUTPUT_RECORD, 'QT-TEST-HKD-01.md']);
  });

  it('flowchart names every file in the way, edited or not its own, and writes nothing', async () => {
    const out = outFolder();
    expect((await runCli(['flowchart', DECISION, '-f', 'mmd', '-o', out])).code).toBe(0);
    const mmd = join(out, 'FX-DECISION.flowchart.mmd');
    const md = join(out, 'FX-DECISION.flowchart.md');
    writeFileSync(mmd, `${readFileSync(mmd, 'utf8')}%% sửa tay\n`);
    writeFileSync(md, '# Lưu đồ vẽ tay\n');
    const result = await runCli(['flowchart', DECISION, '-f', 'mmd,md', '-o', out, '--lang', 'en']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      `procmap: Refusing to write over "${mmd}", "${md}": procmap did not write them, or they were changed after procmap wrote them (edited in Word or Excel, say); move them away, or run again with --force to replace them\n`,
    );
    expect(readFileSync(md, 'utf8')).toBe('# Lưu đồ vẽ tay\n');
    expect(readFileSync(mmd, 'utf8')).toMatch(/%% sửa tay\n$/);
  });

  it('export refuses a workbook it did not write, and writes its own again with no option', async () => {
    const out = outFolder();
    const edited = join(out, 'danh-muc.xlsx');
    copyFileSync(WORKBOOK, edited);
    const refused = await runCli(['export', FULL, '-o', edited, '--lang', 'en']);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(
      `procmap: Refusing to write over "${edited}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); import it first (procmap import) to keep its changes, then run again with --force to replace it; or move it away\n`,
    );
    expect(readFileSync(edited)).toEqual(readFileSync(WORKBOOK));
    const own = join(out, 'catalog.xlsx');
    for (let i = 0; i < 2; i++)
      expect(await runCli(['export', FULL, '-o', own])).toMatchObject({ code: 0, stdout: `${own}\n`, stderr: '' });
    const bpmn = join(out, 'QT-TEST-HKD-01.bpmn');
    writeFileSync(bpmn, '<definitions/>\n');
    const bpmnRun = await runCli(['export', FULL, '-f', 'bpmn', '-o', out, '--lang', 'en']);
    expect([bpmnRun.code, bpmnRun.stderr]).toEqual([
      2,
      `procmap: Refusing to write over "${bpmn}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); move it away, or run again with --force to replace it\n`,
    ]);
  });

  it('a record left by a run killed between recording and renaming accepts the file as it was and as it is', async () => {
    const out = outFolder();
    const target = join(out, 'QT-TEST-HKD-01.md');
    const run = () => runCli(['doc', FULL, '-f', 'md', '-o', out], { env: NO_BROWSER });
    expect((await run()).code).toBe(0);
    const now = readFileSync(target);
    // A killed run recorded the hash of what it was about to write beside the hash of what the file held.
    const before = Buffer.from('# Bản procmap viết lần trước\n');
    writeFileSync(target, before);
    const record = join(out, OUTPUT_RECORD);
    writeFileSync(
      record,
      JSON.stringify({ version: 1, files: { 'QT-TEST-HKD-01.md': [sha256(before), sha256(now)] } }),
    );
    expect(await run()).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({
      version: 1,
      files: { 'QT-TEST-HKD-01.md': [sha256(now)] },
    });
  });

  it('a damaged or tampered record vouches for nothing, is said, and is written afresh with --force', async () => {
    const out = outFolder();
    const target = join(out, 'QT-TEST-HKD-01.md');
    const record = join(out, OUTPUT_RECORD);
    const run = (...extra: string[]) =>
      runCli(['doc', FULL, '-f', 'md', '-o', out, '--lang', 'en', ...extra], { env: NO_BROWSER });
    expect((await run()).code).toBe(0);
    const hash = sha256(readFileSync(target));
    // Edited since: a file that holds exactly what procmap would write is accepted whatever the record says.
    writeFileSync(target, `${readFileSync(target, 'utf8')}\nGhi chú của cán bộ.\n`);
    for (const text of [
      '{"version": 1, "files": ',
      JSON.stringify({ version: 1, files: { '../QT-TEST-HKD-01.md': [hash] } }),
    ]) {
      writeFileSync(record, text);
      const result = await run();
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toBe(
        `procmap: the record of the files procmap wrote, "${record}", is damaged; files already in "${out}" are replaced only with --force\nprocmap: Refusing to write over "${target}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); move it away, or run again with --force to replace it\n`,
      );
    }
    expect((await run('--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ version: 1, files: { 'QT-TEST-HKD-01.md': [hash] } });
  });

  it("refuses a folder in the record's place with one message, writing nothing", async () => {
    const out = outFolder();
    mkdirSync(join(out, OUTPUT_RECORD));
    const result = await runCli(['doc', FULL, '-f', 'md', '-o', out, '--lang', 'en'], { env: NO_BROWSER });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`procmap: Cannot write "${join(out, OUTPUT_RECORD)}": it is a folder, not a file\n`);
    expect(readdirSync(out)).toEqual([OUTPUT_RECORD]);
  });

  // It was found only as that file was written: the files before it in the catalog were written, and the run exited 2
  // part way, where a file in the way (a signed scan, a FIFO, a read-only file) stops the run before it writes any.
  it("refuses a folder at one of its files' names before it writes any file or starts a browser", async () => {
    const out = outFolder();
    mkdirSync(join(out, 'QT-HT-09.md'));
    writeFileSync(join(out, 'QT-HT-09.md', 'notes.txt'), 'mine');
    const result = await runCli(['doc', 'procedures', '-f', 'md,html', '-o', out, '--lang', 'en'], {
      env: NO_START,
    });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`procmap: Cannot write "${join(out, 'QT-HT-09.md')}": it is a folder, not a file\n`);
    expect(readdirSync(out)).toEqual(['QT-HT-09.md']);
    expect(readFileSync(join(out, 'QT-HT-09.md', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('never reads or writes the record through a link', async () => {
    const out = outFolder();
    const elsewhere = join(work, `victim-${folders}.json`);
    writeFileSync(elsewhere, '{"keep": true}\n');
    symlinkSync(elsewhere, join(out, OUTPUT_RECORD));
    const result = await runCli(['doc', FULL, '-f', 'md', '-o', out, '--lang', 'en'], { env: NO_BROWSER });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      `procmap: Refusing to write "${join(out, OUTPUT_RECORD)}": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)\n`,
    );
    expect(readFileSync(elsewhere, 'utf8')).toBe('{"keep": true}\n');
    expect(readdirSync(out)).toEqual([OUTPUT_RECORD]);
  });
  it('takes files that already hold exactly what it would write as its own: outputs of a procmap older than the record', async () => {
    const out = outFolder();
    const runs = [
      ['doc', FULL, '-f', 'md', '-o', out],
      ['flowchart', DECISION, '-f', 'mmd,md', '-o', out],
      ['export', FULL, '-f', 'bpmn', '-o', out],
    ];
    for (const args of runs) expect((await runCli(args, { env: NO_BROWSER })).code).toBe(0);
    const files = readdirSync(out).filter((name) => name !== OUTPUT_RECORD);
    const hashes = Object.fromEntries(files.map((name) => [name, [sha256(readFileSync(join(out, name)))]]));
    // The folder as an earlier procmap left it: the same files, no record.
    rmSync(join(out, OUTPUT_RECORD));
    for (const args of runs) {
      const result = await runCli(args, { env: NO_BROWSER });
      expect([result.code, result.stderr]).toEqual([0, '']);
    }
    expect(JSON.parse(readFileSync(join(out, OUTPUT_RECORD), 'utf8'))).toEqual({ version: 1, files: hashes });
    // Only a file that differs from what would be written is still refused, and nothing else is written.
    rmSync(join(out, OUTPUT_RECORD));
    const mmd = join(out, 'FX-DECISION.flowchart.mmd');
    writeFileSync(mmd, `${readFileSync(mmd, 'utf8')}%% sửa tay\n`);
    const refused = await runCli(['flowchart', DECISION, '-f', 'mmd,md', '-o', out]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      `procmap: Không ghi đè "${mmd}": tệp đó không do procmap tạo ra (${OUTPUT_RECORD} ở cùng thư mục không ghi tệp đó); hãy chuyển tệp đó đi nơi khác, hoặc chạy lại với --force để ghi đè\n`,
    ]);
    expect(readdirSync(out)).not.toContain(OUTPUT_RECORD);
  });

  it('a workbook edited in Excel and imported back is replaced by the next export with no option', async () => {
    const out = outFolder();
    const workbook = join(out, 'catalog.xlsx');
    const exportRun = () => runCli(['export', FULL, '-o', workbook, '--lang', 'en']);
    expect((await exportRun()).code).toBe(0);
    // The officer rewords a step in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const row = book.worksheets[1]!.getRow(2);
    const column = (row.values as unknown[]).indexOf('Tiếp nhận, kiểm tra hồ sơ');
    expect(column).toBeGreaterThan(0);
    const cell = row.getCell(column);
    cell.value = 'Tiếp nhận và kiểm tra hồ sơ';
    await book.xlsx.writeFile(workbook);
    const edited = readFileSync(workbook);
    const changed = `procmap: Refusing to write over "${workbook}": it was changed after procmap wrote it (edited in Word or Excel, say), and writing would lose those changes; import it first (procmap import) to keep its changes, then run again; or move it away, or run again with --force to replace it\n`;
    expect(await exportRun()).toMatchObject({ code: 2, stdout: '', stderr: changed });
    // An import that does not take the workbook in (the catalog's file differs, no --force) changes nothing.
    const catalog = join(out, 'catalog');
    mkdirSync(catalog);
    copyFileSync(join(ROOT, FULL), join(catalog, 'QT-TEST-HKD-01.yaml'));
    expect((await runCli(['import', workbook, '-o', catalog])).code).toBe(1);
    expect(await exportRun()).toMatchObject({ code: 2, stdout: '', stderr: changed });
    // Taken in: the edit is in the procedure now, and the workbook is procmap's to write afresh.
    expect((await runCli(['import', workbook, '-o', catalog, '--force'])).code).toBe(0);
    expect(readFileSync(join(catalog, 'QT-TEST-HKD-01.yaml'), 'utf8')).toContain('Tiếp nhận và kiểm tra hồ sơ');
    expect(readFileSync(workbook)).toEqual(edited);
    expect(await exportRun()).toMatchObject({ code: 0, stdout: `${workbook}\n`, stderr: '' });
  });

  it("import marks an officer's Word edit of a document procmap wrote as taken in, and creates no record elsewhere", async () => {
    const out = outFolder();
    const target = join(out, 'QT-HT-02.docx');
    copyFileSync(EDITED_WORD, target);
    // procmap wrote QT-HT-02.docx (another version of it); the officer then edited it in Word.
    const record = join(out, OUTPUT_RECORD);
    writeFileSync(record, JSON.stringify({ version: 1, files: { 'QT-HT-02.docx': [sha256('bản procmap viết')] } }));
    const doc = () => runCli(['doc', KET_HON, '-f', 'docx', '-o', out, '--lang', 'en'], { env: NO_START });
    const refused = await doc();
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `procmap: Refusing to write over "${target}": it was changed after procmap wrote it (edited in Word or Excel, say), and writing would lose those changes; import it first (procmap import) to keep its changes, then run again; or move it away, or run again with --force to replace it\n`,
    ]);
    const imported = await runCli(['import', target, '-o', join(out, 'catalog')]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({
      version: 1,
      files: { 'QT-HT-02.docx': [sha256(readFileSync(EDITED_WORD))] },
    });
    // No refusal now: the run goes on to start the browser (here one that cannot start).
    expect((await doc()).stderr).not.toContain('Refusing');
    // A Word file imported from a folder procmap never wrote into gets no record there.
    const elsewhere = join(work, `elsewhere-${folders}`);
    mkdirSync(elsewhere);
    copyFileSync(EDITED_WORD, join(elsewhere, 'QT-HT-02.docx'));
    expect((await runCli(['import', join(elsewhere, 'QT-HT-02.docx'), '-o', join(elsewhere, 'catalog')])).code).toBe(0);
    expect(readdirSync(elsewhere).sort()).toEqual(['QT-HT-02.docx', 'catalog']);
  });
});
