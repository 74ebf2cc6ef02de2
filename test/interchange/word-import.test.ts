import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importWordDocument, sheetsOfDocument } from '../../src/interchange/docx-import.js';
import { readDocx } from '../../src/interchange/docx-read.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { zipOf } from '../helpers/zip.js';

// An ISO process document kept in Word (fixtures/make-word.mjs writes it): the control header in the page header,
// numbered sections, the Decree's same-day limit under its heading, a step table with a merged "Trách nhiệm" cell.
const WORD = join(ROOT, 'test/interchange/fixtures/quy-trinh-chung-thuc.docx');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-word-'));

describe('procmap import: an ISO document in Word', () => {
  it('keeps the keys an officer gave the bodies and steps of the file it replaces: the same document is unchanged', async () => {
    const out = fresh();
    await runCli(['import', WORD, '-o', out]);
    const file = join(out, 'QT-01-STP.yaml');
    // The officer's own keys, which the document does not print: it names bodies and steps, not their keys.
    const renamed = readFileSync(file, 'utf8')
      .replace(/\bBPMC\b/g, 'MOTCUA')
      .replace(/\bLDPTP\b/g, 'LANHDAO')
      .replace(/\bB1\b/g, 'tiep-nhan')
      .replace(/\bB3\b/g, 'ky');
    writeFileSync(file, renamed);
    const again = await runCli(['import', '--lang', 'en', WORD, '-o', out]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^unchanged    ${file}  ← `));
    expect(again.stdout).toContain(
      `\n               keys kept from ${file} where the names are the same (bodies: 2, steps: 2)\n`,
    );
    expect(again.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
    expect(readFileSync(file, 'utf8')).toBe(renamed);
  });

  it('writes the procedure its header, labelled lines and step table give, which lints and keeps the law’s cutoff', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', WORD, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('test/interchange/fixtures/').join('F/')).toBe(
      `imported     ${out}/QT-01-STP.yaml  ← F/quy-trinh-chung-thuc.docx (Chứng thực bản sao từ bản chính giấy tờ, văn bản)\n` +
        '               effective date set to the issue date ("Ngày ban hành"), 15/01/2026, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective\n' +
        '               document code "QT-01/STP" written as QT-01-STP: a procedure id names its files, so it holds only letters without accents (Đ and đ aside), digits, ".", "-" and "_"\n' +
        '1 imported, 0 skipped\n',
    );
    await expect(readFileSync(join(out, 'QT-01-STP.yaml'), 'utf8')).toMatchFileSnapshot('golden/QT-01-STP.yaml');
    const lint = await runCli(['lint', out, '--format', 'json']);
    expect(lint.code).toBe(0);
    // Effective in 2026, its year of receipts runs into 2027, whose days off are not announced: an info, no more.
    expect(JSON.parse(lint.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual([
      'revision-history',
      'unannounced-holidays',
    ]);
    // "… nếu tiếp nhận yêu cầu sau 15 giờ": received at 15:30, due at the close of the next working day.
    const time = await runCli([
      'time',
      join(out, 'QT-01-STP.yaml'),
      '--received',
      '2026-01-15 15:30',
      '--format',
      'json',
    ]);
    expect(JSON.parse(time.stdout).procedures[0].due).toBe('2026-01-16T17:00');
  });

  it('reads every section of an ISO document: purpose, scope, definitions, dossier, place, fee, forms, records, sign-off, history', async () => {
    const out = fresh();
    const word = join(ROOT, 'test/interchange/fixtures/quy-trinh-day-du.docx');
    const run = await runCli(['import', '--lang', 'en', word, '-o', out]);
    expect(run.code).toBe(0);
    // The unit and its codes in two cells of one row: the codes are read, not taken for a label and its value.
    expect(run.stdout).toContain('QT-03-STP.yaml');
    await expect(readFileSync(join(out, 'QT-03-STP.yaml'), 'utf8')).toMatchFileSnapshot('golden/QT-03-STP.yaml');
    const lint = await runCli(['lint', out, '--format', 'json']);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).diagnostics).toEqual([]);
  });

  it('reads labels and values in cells of their own, and the step table headers of another department', async () => {
    const out = fresh();
    const run = await runCli([
      'import',
      '--lang',
      'en',
      join(ROOT, 'test/interchange/fixtures/quy-trinh-ly-lich.docx'),
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, 'QT.02.yaml'), 'utf8');
    for (const line of [
      'id: QT.02\n',
      // Printed only in capitals: written as a name.
      'title: Cấp phiếu lý lịch tư pháp\n',
      'revision: 1\n',
      'effective: 2026-03-01\n',
      'time_limit: Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ\n',
      '  - id: Bước 2\n    name: Tra cứu, xác minh\n    body: PHCTP\n    duration: 07 ngày làm việc\n',
    ])
      expect(text).toContain(line);
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('reads a decision announcing procedures as a catalog: a procedure per row, the field from the heading row', async () => {
    const out = fresh();
    const decision = join(ROOT, 'test/interchange/fixtures/cong-bo-danh-muc.docx');
    const run = await runCli(['import', '--lang', 'en', decision, '-o', out, '--effective', '01/07/2025']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('test/interchange/fixtures/').join('F/')).toBe(
      'heading      F/cong-bo-danh-muc.docx: table 1, row 2: field "Hộ tịch" for the rows below\n' +
        `imported     ${out}/1.001193.yaml  ← F/cong-bo-danh-muc.docx: table 1, row 3 (1.001193)\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        `imported     ${out}/1.000894.yaml  ← F/cong-bo-danh-muc.docx: table 1, row 4 (1.000894)\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        '2 imported, 0 skipped\n',
    );
    const birth = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(birth).toContain('field: Hộ tịch\n');
    expect(birth).toContain(
      'time_limit: Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo\n',
    );
    const lint = await runCli(['lint', out, '--format', 'json']);
    expect(lint.code).toBe(0);
  });

  it('reads an annex of internal processes as its procedures: each heading, its limit, its step table, its field', async () => {
    const out = fresh();
    const annex = join(ROOT, 'test/interchange/fixtures/phu-luc-quy-trinh-noi-bo.docx');
    const run = await runCli(['import', '--lang', 'en', annex, '-o', out, '--effective', '01/08/2025']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const slug = 'chung-thuc-chu-ky-trong-cac-giay-to-van-ban';
    expect(run.stdout.split('test/interchange/fixtures/').join('F/')).toBe(
      `imported     ${out}/1.001193.yaml  ← F/phu-luc-quy-trinh-noi-bo.docx (1.001193)\n` +
        `imported     ${out}/1.000894.yaml  ← F/phu-luc-quy-trinh-noi-bo.docx (1.000894)\n` +
        // A procedure with no national code is named by its title: an annex holds many.
        `imported     ${out}/${slug}.yaml  ← F/phu-luc-quy-trinh-noi-bo.docx (Chứng thực chữ ký trong các giấy tờ, văn bản)\n` +
        '               1 value procmap has no field for kept in the note\n' +
        `imported     ${out}/1.003005.yaml  ← F/phu-luc-quy-trinh-noi-bo.docx (1.003005)\n` +
        `imported     ${out}/1.003179.yaml  ← F/phu-luc-quy-trinh-noi-bo.docx (1.003179)\n` +
        '               1 value procmap has no field for kept in the note\n' +
        '5 imported, 0 skipped\n',
    );
    const facts = (file: string) => {
      const yaml = readFileSync(join(out, file), 'utf8');
      const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(yaml)?.[1];
      return {
        title: field('title'),
        code: field('code'),
        level: field('level'),
        field: field('field'),
        limit: field('time_limit'),
        steps: [...yaml.matchAll(/^ {2}- id: .*\n {4}name: (.*)$/gm)].map((m) => m[1]),
      };
    };
    // The code in brackets after the title; the limit on its line.
    expect(facts('1.001193.yaml')).toEqual({
      title: 'Đăng ký khai sinh',
      code: '"1.001193"',
      level: 'commune',
      field: 'Hộ tịch',
      limit: '01 ngày làm việc',
      steps: ['Tiếp nhận, kiểm tra hồ sơ', 'Giải quyết hồ sơ, trình ký', 'Trả kết quả'],
    });
    // The tables and lines under a procedure's heading are its sections, and no other procedure's.
    const birth = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(birth).toContain(
      'dossier:\n  - name: Tờ khai đăng ký khai sinh\n    originals: 1\n  - name: Giấy chứng sinh\n    originals: 1\nfee: Không\n',
    );
    expect(readFileSync(join(out, '1.000894.yaml'), 'utf8')).not.toMatch(/^(?:dossier|fee):/m);
    // "Tên thủ tục:", the code on a line of its own, "Tổng thời gian giải quyết:", the header under a title row.
    expect(facts('1.000894.yaml')).toEqual({
      title: 'Đăng ký kết hôn',
      code: '"1.000894"',
      level: 'commune',
      field: 'Hộ tịch',
      limit: '03 ngày làm việc',
      steps: ['Tiếp nhận hồ sơ', 'Thẩm định, trình ký', 'Trả kết quả'],
    });
    // No code, no limit line: the step table's total is the limit, said in the note; the next field heading.
    expect(facts(`${slug}.yaml`)).toEqual({
      title: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
      code: undefined,
      level: 'commune',
      field: 'Chứng thực',
      limit: '02 giờ',
      steps: ['Tiếp nhận, kiểm tra giấy tờ', 'Ký chứng thực', 'Trả kết quả'],
    });
    // One table for two procedures, each heading a row across it, a limit in a row across, the total at the foot.
    expect(facts('1.003005.yaml')).toEqual({
      title: 'Đăng ký nuôi con nuôi trong nước',
      code: '"1.003005"',
      level: 'commune',
      field: 'Nuôi con nuôi',
      limit: '20 ngày làm việc',
      steps: ['Tiếp nhận hồ sơ', 'Thẩm định, lấy ý kiến', 'Trả kết quả'],
    });
    expect(facts('1.003179.yaml')).toMatchObject({
      limit: '05 ngày làm việc',
      steps: ['Tiếp nhận hồ sơ', 'Xác minh, trình ký', 'Trả kết quả'],
    });
    expect(readFileSync(join(out, `${slug}.yaml`), 'utf8')).toContain(
      '#   Ghi chú: Thời hạn giải quyết lấy từ dòng tổng thời gian của bảng các bước: hãy đối chiếu với văn bản\n',
    );
    expect((await runCli(['lint', out])).code).toBe(0);
    // Without --effective, the date of the decision the annex comes with, said for each procedure.
    const dated = fresh();
    const again = await runCli(['import', '--lang', 'en', annex, '-o', dated]);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/effective date set to the date of decision 1234\/QĐ-UBND, 15\/07\/2025/g)).toHaveLength(
      5,
    );
    expect(readFileSync(join(dated, '1.001193.yaml'), 'utf8')).toContain('effective: 2025-07-15\n');
  });

  it('reads a list section up to the next heading, whatever its items are numbered', () => {
    const read = sheetsOfDocument({
      paragraphs: [
        'QUY TRÌNH',
        'Cấp phép',
        '3. TÀI LIỆU VIỆN DẪN',
        'TCVN ISO 9001:2015',
        '1. Luật Đất đai số 31/2024/QH15;',
        '4. Nghị định số 101/2024/NĐ-CP.',
        '4. ĐỊNH NGHĨA',
        '5.1. Điều kiện thực hiện',
        '1. Có Giấy chứng nhận',
        '2. Đất không có tranh chấp',
        '5.2. Thành phần hồ sơ',
        'Thời hạn giải quyết: 05 ngày làm việc',
      ],
      tables: [],
    });
    if (!('sheets' in read)) throw new Error('not read');
    const [headers, values] = read.sheets[0]!.rows;
    const fact = (header: string) => values![headers!.indexOf(header)];
    expect(fact('Căn cứ pháp lý')).toBe(
      'TCVN ISO 9001:2015\n1. Luật Đất đai số 31/2024/QH15\n4. Nghị định số 101/2024/NĐ-CP',
    );
    expect(fact('Điều kiện thực hiện')).toBe('1. Có Giấy chứng nhận\n2. Đất không có tranh chấp');
  });

  it('reads merged cells as a spreadsheet does: across a row, and down a column', async () => {
    const { tables } = await readDocx(readFileSync(WORD));
    const steps = tables.find((table) => table.rows[0]?.[0] === 'TT')!;
    expect(steps.rows[2]![2]).toBe('Bộ phận Một cửa\nCông chức tiếp nhận');
    expect(steps.rows[5]).toEqual(Array(5).fill('Tổng thời gian giải quyết: 2 giờ'));
  });

  it('reads the issuer from the header in capitals only as the author names it, and passes over odd properties', async () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const header =
      '<w:hdr xmlns:w="w"><w:tbl><w:tr>' + cell('SỞ TƯ PHÁP') + cell('QUY TRÌNH CẤP PHIẾU') + '</w:tr></w:tbl></w:hdr>';
    const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      '<w:document xmlns:w="w"><w:body>' +
      para('QUY TRÌNH') +
      para('Cấp Phiếu lý lịch tư pháp') +
      para('Thời hạn giải quyết: 10 ngày làm việc') +
      para('Ký tên: NGUYỄN VĂN AN') +
      '</w:body></w:document>';
    const issuer = (document: Awaited<ReturnType<typeof readDocx>>) => {
      const read = sheetsOfDocument(document);
      if ('problem' in read) throw new Error(read.problem.en);
      const [headers, values] = read.sheets[0]!.rows;
      return values![headers!.indexOf('Cơ quan ban hành')];
    };
    const core = (creator: string) =>
      `<cp:coreProperties xmlns:cp="cp" xmlns:dc="dc"><dc:creator>${creator}</dc:creator></cp:coreProperties>`;
    const read = (properties: string | Uint8Array) => {
      const zip = new JSZip();
      zip.file('word/document.xml', body);
      zip.file('word/header1.xml', header);
      zip.file('docProps/core.xml', properties);
      return zip.generateAsync({ type: 'uint8array' }).then(readDocx);
    };
    const written = await read(core('Sở Tư pháp'));
    expect({ headerIssuer: written.headerIssuer, creator: written.creator }).toEqual({
      headerIssuer: 'SỞ TƯ PHÁP',
      creator: 'Sở Tư pháp',
    });
    expect(issuer(written)).toBe('Sở Tư pháp');
    // A person as the author: the name stands in the body in capitals, but the header's issuer is another.
    expect(issuer(await read(core('Nguyễn Văn An')))).toBeUndefined();
    // Properties that are no XML, or past any Word file's size, are passed over: the document is still read.
    const broken = await read('<cp:coreProperties><dc:creator>Sở');
    expect(broken.creator).toBeUndefined();
    expect(broken.paragraphs).toContain('Ký tên: NGUYỄN VĂN AN');
    expect(issuer(broken)).toBeUndefined();
    const large = await read(core('x'.repeat(2 * 1024 * 1024)));
    expect(large.creator).toBeUndefined();
    expect(large.headerIssuer).toBe('SỞ TƯ PHÁP');
  });

  it('reads a text box once, as paragraphs of their own, and keeps the text of the paragraph it is anchored in', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const para = (text: string) => `<w:p>${run(text)}</w:p>`;
    const box = `<w:txbxContent>${para('QUY TRÌNH')}${para('Cấp Giấy phép lái xe')}</w:txbxContent>`;
    const xml =
      '<w:document xmlns:w="w" xmlns:mc="mc"><w:body>' +
      `<w:p>${run('Sở Giao thông ')}<mc:AlternateContent><mc:Choice>${box}</mc:Choice>` +
      `<mc:Fallback>${box}</mc:Fallback></mc:AlternateContent>${run('vận tải')}</w:p>` +
      '</w:body></w:document>';
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const document = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(document.paragraphs).toEqual(['QUY TRÌNH', 'Cấp Giấy phép lái xe', 'Sở Giao thông vận tải']);
  });

  it('says what a document lacks, and refuses what is no Word document, writing nothing', async () => {
    const out = fresh();
    const zip = await JSZip.loadAsync(readFileSync(WORD));
    const xml = await zip.file('word/document.xml')!.async('string');
    // No limit stated: the total at the step table's foot ("Tổng thời gian giải quyết: 2 giờ"), said in the note.
    const unstated = xml.replace('5.4. Thời gian giải quyết', '5.4. Ghi chú');
    zip.file('word/document.xml', unstated);
    const totalOnly = join(out, 'total-only.docx');
    writeFileSync(totalOnly, await zip.generateAsync({ type: 'uint8array' }));
    const fromTotal = join(out, 'from-total');
    const total = await runCli(['import', '--lang', 'en', totalOnly, '-o', fromTotal]);
    expect(total.code).toBe(0);
    const written = readFileSync(join(fromTotal, 'QT-01-STP.yaml'), 'utf8');
    expect(written).toContain('time_limit: 2 giờ\n');
    expect(written).toContain(
      '#   Ghi chú: Thời hạn giải quyết lấy từ dòng tổng thời gian của bảng các bước: hãy đối chiếu với văn bản\n',
    );
    // Nor a total: what to write.
    zip.file('word/document.xml', unstated.replace('Tổng thời gian giải quyết: 2 giờ', 'Ghi chú: như trên'));
    const noLimit = join(out, 'no-limit.docx');
    writeFileSync(noLimit, await zip.generateAsync({ type: 'uint8array' }));
    const run = await runCli(['import', '--lang', 'en', noLimit, '-o', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `procmap: ${noLimit}: no time limit found: an ISO document states it on a line such as "Thời hạn giải quyết: 05 ngày làm việc" or under a heading "Thời gian xử lý"\n`,
    );
    const fake = join(out, 'fake.docx');
    writeFileSync(fake, 'not a zip');
    const broken = await runCli(['import', '--lang', 'en', fake, '-o', out]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not a Word document (.docx) procmap can read');
    expect(broken.stderr).toContain('An old .doc file: save it as .docx first');
    // What the zip library says of bytes that are no zip (with its web address) is not the officer's to read.
    expect(broken.stderr).toContain('the file is not the zip package a .docx is');
    expect(broken.stderr).not.toContain('central directory');
    expect(readdirSync(out).sort()).toEqual(['fake.docx', 'from-total', 'no-limit.docx', 'total-only.docx']);
  });

  it('refuses a part that would inflate past 32 MiB before inflating it, and a body that is not XML', async () => {
    const out = fresh();
    const zip = await JSZip.loadAsync(readFileSync(WORD));
    const comment = `<w:body><!--${' '.repeat(40 * 1024 * 1024)}-->`;
    // Stated truly, then falsely (1 KB): refused either way, the inflating stopped at the limit.
    for (const statedSize of [undefined, 1024]) {
      const bomb = join(out, 'bomb.docx');
      const body = Buffer.from(`<w:document xmlns:w="w">${comment}</w:body></w:document>`);
      writeFileSync(bomb, zipOf([{ name: 'word/document.xml', data: body, ...(statedSize ? { statedSize } : {}) }]));
      const big = await runCli(['import', '--lang', 'en', bomb, '-o', out]);
      expect(big.code).toBe(1);
      expect(big.stderr).toBe(`procmap: ${bomb}: word/document.xml is larger than procmap reads (32 MiB)\n`);
    }
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const cut = join(out, 'cut.docx');
    writeFileSync(cut, await zip.generateAsync({ type: 'uint8array' }));
    const broken = await runCli(['import', '--lang', 'en', cut, '-o', out]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^procmap: .*cut\.docx: not a Word document procmap can read: word\/document\.xml is not well-formed XML \(/,
    );
    // Entities a DOCTYPE declares are never expanded (no "billion laughs"): the part is refused.
    zip.file(
      'word/document.xml',
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
    );
    const laughs = join(out, 'laughs.docx');
    writeFileSync(laughs, await zip.generateAsync({ type: 'uint8array' }));
    const entity = await runCli(['import', '--lang', 'en', laughs, '-o', out]);
    expect(entity.code).toBe(1);
    expect(entity.stderr).toContain('word/document.xml declares entities (a DOCTYPE), which Word never writes');
    expect(readdirSync(out).sort()).toEqual(['bomb.docx', 'cut.docx', 'laughs.docx']);
  });

  it('refuses tables that would spell out more than a million cells, as a span repeats its text', async () => {
    const out = fresh();
    const zip = await JSZip.loadAsync(readFileSync(WORD));
    const xml = await zip.file('word/document.xml')!.async('string');
    const row = '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>';
    zip.file('word/document.xml', xml.replace('</w:body>', `<w:tbl>${row.repeat(20_000)}</w:tbl></w:body>`));
    const wide = join(out, 'wide.docx');
    writeFileSync(wide, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const run = await runCli(['import', '--lang', 'en', wide, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `procmap: ${wide}: its tables hold more than 1,000,000 cells, more than a procedure document has\n`,
    );
  });

  it('refuses more than 500,000 paragraphs of text, and reads a document spaced with more empty ones', async () => {
    const out = fresh();
    const letters = join(out, 'letters.docx');
    const paragraphs = '<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(500_001);
    const body = `<w:document xmlns:w="w"><w:body>${paragraphs}</w:body></w:document>`;
    writeFileSync(letters, zipOf([{ name: 'word/document.xml', data: Buffer.from(body) }]));
    // One run, in the officer's language: each reads half a million paragraphs before it is refused.
    const refused = await runCli(['import', letters, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n');
    expect(refused.stderr).toBe(
      `procmap: ${letters}: tài liệu có hơn 500.000 đoạn văn bản, nhiều hơn mọi tài liệu quy trình\n`,
    );
    expect(readdirSync(out)).toEqual(['letters.docx']);
    // Empty paragraphs, and blank ones (spaces, a line break), say nothing and are not counted: 510,000 of them.
    const zip = await JSZip.loadAsync(readFileSync(WORD));
    const xml = await zip.file('word/document.xml')!.async('string');
    const blank = '<w:p/><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p><w:p><w:r><w:br/></w:r></w:p>';
    zip.file('word/document.xml', xml.replace('</w:body>', `${blank.repeat(170_000)}</w:body>`));
    const spaced = join(out, 'spaced.docx');
    writeFileSync(spaced, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const read = await runCli(['import', '--lang', 'en', spaced, '-o', out]);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    expect(readFileSync(join(out, 'QT-01-STP.yaml'), 'utf8')).toContain('Chứng thực bản sao từ bản chính');
  }, 120_000); // Half a million paragraphs read twice: seconds here when quiet, over the 30 s default when busy.

  it('refuses more than ten thousand tables, nested ones counted, before matching their headers', async () => {
    const out = fresh();
    const zip = await JSZip.loadAsync(readFileSync(WORD));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Each table in the cell of the one before: a few bytes a level, and every level a table to read.
    let nested = '<w:p/>';
    for (let level = 0; level < 10_001; level++) nested = `<w:tbl><w:tr><w:tc>${nested}</w:tc></w:tr></w:tbl>`;
    zip.file('word/document.xml', xml.replace('</w:body>', `${nested}</w:body>`));
    const deep = join(out, 'deep.docx');
    writeFileSync(deep, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const run = await runCli(['import', deep, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`procmap: ${deep}: tài liệu có hơn 10.000 bảng, nhiều hơn mọi tài liệu quy trình\n`);
    expect(readdirSync(out)).toEqual(['deep.docx']);
  });
});

describe('procmap import: a step table split over pages', () => {
  // fixtures/make-word.mjs: steps 1–2 in one table, 3–5 in the next without the header, then a line and step 6 alone.
  const SPLIT = join(ROOT, 'test/interchange/fixtures/quy-trinh-tach-trang.docx');

  it('reads the table that continues the step numbering as more steps, and keeps a row that continues none', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', SPLIT, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "\n               1 row of the document's tables procmap could not read kept in the note: write them in the file\n",
    );
    const text = readFileSync(join(out, 'QT-XD-07.yaml'), 'utf8');
    expect([...text.matchAll(/^ {2}- id: (.+)$/gm)].map((m) => m[1])).toEqual([
      'Bước 1',
      'Bước 2',
      'Bước 3',
      'Bước 4',
      'Bước 5',
    ]);
    expect(text).toContain(
      '\n#   Bước: Bước 6; Nội dung công việc: Lưu hồ sơ; Trách nhiệm: Phòng Quản lý đô thị; Thời gian: 04 giờ\n',
    );
  });
});

describe('procmap import: definitions written as lines under their heading', () => {
  // fixtures/make-word.mjs: "4. CÁC TỪ VIẾT TẮT", then "- TTPVHCC: …", "- UBND: …", "BPMC - …" and a line of words.
  const LINES = join(ROOT, 'test/interchange/fixtures/quy-trinh-viet-tat-dong.docx');

  it('reads each "TERM: meaning" line as a definition, names the body the step table abbreviates, keeps the rest', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', LINES, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\n               1 line under a heading procmap could not read kept in the note: write them in the file\n',
    );
    const text = readFileSync(join(out, 'QT-09.yaml'), 'utf8');
    expect(text).toContain('\n#   Định nghĩa, viết tắt: Các từ khác theo quy định hiện hành\n');
    expect(text).toContain('bodies:\n  TTPVHCC:\n    name: Trung tâm Phục vụ hành chính công tỉnh\n');
    expect(text).toContain(
      'definitions:\n  - term: TTPVHCC\n    meaning: Trung tâm Phục vụ hành chính công tỉnh\n' +
        '  - term: UBND\n    meaning: Ủy ban nhân dân\n  - term: BPMC\n    meaning: Bộ phận Một cửa\n',
    );
  });
});

describe('procmap import: a step table sorted by another column, closed by "Cộng"', () => {
  // fixtures/make-word.mjs: TT B.1, B.4, B.2, B.3 (sorted by "Trách nhiệm"), "Cộng" merged over three cells.
  const SORTED = join(ROOT, 'test/interchange/fixtures/quy-trinh-cong-gop-o.docx');

  it('follows the dotted step numbers and reads "Cộng" as the total, not a step', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', SORTED, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('test/interchange/fixtures/').join('F/')).toBe(
      `imported     ${out}/QT-CONG-01.yaml  ← F/quy-trinh-cong-gop-o.docx (Cấp giấy xác nhận thử nghiệm)\n` +
        '1 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, 'QT-CONG-01.yaml'), 'utf8');
    expect([...text.matchAll(/^ {2}- id: (.+)\n {4}name: (.+)$/gm)].map(([, id, name]) => `${id} ${name}`)).toEqual([
      'B.1 Tiếp nhận hồ sơ',
      'B.2 Thẩm định hồ sơ',
      'B.3 Ký duyệt',
      'B.4 Trả kết quả',
    ]);
  });

  it('reads "Cộng" in the step\'s column, its time in a cell of its own, as the total', async () => {
    // fixtures/make-word.mjs: the last row "| | Cộng | | 03 ngày làm việc | |", four steps of 3 days in all.
    const out = fresh();
    const one = join(ROOT, 'test/interchange/fixtures/quy-trinh-viet-tat-mot-dong.docx');
    const run = await runCli(['import', '--lang', 'en', one, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^imported {5}\S+QT-VT-02\.yaml {2}← /);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, 'QT-VT-02.yaml'), 'utf8');
    expect(text.match(/^ {2}- id: /gm)).toHaveLength(4);
    expect(text).not.toContain('Cộng');
  });
});

describe('procmap import: several definitions on a line, a numbered heading under them', () => {
  // fixtures/make-word.mjs: "- UBND: Ủy ban nhân dân; TTHC: Thủ tục hành chính", "- BPMC: Bộ phận Một cửa; nơi tiếp
  // nhận và trả kết quả" under "Định nghĩa, viết tắt", then "5.7. Các bước".
  const ONE_LINE = join(ROOT, 'test/interchange/fixtures/quy-trinh-viet-tat-mot-dong.docx');

  it('reads each abbreviation after a semicolon as a definition, and ends them at the numbered heading', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', ONE_LINE, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('test/interchange/fixtures/').join('F/')).toBe(
      `imported     ${out}/QT-VT-02.yaml  ← F/quy-trinh-viet-tat-mot-dong.docx (Cấp giấy phép thử hai)\n` +
        '               the table gives 4 steps no id: procmap numbered B1–B4\n' +
        '1 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, 'QT-VT-02.yaml'), 'utf8');
    // Nothing kept in the note: "5.7. Các bước" is no definition procmap could not read.
    expect(text).toMatch(/^# Imported by procmap import from quy-trinh-viet-tat-mot-dong\.docx\.\n\nid: /);
    expect(text).toContain(
      'definitions:\n  - term: UBND\n    meaning: Ủy ban nhân dân\n  - term: TTHC\n    meaning: Thủ tục hành chính\n' +
        // "nơi tiếp nhận…" is no abbreviation and its meaning: the semicolon is the meaning's own.
        '  - term: BPMC\n    meaning: Bộ phận Một cửa; nơi tiếp nhận và trả kết quả\n',
    );
  });
});

describe('procmap import: a time merged down over two steps', () => {
  // fixtures/make-word.mjs: "02 ngày làm việc" in one cell for B2 and B3, the limit 03 ngày làm việc.
  const MERGED = join(ROOT, 'test/interchange/fixtures/quy-trinh-thoi-gian-gop-o.docx');

  it('counts the time once, on the first step, and makes the next a draft that says so; the body repeats', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', MERGED, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      ': table 1, row 4: time "02 ngày làm việc" is one merged cell with the step above: counted once, there; this step is a draft until you split the time between them\n',
    );
    const text = readFileSync(join(out, 'QT-GOP-01.yaml'), 'utf8');
    expect(text).toContain(
      '  - id: B2\n    name: Thẩm định hồ sơ\n    body: CCTPHT\n    duration: 02 ngày làm việc\n' +
        '  - id: B3\n    name: Dự thảo giấy xác nhận\n    body: CCTPHT\n    duration: 0h\n    draft: true\n' +
        '    description: "Thời gian ghi chung với bước trên (ô gộp): 02 ngày làm việc"\n',
    );
  });
});

describe('procmap import: the comment at the top of the file', () => {
  const NOTED = join(ROOT, 'test/interchange/fixtures/quy-trinh-viet-tat-dong.docx');

  it('is in Vietnamese when the report is, and a file written in one language is unchanged in the other', async () => {
    const out = fresh();
    expect((await runCli(['import', '--lang', 'vi', NOTED, '-o', out])).code).toBe(0);
    const text = readFileSync(join(out, 'QT-09.yaml'), 'utf8');
    expect(text).toMatch(
      /^# Tạo bởi procmap import từ quy-trinh-viet-tat-dong\.docx\.\n# Ghi chú: dữ liệu chưa có trường tương ứng trong quy trình, giữ lại ở đây:\n# {3}Định nghĩa/,
    );
    const again = await runCli(['import', '--lang', 'en', NOTED, '-o', out]);
    expect(again.stdout).toMatch(/^unchanged /);
    expect(readFileSync(join(out, 'QT-09.yaml'), 'utf8')).toBe(text);
  });
});

describe('procmap import: parts numbered in Roman figures', () => {
  // A document LibreOffice saved from HTML, as administrative documents are laid out: "I. MỤC ĐÍCH", "II. PHẠM VI ÁP
  // DỤNG", "III. TÀI LIỆU VIỆN DẪN" with "- …" lines, "IV. ĐỊNH NGHĨA, VIẾT TẮT", "V. NỘI DUNG QUY TRÌNH" with its
  // sections 1 to 5, "VI. HỒ SƠ CẦN LƯU" with a line.
  const ROMAN = join(ROOT, 'test/interchange/fixtures/quy-trinh-so-la-ma.docx');

  it('reads each part as the same part numbered in Arabic figures: nothing under them is dropped', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', ROMAN, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, 'QT-X-02.yaml'), 'utf8');
    expect(text).toContain('bodies:\n  BPMC:\n    name: Bộ phận Một cửa\n    single_window: true\n');
    expect(text).toContain(
      'purpose: Quy định trình tự cấp bản sao.\nscope: Áp dụng tại UBND xã.\n' +
        'legal_basis:\n  - Luật Hộ tịch năm 2014\n  - Nghị định số 123/2015/NĐ-CP\n' +
        'definitions:\n  - term: BPMC\n    meaning: Bộ phận Một cửa\n' +
        'conditions:\n  - Người yêu cầu có quyền yêu cầu cấp bản sao\n',
    );
    expect(text).toContain('records:\n  - name: Sổ theo dõi\n');
  });

  it('reads a limit under a part of its own, and a list after a Roman part that is not in capitals', () => {
    const imported = importWordDocument(
      {
        paragraphs: [
          'QUY TRÌNH',
          'Cấp phép',
          'Mã hiệu: QT-01',
          'Ngày hiệu lực: 01/08/2025',
          'I. Căn cứ pháp lý',
          'Luật Hộ tịch năm 2014.',
          'Nghị định số 123/2015/NĐ-CP.',
          'II. Thời hạn giải quyết',
          'Thời hạn giải quyết: 03 ngày làm việc',
          'III. Biểu mẫu',
          'Mẫu 01 - Giấy tiếp nhận hồ sơ',
          'IV. Mục đích',
          'Quy định trình tự.',
        ],
        tables: [
          {
            name: '#1',
            rows: [
              ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
              ['1', 'Tiếp nhận', 'Bộ phận Một cửa', '3 ngày làm việc'],
            ],
          },
        ],
      },
      'qt.docx',
    );
    if ('problem' in imported) throw new Error(imported.problem.en);
    const procedure = imported[0]!.imported!.procedure;
    expect(procedure.time_limit).toBe('03 ngày làm việc');
    expect(procedure.legal_basis).toEqual(['Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP']);
    expect(procedure.forms).toEqual([{ code: 'Mẫu 01', name: 'Giấy tiếp nhận hồ sơ' }]);
    expect(procedure.purpose).toBe('Quy định trình tự.');
  });
});

describe('procmap import: the revision in words', () => {
  const revision = (line: string) => {
    const imported = importWordDocument(
      {
        paragraphs: [
          'QUY TRÌNH',
          'Cấp phép',
          'Mã hiệu: QT-01',
          line,
          'Ngày hiệu lực: 01/08/2025',
          'Thời hạn giải quyết: 01 ngày làm việc',
        ],
        tables: [
          {
            name: '#1',
            rows: [
              ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
              ['B1', 'Tiếp nhận', 'Bộ phận Một cửa', '1 ngày làm việc'],
            ],
          },
        ],
      },
      'qt.docx',
    );
    if ('problem' in imported) throw new Error(imported.problem.en);
    return { revision: imported[0]!.imported!.procedure.revision, warnings: imported[0]!.imported!.warnings };
  };

  it.each([
    ['Lần ban hành: Ban hành lần 2', 2],
    ['Lần ban hành: Lần thứ hai', 2],
    ['Lần ban hành: Lần 3', 3],
    ['Lần ban hành: 02 Trang: 1/3', 2],
    ['Lần ban hành: Ban hành lần đầu', 1],
  ])('reads "%s" as the YAML loader and the workbook import do', (line, expected) => {
    const read = revision(line);
    expect(read.revision).toBe(expected);
    expect(read.warnings).toEqual([]);
  });

  it('says what it could not read, in both languages, the whole text quoted', () => {
    const read = revision('Lần ban hành: Bản mới nhất');
    expect(read.revision).toBe(1);
    expect(read.warnings.map((w) => w.en)).toEqual([expect.stringContaining('"Bản mới nhất"')]);
    expect(read.warnings.map((w) => w.vi)).toEqual([expect.stringContaining('"Bản mới nhất"')]);
  });
});

describe('procmap import: a limit per way of filing', () => {
  const STEPS = {
    name: '#1',
    rows: [
      ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
      ['1', 'Tiếp nhận', 'Bộ phận Một cửa', '1 ngày làm việc'],
      ['2', 'Xử lý', 'Công chức Tư pháp', '2 ngày làm việc'],
      ['Tổng cộng', 'Tổng cộng', 'Tổng cộng', '03 ngày làm việc'],
    ],
  };
  const imported = (...lines: string[]) => {
    const read = importWordDocument(
      {
        paragraphs: ['QUY TRÌNH', 'Cấp phép', 'Mã hiệu: QT-01', 'Ngày hiệu lực: 01/08/2025', ...lines, 'VI. BIỂU MẪU'],
        tables: [STEPS],
      },
      'qt.docx',
    );
    if ('problem' in read) throw new Error(read.problem.en);
    const { time_limit, channels } = read[0]!.imported!.procedure;
    return { time_limit, channels, notes: read[0]!.imported!.notes };
  };
  const SPLIT = {
    time_limit: '05 ngày làm việc',
    channels: [{ kind: 'in_person' }, { kind: 'online', time_limit: '04 ngày làm việc' }],
    notes: [],
  };

  it.each([
    ['on its line', ['Thời hạn giải quyết: Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc']],
    [
      'a bulleted line each',
      ['4. Thời hạn giải quyết:', '- Trực tiếp: 05 ngày làm việc', '- Trực tuyến: 04 ngày làm việc'],
    ],
    [
      'a line each under a part',
      ['IV. THỜI HẠN GIẢI QUYẾT', 'Trực tiếp: 05 ngày làm việc', 'Trực tuyến: 04 ngày làm việc'],
    ],
  ])('splits it %s as lint --fix does, before the total of the step table', (_, lines) => {
    expect(imported(...lines)).toEqual(SPLIT);
  });

  it('keeps the general limit first, the others named after it', () => {
    // The general limit is the unnamed ways', in person listed for it: online alone would read as online only.
    expect(imported('Thời hạn giải quyết: 05 ngày làm việc; trực tuyến: 04 ngày làm việc')).toEqual({
      time_limit: '05 ngày làm việc',
      channels: [{ kind: 'in_person' }, { kind: 'online', time_limit: '04 ngày làm việc' }],
      notes: [],
    });
  });

  it('reads one line under the heading as the limit, and what follows as no way of filing', () => {
    expect(imported('5. Thời hạn giải quyết', '05 ngày làm việc', 'Trực tuyến qua Cổng Dịch vụ công')).toEqual({
      time_limit: '05 ngày làm việc',
      notes: [],
    });
  });
});

describe('procmap import: the title, in the header and in capitals in the body', () => {
  const title = (paragraphs: string[], header?: string) => {
    const read = sheetsOfDocument({
      paragraphs: [...paragraphs, 'Thời hạn giải quyết: 05 ngày làm việc'],
      tables: header === undefined ? [] : [{ name: '#1', rows: [['SỞ TƯ PHÁP', header, 'Mã hiệu: QT-01']] }],
    });
    if (!('sheets' in read)) throw new Error('not read');
    const [headers, values] = read.sheets[0]!.rows;
    return values![headers!.indexOf('Tên thủ tục')];
  };

  it('takes the title written as a name over the same in capitals, wherever each stands', () => {
    expect(title(['QUY TRÌNH', 'CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH'], 'QUY TRÌNH\nCấp bản sao trích lục hộ tịch')).toBe(
      'Cấp bản sao trích lục hộ tịch',
    );
  });

  it('writes a title only in capitals as a name, and passes over a label under "QUY TRÌNH"', () => {
    expect(title(['QUY TRÌNH', 'CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH'], 'QUY TRÌNH\nMã hiệu: QT-01')).toBe(
      'Cấp bản sao trích lục hộ tịch',
    );
    expect(title(['QUY TRÌNH', 'Cấp phép xây dựng'])).toBe('Cấp phép xây dựng');
  });
});

describe('procmap import: the hours a limit in working days is glossed with', () => {
  const limit = (line: string, hoursPerDay?: number) => {
    const read = sheetsOfDocument({ paragraphs: ['QUY TRÌNH', 'Cấp phép', line], tables: [] }, {}, hoursPerDay);
    if (!('sheets' in read)) throw new Error('not read');
    const [headers, values] = read.sheets[0]!.rows;
    return values![headers!.indexOf('Thời hạn giải quyết')];
  };

  it('are left out where they are the days in the calendar’s working day, as lint reads them', () => {
    expect(limit('Thời hạn giải quyết: 10 ngày làm việc (85 giờ)', 8.5)).toBe('10 ngày làm việc');
    expect(limit('Thời hạn giải quyết: 10 ngày làm việc (80 giờ) kể từ ngày nhận đủ hồ sơ')).toBe(
      '10 ngày làm việc kể từ ngày nhận đủ hồ sơ',
    );
    // Written as lint reads any gloss: "(80h)", "(42,5 giờ làm việc)".
    expect(limit('Thời hạn giải quyết: 10 ngày làm việc (80h)')).toBe('10 ngày làm việc');
    expect(limit('Thời hạn giải quyết: 5 ngày làm việc (42,5 giờ làm việc)', 8.5)).toBe('5 ngày làm việc');
  });

  it('are kept where they say another time, for lint to say which of the two the law means', () => {
    expect(limit('Thời hạn giải quyết: 10 ngày làm việc (85 giờ)')).toBe('10 ngày làm việc (85 giờ)');
    expect(limit('Thời hạn giải quyết: 10 ngày làm việc (80 giờ)', 8.5)).toBe('10 ngày làm việc (80 giờ)');
  });

  // procmap's own words for its short form ("10 ngày làm việc (85 giờ)" for 10d) in a document it wrote are that form.
  it('in a document procmap printed on a working day of 8.5 hours, read back with that calendar', async () => {
    const dir = join(ROOT, 'test/interchange/fixtures/ngay-lam-viec-8-5-gio');
    const out = fresh();
    const result = await runCli([
      'import',
      '--lang',
      'en',
      join(dir, 'quy-trinh.docx'),
      '-o',
      out,
      '--config',
      join(dir, 'procmap.config.yaml'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^imported +\S+QT-D4\.yaml {2}← \S+quy-trinh\.docx \(Cấp giấy xác nhận thử\)\n/u);
    expect(result.stdout).toMatch(/\n1 imported, 0 skipped\n$/u);
    expect(readFileSync(join(out, 'QT-D4.yaml'), 'utf8')).toContain('\ntime_limit: 10d\n');
  });

  it('over a file, compares its times on that working day: keeps "85h" for 10 days, not "0.5d" for 4 hours', async () => {
    const dir = join(ROOT, 'test/interchange/fixtures/ngay-lam-viec-8-5-gio');
    const out = fresh();
    const file = readFileSync(join(dir, 'tep-cu/QT-D4.yaml'), 'utf8');
    writeFileSync(join(out, 'QT-D4.yaml'), file);
    const args = ['import', '--lang', 'en', join(dir, 'quy-trinh.docx'), '-o', out];
    const result = await runCli([...args, '--config', join(dir, 'procmap.config.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    // Half of a day of 8.5 hours is 4 h 15 min: the document's 4 hours are 15 minutes shorter. 85 h are its 10 days.
    expect(result.stdout.split('\n').slice(1)).toEqual([
      '               would change: Total time (critical path): 38 working hours → 37 working hours 45 minutes  -15 working minutes  shorter',
      '               would change: Step duration (step 1 "Tiếp nhận"): 0.5 working days → 4 working hours  -15 working minutes  shorter',
      '0 imported, 1 skipped',
      '',
    ]);
    const forced = await runCli([...args, '--config', join(dir, 'procmap.config.yaml'), '--force']);
    expect([forced.code, forced.stderr]).toEqual([0, '']);
    const written = readFileSync(join(out, 'QT-D4.yaml'), 'utf8');
    expect(written).toContain('\ntime_limit: 85h\n');
    expect(written).toMatch(/\n {4}name: Tiếp nhận\n {4}body: BPMC\n {4}duration: 4h\n/);
  });
});
