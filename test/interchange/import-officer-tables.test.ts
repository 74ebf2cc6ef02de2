import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Officers' own Word and Excel files, as a probe found them: what import dropped or misread without a word. Hidden
// rows and sheets were read as live data; a column-number row "(1) (2) (3)" under a header became a step or a
// skipped procedure; a legal basis written as a table was dropped; ticks under "Bản chính" became copies "x".
const FIXTURES = join(ROOT, 'test/interchange/fixtures/officer-tables');

async function imported(file: string, ...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'procmap-officer-tables-'));
  const run = await runCli(['import', '--lang', 'en', file, '-o', out, ...args], { cwd: FIXTURES });
  const yaml = (name: string) => readFileSync(join(out, name), 'utf8');
  return { run, out, yaml };
}

describe('procmap import: hidden rows and sheets', () => {
  it('passes over a hidden catalog row (an abolished procedure) and says so', async () => {
    const { run, out } = await imported('danh-muc2.xlsx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'hidden       danh-muc2.xlsx: sheet "Danh mục TTHC": 1 hidden row (row 7) passed over, as an officer hides what is no longer in force (unhide them to import them)\n',
    );
    expect(run.stdout).toContain('4 imported, 0 skipped\n');
    expect(existsSync(join(out, '1.000656.yaml'))).toBe(false);
  });

  it('passes over a hidden sheet (an old version) and says so', async () => {
    const { run, out } = await imported('hai-sheet.xlsx', '--effective', '2025-01-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'hidden       hai-sheet.xlsx: sheet "Bản cũ 2024": a hidden sheet, as an officer hides what is no longer in force: passed over (unhide it to import it)\n',
    );
    expect(run.stdout).toContain('3 imported, 0 skipped\n');
    expect(existsSync(join(out, '1.000656.yaml'))).toBe(false);
  });

  it('passes over a hidden step row, which added a day', async () => {
    const { run, yaml } = await imported('buoc.xlsx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('hidden       buoc.xlsx: sheet "Các bước": 1 hidden row (row 8) passed over');
    const text = yaml('QT-HT-07.yaml');
    expect(text).not.toContain('Bước 5');
    expect(text).not.toContain('Bước bị huỷ');
  });
});

describe('procmap import: the column-number row under a header', () => {
  it('is no step of a Word step table', async () => {
    const { run, yaml } = await imported('qt-ct-colnum.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('"(4)"');
    // The row of the merged time keeps its number in the table: row 6, below the header and the column numbers.
    expect(run.stdout).toContain('qt-ct-colnum.docx: table 1, row 6: ');
    const ids = [...yaml('QT-CT-24.yaml').matchAll(/\n {2}- id: (.*)\n/g)].map((m) => m[1]);
    expect(ids).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4']);
  });

  it('is no procedure of an Excel catalog, nor a step of its step sheet', async () => {
    const { run, yaml } = await imported('colnum.xlsx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('(3)');
    expect(run.stdout).toContain('1 imported, 0 skipped\n');
    expect(yaml('QT-B-01.yaml')).not.toContain('(');
  });
});

describe('procmap import: a legal basis written as a table', () => {
  const basis =
    'legal_basis:\n' +
    '  - Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính\n' +
    '  - Thông tư số 01/2020/TT-BTP ngày 03/03/2020 quy định chi tiết và hướng dẫn thi hành Nghị định số 23/2015/NĐ-CP\n';

  it('reads each row as a citation: kind by its sign, number, date and summary', async () => {
    for (const [file, id] of [
      ['qt-ct-lb.docx', 'QT-CT-23'],
      ['qt-ct-auto.docx', 'QT-CT-21'],
    ]) {
      const { run, yaml } = await imported(file!);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(yaml(`${id}.yaml`)).toContain(basis);
    }
  });

  it('names a table it cannot read in the report and keeps its rows in the note', async () => {
    // The same table, its summary headed "Diễn giải": no table procmap reads.
    const { run, yaml } = await imported('bang-la.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '               table 1 (TT | Số, ký hiệu | Ngày ban hành | Diễn giải): procmap does not read such a table; its rows are kept in the note\n',
    );
    expect(yaml('QT-CT-23.yaml')).toContain(
      '#   TT: 1; Số, ký hiệu: 23/2015/NĐ-CP; Ngày ban hành: 16/02/2015; Diễn giải: Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính\n',
    );
  });
});

describe('procmap import: ticks in a Word dossier table', () => {
  it('reads an "x" under "Bản chính" or "Bản sao" as one of that kind', async () => {
    const { run, yaml } = await imported('qt-ct-tick.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(yaml('QT-CT-25.yaml')).toContain(
      'dossier:\n' +
        '  - name: Bản chính giấy tờ cần chứng thực\n' +
        '    originals: 1\n' +
        '  - name: Bản sao cần chứng thực\n' +
        '    copies: 1\n',
    );
  });
});

describe('procmap import: a line break inside a step cell', () => {
  it('joins a first line that goes on (ending with a comma) to the name', async () => {
    const { run, yaml } = await imported('buoc.xlsx');
    expect(run.code).toBe(0);
    const text = yaml('QT-HT-07.yaml');
    expect(text).toContain('  - id: Bước 1\n    name: Tiếp nhận hồ sơ, kiểm tra tính đầy đủ\n    body: BPMCCCTN\n');
    expect(text).not.toContain('description: kiểm tra tính đầy đủ');
  });
});

describe('procmap import: the header block of a Word document made by hand', () => {
  it('reads the committee at the top left as agency and issuer, and says where the effective date came from', async () => {
    const { run, yaml } = await imported('qt-ct-lb.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '               agency and issuing body read from the header block above the title: UBND xã An Bình; check them\n' +
        '               effective date set to the issue date ("Ngày ban hành"), 10/01/2026, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective\n',
    );
    expect(yaml('QT-CT-23.yaml')).toContain(
      'effective: 2026-01-10\nissued: 2026-01-10\nagency: UBND xã An Bình\nissuer: UBND xã An Bình\n',
    );
  });

  it('takes --effective over the issue date, and then says nothing of it', async () => {
    const { run, yaml } = await imported('qt-ct-lb.docx', '--effective', '2026-02-01');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('effective date set');
    expect(yaml('QT-CT-23.yaml')).toContain('effective: 2026-02-01\nissued: 2026-01-10\n');
  });
});
