import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { parseFormats } from '../../src/cli/define.js';

// doc's formats (src/cli/commands/doc.ts keeps its list to itself).
const DOC_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;

// Markdown is `md` to doc and flowchart (a file's extension) and `markdown` to diff and ontime (a report): officers
// type either, whichever command it is.
const BODY = 'test/cli/fixtures/diff-values/body';
const FILE = join(BODY, 'a/p.yaml');

describe('--format takes either spelling of Markdown in every command', () => {
  it('diff reads md as markdown', async () => {
    const [md, markdown] = await Promise.all(
      ['md', 'markdown'].map((format) => runCli(['diff', '--format', format, join(BODY, 'a'), join(BODY, 'b')])),
    );
    expect({ code: md!.code, stderr: md!.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md!.stdout).toMatch(/^\*\*procmap diff\*\*: 1 quy trình thay đổi/);
    expect(md!.stdout).toBe(markdown!.stdout);
  });

  it('ontime reads md as markdown, going on to the dossiers it is given', async () => {
    const ontime = await runCli(['ontime', '--format', 'md', 'missing.xlsx']);
    expect(ontime.code).toBe(2);
    expect(ontime.stdout).toBe('');
    expect(ontime.stderr).not.toContain('--format');
    expect(ontime.stderr).toContain('missing.xlsx');
  });

  it('doc and flowchart read markdown as md, among a list of formats too', async () => {
    // No run here starts Chromium (about 5 s of a loaded machine's time each): the HTML a browser draws is the e2e
    // tests' (doc-browser.test.ts); what this test is about, reading the format's name, happens before any of it.
    const docs = mkdtempSync(join(tmpdir(), 'procmap-format-names-'));
    const doc = await runCli(['doc', '-f', 'markdown', '-o', docs, FILE]);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(docs).filter((name) => !name.startsWith('.'))).toEqual(['QT-TEST-01.md']);
    // In a list, markdown is md and html is html: the run goes on to look for the browser html needs (none here), where
    // a format it did not read would have stopped it first, naming the format.
    const listed = mkdtempSync(join(tmpdir(), 'procmap-format-names-'));
    const list = await runCli(['doc', '-f', 'markdown,html', '-o', listed, FILE], {
      env: { PROCMAP_CHROME: '/nonexistent/chromium' },
    });
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(
      /^procmap: PROCMAP_CHROME là "\/nonexistent\/chromium", không phải một tệp chạy được\. /,
    );
    expect(list.stderr).not.toContain('định dạng tài liệu');
    expect(parseFormats(['markdown,html'], DOC_FORMATS, { en: 'document', vi: 'tài liệu' })).toEqual(['md', 'html']);
    const charts = mkdtempSync(join(tmpdir(), 'procmap-format-names-'));
    const chart = await runCli(['flowchart', '--format', 'Markdown', '-o', charts, FILE]);
    expect(chart).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(charts).filter((name) => !name.startsWith('.'))).toEqual(['QT-TEST-01.flowchart.md']);
    const both = mkdtempSync(join(tmpdir(), 'procmap-format-names-'));
    const chartList = await runCli(['flowchart', '--format', 'mmd,Markdown', '-o', both, FILE]);
    expect(chartList).toMatchObject({ code: 0, stderr: '' });
    expect(
      readdirSync(both)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(['QT-TEST-01.flowchart.md', 'QT-TEST-01.flowchart.mmd']);
  });

  it('still refuses a format the command has not, naming its own spellings', async () => {
    const time = await runCli(['time', '-f', 'md', FILE]);
    expect(time).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "lỗi: tùy chọn '-f, --format <name>' không nhận 'md'; chọn một trong: text, json\n(chạy với --help để xem cách dùng)\n",
    });
    const doc = await runCli(['doc', '-f', 'txt', FILE]);
    expect(doc).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không có định dạng tài liệu "txt"; hãy dùng một hoặc nhiều trong: md, html, pdf, docx\n',
    });
  });
});
