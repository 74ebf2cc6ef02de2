import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// The officer's round trip: `procmap doc -f docx` (a stand-in image for the chart), the document edited in Word, then
// `procmap import` into the catalog it came from, where the procedure's file is named for its title, not its id.
const LOGO = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>');
// Four on-the-spot, bodies marked single_window and on_site: facts the document does not print.
const FILE = 'tinh/thong-bao-thay-doi-nganh-nghe-kinh-doanh.yaml';

const procedureOf = (path: string): Procedure =>
  lint([loadFile(path, readFileSync(path))], { rules: [] }).procedures[0]!.procedure;

// The Word document of each text, made once: several tests start from the same edit (or none) of the same file.
const documents = new Map<string, Promise<{ id: string; bytes: Uint8Array }>>();

/** The Word document of a procedure file's text, as `procmap doc -f docx` writes it, with a stand-in chart. */
function documentOf(file: string, text: string): Promise<{ id: string; bytes: Uint8Array }> {
  const key = `${file}\n${text}`;
  let document = documents.get(key);
  if (document === undefined) {
    const procedure = lint([loadFile(file, Buffer.from(text))]).procedures[0]!.procedure;
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    document = renderDocx(view, { flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 } }).then(
      (bytes) => ({ id: procedure.id, bytes }),
    );
    documents.set(key, document);
  }
  return document;
}

/** A copy of the bundled catalog, and the Word document of FILE with its text changed first. */
async function catalogAndDocument(change: (text: string) => string = (text) => text, file = FILE) {
  const folder = mkdtempSync(join(tmpdir(), 'procmap-word-update-'));
  const catalog = join(folder, 'procedures');
  cpSync(join(ROOT, 'procedures'), catalog, { recursive: true });
  const { id, bytes } = await documentOf(file, change(readFileSync(join(catalog, file), 'utf8')));
  const docx = join(folder, `${id}.docx`);
  writeFileSync(docx, bytes);
  return { folder, catalog, docx, id };
}

/** Every file of a catalog with its bytes, to prove an import left them as they were. */
const bytesOf = (catalog: string) => new Map(yamlFiles(catalog).map((file) => [file, readFileSync(file, 'utf8')]));

describe('procmap import: a Word document over the catalog it was written from', () => {
  it('finds the procedure under its own file name: the same document leaves the catalog as it was', async () => {
    const { catalog, docx, id } = await catalogAndDocument();
    const before = bytesOf(catalog);
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^unchanged    ${join(catalog, FILE)}  ← `));
    expect(run.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
    // Not a second file of the same id beside it, and every file as the officer wrote it, comments and layout kept.
    expect(existsSync(join(catalog, `${id}.yaml`))).toBe(false);
    expect(bytesOf(catalog)).toEqual(before);
  });

  it('writes an edit made in Word into that file with --force, keeping what the document does not print', async () => {
    const original = procedureOf(join(ROOT, 'procedures', FILE));
    const { catalog, docx } = await catalogAndDocument((text) => text.replace('duration: 2h', 'duration: 3h'));
    const path = join(catalog, FILE);
    const refused = await runCli(['import', '--lang', 'en', docx, '-o', catalog]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`${path} already exists and differs; use --force to overwrite it`);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(ROOT, 'procedures', FILE), 'utf8'));

    const forced = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(new RegExp(`^overwritten  ${path}  ← `));
    const updated = procedureOf(path);
    // The edit, and nothing else: four on-the-spot, the bodies' flags and every other field as the file had them.
    const receive = original.steps.findIndex((step) => step.duration === '2h');
    expect(updated.steps[receive]!.duration).toMatch(/^(?:3h|3 giờ làm việc)$/);
    expect({ ...updated, steps: updated.steps.map((step, i) => (i === receive ? original.steps[i] : step)) }).toEqual(
      original,
    );
    expect(original.four_on_the_spot).toBe(true);
  });

  it('changes only the lines of the edit: the comments and the layout of the rest of the file stay', async () => {
    const { catalog, docx } = await catalogAndDocument((text) => text.replace('duration: 2h', 'duration: 3h'));
    const path = join(catalog, FILE);
    const before = readFileSync(path, 'utf8');
    expect(before).toMatch(/^# /m);
    expect((await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force'])).code).toBe(0);
    const after = readFileSync(path, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^ +duration: (?:3h|3 giờ làm việc)$/);
  });

  it('says a decision that leads to a step deleted in Word, which it keeps in the step description', async () => {
    // xa/dang-ky-ket-hon.yaml's document with the row of step 6 (refuse) deleted in Word; step 3 still says
    // "Không đủ điều kiện kết hôn → bước 6".
    const { catalog } = await catalogAndDocument();
    const docx = join(ROOT, 'test/interchange/fixtures/ket-hon-bo-dong-buoc-6.docx');
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'step 3: "Đủ điều kiện kết hôn → bước 4; Không đủ điều kiện kết hôn → bước 6" names a step the table does not have; kept in its description: write where it goes (next)',
    );
  });

  it('takes out what the officer deleted in Word, and still keeps what the document does not print', async () => {
    const original = procedureOf(join(ROOT, 'procedures', FILE));
    // The purpose section deleted: a value the file has and the document printed, so it goes.
    const { catalog, docx } = await catalogAndDocument((text) => text.replace(/\npurpose: >-\n(?: {2}.*\n)+/, '\n'));
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.code).toBe(0);
    const updated = procedureOf(join(catalog, FILE));
    expect(updated).not.toHaveProperty('purpose');
    const { purpose: _purpose, ...rest } = original;
    expect(updated).toEqual(rest);
  });

  it('puts a step added in Word in the flow where the document has it, over a `next` the file wrote', async () => {
    // health-insurance goes on to return by an explicit `next`; the officer adds a check after it in the step table.
    const file = 'xa/lien-thong-khai-sinh-thuong-tru-bhyt.yaml';
    const added = (text: string) =>
      text.replace(
        /( {2}- id: health-insurance\n(?: {4}.*\n)*?) {4}next: \[return\]\n/,
        (_, head: string) =>
          `${head}    next: [check-card]\n  - id: check-card\n    name: Kiểm tra thẻ bảo hiểm y tế đã cấp\n    body: TPHT\n    duration: 1h\n    next: [return]\n`,
      );
    const { catalog, docx } = await catalogAndDocument(added, file);
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.code).toBe(0);
    const steps = procedureOf(join(catalog, file)).steps;
    const check = steps.find((step) => step.name === 'Kiểm tra thẻ bảo hiểm y tế đã cấp')!;
    // It follows health-insurance (by `next`, or as the following step), and goes on to return.
    const insurance = steps.findIndex((step) => step.id === 'health-insurance');
    expect(steps[insurance + 1]).toBe(check);
    expect(steps[insurance]!.next ?? [check.id]).toEqual([check.id]);
    expect(check.next ?? [steps[insurance + 2]!.id]).toEqual(['return']);
    // And the residence branch keeps the `next` the file wrote.
    expect(steps.find((step) => step.id === 'residence')!.next).toEqual(['return']);
  });

  it('refuses a procedure the output folder holds in two files, naming both, and writes nothing', async () => {
    const { catalog, docx, id } = await catalogAndDocument((text) => text.replace('duration: 2h', 'duration: 3h'));
    cpSync(join(catalog, FILE), join(catalog, 'xa', 'ban-sao.yaml'));
    const before = bytesOf(catalog);
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `the output folder has ${id} in more than one file (${join(catalog, FILE)}, ${join(catalog, 'xa', 'ban-sao.yaml')}); keep one of them, then import again`,
    );
    expect(bytesOf(catalog)).toEqual(before);
  });

  it('passes over a file that is no procedure, and one reached through a link: a new file is written instead', async () => {
    const { folder, docx, id } = await catalogAndDocument();
    const out = join(folder, 'out');
    mkdirSync(out);
    // A YAML file of the same id that is no procedure (no steps), and the procedure's file in a linked folder.
    writeFileSync(join(out, 'ghi-chu.yaml'), `id: ${id}\nnote: danh sách việc cần làm\n`);
    mkdirSync(join(folder, 'elsewhere'));
    cpSync(join(ROOT, 'procedures', FILE), join(folder, 'elsewhere', 'thong-bao.yaml'));
    symlinkSync(join(folder, 'elsewhere'), join(out, 'linked'));
    const run = await runCli(['import', '--lang', 'en', docx, '-o', out, '--force']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^imported     ${join(out, `${id}.yaml`)}  ← `));
    expect(readFileSync(join(out, 'ghi-chu.yaml'), 'utf8')).toBe(`id: ${id}\nnote: danh sách việc cần làm\n`);
    expect(readFileSync(join(folder, 'elsewhere', 'thong-bao.yaml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'procedures', FILE), 'utf8'),
    );
  });
});

describe('procmap import: a Word document printed from a file of every kind of value, imported back unedited', () => {
  // A channel whose own limit is the procedure's time without its legal tail, and whose fee is the procedure's; the
  // applicants as a list; dossier items of no copies and no originals ("Không" in the document).
  const FIXTURE = join(ROOT, 'test/interchange/fixtures/ban-in-word/cap-phep-xay-dung.yaml');

  it('leaves the file as it was, and diff says "No changes"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'procmap-word-back-'));
    const catalog = join(folder, 'catalog');
    mkdirSync(catalog);
    const file = join(catalog, 'cap-phep-xay-dung.yaml');
    const text = readFileSync(FIXTURE, 'utf8');
    writeFileSync(file, text);
    const procedure = procedureOf(file);
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    const docx = join(folder, 'QT.docx');
    writeFileSync(
      docx,
      await renderDocx(view, { flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 } }),
    );
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^unchanged    ${file}  ← `));
    expect(readFileSync(file, 'utf8')).toBe(text);
    // Imported afresh beside it, the counts of none come back as 0: the document prints them "Không".
    const fresh = join(folder, 'fresh');
    expect((await runCli(['import', docx, '-o', fresh])).code).toBe(0);
    const diff = await runCli(['diff', FIXTURE, join(fresh, 'QT-SXD-CPXD-07.yaml'), '--lang', 'en']);
    expect(diff.stdout).not.toContain('Dossier');
    const back = await runCli(['diff', FIXTURE, file, '--lang', 'en']);
    expect(back.stdout).toBe('No changes\n');
    expect(back.code).toBe(0);
  });
});

describe('procmap import: a Word document of a procedure with channels and a fee on several lines, imported back', () => {
  // Bundled procedures given ways of filing, each with its own limit spelled otherwise than the document prints it (the
  // in-person one the procedure's time, the postal one two days more), and a fee of two lines, which each channel's
  // row prints joined.
  const CASES = [
    ['xa/chung-thuc-ban-sao.yaml', 'trong ngày', '2d'],
    ['xa/chung-thuc-hop-dong-giao-dich.yaml', '2d', '4d'],
    ['xa/cap-giay-phep-xay-dung-nha-o-rieng-le.yaml', '10 ngày làm việc', '12d'],
    ['tinh/cap-phieu-ly-lich-tu-phap.yaml', '10d', '12 ngày làm việc'],
  ] as const;
  const withChannels = (inPerson: string, postal: string) => (text: string) =>
    text.replace(
      /\nfee: (?:>-\n(?: {2}.*\n)+|.*\n)/,
      `\nchannels:\n  - kind: in_person\n    time_limit: ${inPerson}\n  - kind: postal\n    time_limit: ${postal}\n` +
        'fee: |-\n  - Lệ phí: 100.000 đồng;\n  - Phí thẩm định: 500.000 đồng.\n',
    );

  /** The catalog with FILE so changed, and the document of that file printed after `edit`. */
  async function catalogWith(file: string, change: (text: string) => string, edit = (text: string) => text) {
    const folder = mkdtempSync(join(tmpdir(), 'procmap-word-channels-'));
    const catalog = join(folder, 'procedures');
    cpSync(join(ROOT, 'procedures'), catalog, { recursive: true });
    const path = join(catalog, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    const procedure = lint([loadFile(path, Buffer.from(edit(readFileSync(path, 'utf8'))))]).procedures[0]!.procedure;
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    const docx = join(folder, `${procedure.id}.docx`);
    writeFileSync(
      docx,
      await renderDocx(view, { flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 } }),
    );
    return { catalog, docx, path };
  }

  it.each(CASES)('%s: unchanged, with --force too', async (file, inPerson, postal) => {
    const { catalog, docx, path } = await catalogWith(file, withChannels(inPerson, postal));
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('\n  - Phí thẩm định: 500.000 đồng.\n');
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^unchanged    ${path}  ← `));
    expect(run.code).toBe(0);
    const forced = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(forced.stdout).toMatch(new RegExp(`^unchanged    ${path}  ← `));
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect((await runCli(['diff', path, path])).code).toBe(0);
  });

  it('writes a channel limit edited in Word in the document spelling, and nothing else', async () => {
    // The in-person limit written "10d", which the document prints "10 ngày làm việc", stays "10d".
    const [file, inPerson, postal] = CASES[3];
    const edit = (text: string) => text.replace(`time_limit: ${postal}`, 'time_limit: 15d');
    const { catalog, docx, path } = await catalogWith(file, withChannels(inPerson, postal), edit);
    const before = readFileSync(path, 'utf8');
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.code).toBe(0);
    const after = readFileSync(path, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['    time_limit: 15 ngày làm việc']);
  });

  it('imported afresh, writes no channel fee that is the procedure fee with its lines joined', async () => {
    const [file, inPerson, postal] = CASES[0];
    const { docx } = await catalogWith(file, withChannels(inPerson, postal));
    const fresh = mkdtempSync(join(tmpdir(), 'procmap-word-fresh-'));
    expect((await runCli(['import', docx, '-o', fresh])).code).toBe(0);
    const [written] = yamlFiles(fresh);
    const procedure = procedureOf(written!);
    expect(procedure.channels?.map((channel) => channel.fee)).toEqual([undefined, undefined]);
    // Lines every one marked "- " are read as a YAML list's are: without their marks, each amount with its unit, and
    // without the ";" that closes a line of the list, as the "." that closes the last one is taken off.
    expect(procedure.fee).toBe('Lệ phí: 100.000 đồng\nPhí thẩm định: 500.000 đồng');
  });
});
