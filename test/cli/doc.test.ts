import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';

const FIXTURES = 'test/render/document/fixtures';
const FULL = `${FIXTURES}/full.yaml`;
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent/chromium' };

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-doc-'));
}

// In-process (test/helpers/run-cli.ts): Markdown, which needs no browser, and the errors found before one is
// looked for. The formats Chromium draws are in doc-browser.test.ts.
describe('procmap doc (CLI)', () => {
  it('writes Markdown with a mermaid block and needs no browser for it', async () => {
    const out = outDir();
    const result = await runCli(['doc', FULL, '--format', 'md', '-o', out], { env: NO_BROWSER });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${join(out, 'QT-TEST-HKD-01.md')}\n`);
    const md = readFileSync(join(out, 'QT-TEST-HKD-01.md'), 'utf8');
    expect(md).toMatch(/^# QUY TRÌNH: Đăng ký thành lập hộ kinh doanh\n/);
    expect(md).toMatch(/\n```mermaid\nflowchart TB\n[\s\S]*Thẩm định hồ sơ[\s\S]*\n```\n/);
    expect(md).toContain(
      '| 2 | **Thẩm định hồ sơ**<br>Hợp lệ → bước 4; Không hợp lệ → bước 3 | Phòng Kinh tế | 0,5 ngày làm việc |  |',
    );
  });

  it('names the file after the id with Đ as D, and prints the id as written (QT-ĐKKD-01)', async () => {
    const out = outDir();
    const result = await runCli(['doc', 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml', '--format', 'md', '-o', out], {
      env: NO_BROWSER,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${join(out, 'QT-DKKD-01.md')}\n`);
    expect(readdirSync(out).filter((name) => name.endsWith('.md'))).toEqual(['QT-DKKD-01.md']);
    const md = readFileSync(join(out, 'QT-DKKD-01.md'), 'utf8');
    expect(md).toContain('QT-ĐKKD-01');
    expect(md).not.toContain('QT-DKKD-01');
  });

  it('exits 2 without writing anything when html or pdf is asked for and there is no browser', async () => {
    const out = outDir();
    const result = await runCli(['doc', FULL, '--format', 'md,html', '--lang', 'en', '-o', out], { env: NO_BROWSER });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^procmap: PROCMAP_CHROME is "\/nonexistent\/chromium", which is not an executable file\. HTML, PDF and Word documents hold the flowchart a browser draws; --format md needs none\. Install one .*apt-get install chromium-headless-shell.*executable\.\n$/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 without writing anything, in plain words, when the browser stops as it starts', async () => {
    const out = outDir();
    // The browser's profile folder goes to the temporary folder: one of the test's own, to see that none is left.
    const temp = mkdtempSync(join(tmpdir(), 'procmap-doc-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const run = (lang: string) =>
        runCli(['doc', FULL, '--format', 'md,pdf', '--lang', lang, '-o', out], {
          env: { PROCMAP_CHROME: '/bin/false' },
        });
      const en = await run('en');
      expect([en.code, en.stdout]).toEqual([2, '']);
      // Before, the launcher's words ("Protocol error (Target.setDiscoverTargets): Target closed"), after the Markdown
      // was written.
      expect(en.stderr).toMatch(
        /^procmap: The browser "\/bin\/false" stopped as it started\. Check that it runs: "\/bin\/false" --version should print its version\. Install one .*apt-get install chromium-headless-shell.*executable\.\n$/,
      );
      const vi = await run('vi');
      expect(vi.code).toBe(2);
      expect(vi.stderr).toMatch(
        /^procmap: Trình duyệt "\/bin\/false" dừng ngay khi khởi động\. Hãy kiểm tra nó chạy được: lệnh "\/bin\/false" --version phải in ra phiên bản\. Hãy cài một trình duyệt .*Chromium\.\n$/,
      );
      expect(readdirSync(out)).toEqual([]);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('exits 2 on an unknown format, a missing template folder, or a path that does not exist', async () => {
    expect((await runCli(['doc', '--lang', 'en', FULL, '--format', 'odt', '-o', outDir()])).stderr).toBe(
      'procmap: Unknown document format "odt"; use one or more of: md, html, pdf, docx\n',
    );
    const paper = await runCli(['doc', '--lang', 'en', FULL, '--format', 'md', '--paper', 'letter', '-o', outDir()]);
    expect(paper.code).toBe(2);
    expect(paper.stderr).toBe('procmap: Unknown paper "letter"; use a4 or a3\n');
    const missing = await runCli([
      'doc',
      '--lang',
      'en',
      FULL,
      '--format',
      'md',
      '--template',
      'no/such/dir',
      '-o',
      outDir(),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('procmap: Template folder "no/such/dir" does not exist\n');
    const noPath = await runCli(['doc', '--lang', 'en', 'no/such.yaml', '--format', 'md', '-o', outDir()]);
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toBe('procmap: Path "no/such.yaml" does not exist\n');
  });

  it('exits 2 naming the template file and line of a template error, before writing anything', async () => {
    const templates = outDir();
    writeFileSync(join(templates, 'markdown.hbs'), '# {{header.title}}\n\n{{#each steps}}\n- {{nmae}}\n{{/each}}\n');
    const out = outDir();
    const result = await runCli(['doc', FULL, '--format', 'md', '--template', templates, '-o', out]);
    expect(result.code).toBe(2);
    // In the run's language (Vietnamese by default); the reason is Handlebars' own words.
    expect(result.stderr).toMatch(/^procmap: Mẫu tài liệu .*markdown\.hbs:4:5: "nmae" not defined\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 1 for a procedure with broken references, and still writes the others', async () => {
    const dir = outDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.yaml'), readFileSync(`${ROOT}/${FIXTURES}/minimal.yaml`));
    writeFileSync(
      join(dir, 'in', 'bad.yaml'),
      'id: QT-BAD\ntitle: Hỏng\nrevision: 1\neffective: 2026-01-05\ntime_limit: 1d\nbodies:\n  A: { name: A }\nsteps:\n  - { id: one, name: Một, body: B, duration: 1h }\n',
    );
    const result = await runCli(['doc', '--lang', 'en', 'in', '--format', 'md', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('in/bad.yaml:9:33: Body "B"');
    expect(result.stderr).toContain('procmap: no document for in/bad.yaml');
    expect(result.stdout).toBe('out/QT-TEST-MIN-01.md\n');
    expect(existsSync(join(dir, 'out', 'QT-BAD.md'))).toBe(false);
  });

  it('exits 1 for a procedure whose dates run past 2099, and still writes the others', async () => {
    const out = outDir();
    const late = 'test/fixtures/time/range-effective/hieu-luc-2099.yaml';
    const result = await runCli(['doc', '--lang', 'en', late, FULL, '--format', 'md', '-o', out], {
      env: NO_BROWSER,
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${late}:10:13: The time limit cannot be checked for receipts from 01/06/2099 to 31/05/2100 (a year from the effective date): procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099 (calendar)\nprocmap: no document for ${late}: fix the problems above (procmap lint shows them all)\n`,
    );
    expect(readdirSync(out).sort()).toEqual([OUTPUT_RECORD, 'QT-TEST-HKD-01.md']);
  });
});

describe('procmap doc: logos', () => {
  it('exits 1 with a plain message for a logo that is missing or not a picture, and writes the other documents', async () => {
    const dir = outDir();
    mkdirSync(join(dir, 'in'));
    const record = readFileSync(`${ROOT}/${FIXTURES}/record.yaml`, 'utf8');
    writeFileSync(join(dir, 'in', 'missing.yaml'), record.replace('logo: logo.png', 'logo: images/so-vhttdl.png'));
    writeFileSync(
      join(dir, 'in', 'fake.yaml'),
      record.replace('QT-TEST-DD-05', 'QT-TEST-DD-06').replace('logo: logo.png', 'logo: fake.png'),
    );
    writeFileSync(join(dir, 'in', 'fake.png'), 'not a picture');
    writeFileSync(join(dir, 'in', 'good.yaml'), readFileSync(`${ROOT}/${FIXTURES}/minimal.yaml`));
    const result = await runCli(['doc', 'in', '--format', 'md', '-o', 'out'], { cwd: dir, env: NO_BROWSER });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'in/missing.yaml: không đọc được biểu trưng (logo) "images/so-vhttdl.png" (đã tìm in/images/so-vhttdl.png); hãy ghi đường dẫn của một tệp PNG, JPEG hoặc SVG, tính từ tệp quy trình\n',
    );
    expect(result.stderr).toContain('in/fake.yaml: biểu trưng (logo) "fake.png" không phải ảnh PNG, JPEG hay SVG\n');
    const english = await runCli(['doc', 'in', '--format', 'md', '-o', 'out', '--lang', 'en'], {
      cwd: dir,
      env: NO_BROWSER,
    });
    expect(english.stderr).toContain(
      'in/missing.yaml: the logo "images/so-vhttdl.png" cannot be read (looked for in/images/so-vhttdl.png); write the path of a PNG, JPEG or SVG file relative to the procedure file\n',
    );
    expect(english.stderr).toContain('in/fake.yaml: the logo "fake.png" is not a PNG, JPEG or SVG picture\n');
    expect(result.stdout).toBe('out/QT-TEST-MIN-01.md\n');
  });

  it('says of an SVG logo declaring entities, and of a PNG logo with no header, what each is', async () => {
    // The SVG (an external entity reading /etc/passwd) was said to be "not a PNG, JPEG or SVG picture"; the PNG (its
    // signature, then nothing) was embedded in every document as a picture of no size.
    const dir = outDir();
    const record = readFileSync(`${ROOT}/${FIXTURES}/record.yaml`, 'utf8');
    writeFileSync(join(dir, 'svg.yaml'), record.replace('logo: logo.png', 'logo: xxe.svg'));
    writeFileSync(
      join(dir, 'png.yaml'),
      record.replace('QT-TEST-DD-05', 'QT-TEST-DD-06').replace('logo: logo.png', 'logo: cut.png'),
    );
    writeFileSync(
      join(dir, 'xxe.svg'),
      '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>\n',
    );
    writeFileSync(join(dir, 'cut.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const run = (lang: string) =>
      runCli(['doc', 'svg.yaml', 'png.yaml', '--format', 'md', '-o', 'out', '--lang', lang], {
        cwd: dir,
        env: NO_BROWSER,
      });
    const vi = await run('vi');
    expect([vi.code, vi.stdout]).toEqual([1, '']);
    expect(vi.stderr).toContain(
      'svg.yaml: biểu trưng (logo) "xxe.svg" là ảnh SVG có khai báo thực thể (<!DOCTYPE svg [ … ]>), procmap không đọc tệp như vậy: hãy lưu lại thành SVG thường, không có phần khai báo đó\n',
    );
    expect(vi.stderr).toContain(
      'png.yaml: biểu trưng (logo) "cut.png" có phần đầu của ảnh PNG nhưng đã hỏng (thiếu phần ghi kích thước ảnh): hãy mở bằng phần mềm sửa ảnh rồi lưu lại, hoặc dùng tệp khác\n',
    );
    const en = await run('en');
    expect([en.code, en.stdout]).toEqual([1, '']);
    expect(en.stderr).toContain(
      'svg.yaml: the logo "xxe.svg" is an SVG that declares entities (<!DOCTYPE svg [ … ]>), which procmap does not read: save it again as a plain SVG, without them\n',
    );
    expect(en.stderr).toContain(
      'png.yaml: the logo "cut.png" starts as a PNG but is damaged (its header, with the picture\'s size, is missing): open it in an image editor and save it again, or use another file\n',
    );
    expect(existsSync(join(dir, 'out', 'QT-TEST-DD-06.md'))).toBe(false);
  });

  it('finds a logo whose file name is stored decomposed (NFD), as a macOS archive unzips it, however the YAML writes it', async () => {
    const dir = outDir();
    const nfc = 'logo-tỉnh.png';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    writeFileSync(join(dir, nfd), readFileSync(`${ROOT}/${FIXTURES}/logo.png`));
    const record = readFileSync(`${ROOT}/${FIXTURES}/record.yaml`, 'utf8');
    writeFileSync(join(dir, 'nfc.yaml'), record.replace('logo: logo.png', `logo: ${nfc}`));
    writeFileSync(
      join(dir, 'nfd.yaml'),
      record.replace('QT-TEST-DD-05', 'QT-TEST-DD-06').replace('logo: logo.png', `logo: ${nfd}`),
    );
    for (const file of ['nfc.yaml', 'nfd.yaml']) {
      const result = await runCli(['doc', file, '--format', 'md', '-o', 'out'], { cwd: dir, env: NO_BROWSER });
      expect(result.stderr, file).toBe('');
      expect(result.code, file).toBe(0);
    }
  });

  it('takes the logo of the configuration, relative to it, when the procedure has none', async () => {
    const dir = outDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'logo: assets/logo.png\n');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'logo.png'), 'broken');
    writeFileSync(join(dir, 'in', 'a.yaml'), readFileSync(`${ROOT}/${FIXTURES}/minimal.yaml`));
    const result = await runCli(['doc', 'in', '--format', 'md', '-o', 'out', '--lang', 'en'], {
      cwd: dir,
      env: NO_BROWSER,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'procmap.config.yaml: the logo "assets/logo.png" is not a PNG, JPEG or SVG picture\n',
    );
  });
});

describe('procmap doc on the bundled catalog', () => {
  it('writes a Markdown document for every procedure, with no gaps shown as "undefined"', async () => {
    const out = outDir();
    const result = await runCli(['doc', 'procedures', '--format', 'md', '-o', out], { env: NO_BROWSER });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = readdirSync(out).filter((name) => name !== OUTPUT_RECORD);
    expect(files.length).toBe(result.stdout.trim().split('\n').length);
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files)
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/undefined|\bnull\b|NaN|\[object Object\]/);
  });
});
