import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procmap } from '../helpers/cli.js';

const CATALOG = 'test/cli/fixtures/flowchart-catalog';
const DECISION = 'test/render/fixtures/flowchart/decision.yaml';
const OVER_LIMIT = 'test/render/fixtures/flowchart/multi-body.yaml';
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent' };

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-flowchart-'));
}

describe('procmap flowchart (CLI)', () => {
  it('writes Mermaid source and Markdown without a browser', () => {
    const out = outDir();
    const result = procmap(
      ['flowchart', DECISION, '--format', 'mmd', '--format', 'md', '-o', join(out, 'new', 'dir')],
      { env: NO_BROWSER },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dir = join(out, 'new', 'dir');
    expect(result.stdout).toBe(`${join(dir, 'FX-DECISION.flowchart.md')}\n${join(dir, 'FX-DECISION.flowchart.mmd')}\n`);
    expect(readFileSync(join(dir, 'FX-DECISION.flowchart.mmd'), 'utf8')).toBe(
      readFileSync('test/render/__golden__/decision.mmd', 'utf8'),
    );
    expect(readFileSync(join(dir, 'FX-DECISION.flowchart.md'), 'utf8')).toBe(
      readFileSync('test/render/__golden__/decision.md', 'utf8'),
    );
  });

  it('labels in English with --lang en', () => {
    const out = outDir();
    expect(procmap(['flowchart', DECISION, '--format', 'mmd', '--lang', 'en', '-o', out]).code).toBe(0);
    const source = readFileSync(join(out, 'FX-DECISION.flowchart.mmd'), 'utf8');
    expect(source).toContain('n1["2. Xác minh tình trạng hôn nhân<br/>1.5 d"]');
    expect(source).toContain('summary["Critical path (red): 2.75 d<br/>Time limit: 3 d<br/>Slack: 0.25 d"]');
    expect(source).toContain('s0(["Start"])');
  });

  it('exits 2 without writing anything when svg is asked for and the named browser is missing', () => {
    const out = outDir();
    const result = procmap(['flowchart', DECISION, '--format', 'mmd,svg', '-o', out], { env: NO_BROWSER });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^procmap: PROCMAP_CHROME is "\/nonexistent", which is not an executable file\. .*apt-get install chromium-headless-shell.*The mmd and md formats need no browser\.\n$/,
    );
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 when the browser named cannot start', () => {
    const result = procmap(['flowchart', DECISION, '--format', 'svg', '-o', outDir()], {
      env: { PROCMAP_CHROME: '/bin/false' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^procmap: Could not start the browser "\/bin\/false": /);
  });

  it('reports a broken file, skips it, draws the others and exits 1', () => {
    const out = outDir();
    const result = procmap(['flowchart', CATALOG, '--format', 'mmd', '-o', out], { env: NO_BROWSER });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/cli/fixtures/flowchart-catalog/broken.yaml');
    // Messages follow --lang, Vietnamese by default like the chart.
    expect(result.stderr).toMatch(/16:11\s+lỗi\s+Đơn vị "LD" chưa được khai báo.*known-body/);
    expect(readdirSync(out)).toEqual(['FX-DECISION.flowchart.mmd']);
  });

  it('still draws a procedure over its time limit, with the overrun in the chart', () => {
    const out = outDir();
    const result = procmap(['flowchart', OVER_LIMIT, '--format', 'mmd', '-o', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'FX-MULTI.flowchart.mmd'), 'utf8')).toContain('Vượt thời hạn: 3 ngày');
  });

  it('exits 2 on an unknown format or a path that does not exist', () => {
    const bad = procmap(['flowchart', '--lang', 'en', DECISION, '--format', 'jpg', '-o', outDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('procmap: Unknown flowchart format "jpg"; use one or more of: mmd, md, svg, png, pdf\n');
    const missing = procmap(['flowchart', '--lang', 'en', 'no/such/folder', '--format', 'mmd', '-o', outDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
  });

  // Drives the real browser: fails, never skips, when there is none.
  it('renders SVG, PNG and PDF in one browser', () => {
    const out = outDir();
    const result = procmap([
      'flowchart',
      'test/render/fixtures/flowchart/parallel-join.yaml',
      DECISION,
      '--format',
      'svg,png',
      '--format',
      'pdf',
      '-o',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'FX-DECISION.flowchart.pdf',
      'FX-DECISION.flowchart.png',
      'FX-DECISION.flowchart.svg',
      'FX-PARALLEL.flowchart.pdf',
      'FX-PARALLEL.flowchart.png',
      'FX-PARALLEL.flowchart.svg',
    ]);
    const svg = readFileSync(join(out, 'FX-PARALLEL.flowchart.svg'), 'utf8');
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).not.toContain('foreignObject');
    expect(svg.replace(/<[^>]+>/g, '')).toContain('Bảo hiểm xã hội');
    expect(readFileSync(join(out, 'FX-PARALLEL.flowchart.png')).subarray(1, 4).toString()).toBe('PNG');
    // Boxes wrap long names onto several lines; the page is A4, turned to fit.
    expect(
      execFileSync('pdftotext', [join(out, 'FX-DECISION.flowchart.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      ),
    ).toContain('Xác minh tình trạng hôn nhân');
    expect(execFileSync('pdfinfo', [join(out, 'FX-DECISION.flowchart.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+(595\.\d+ x 841|841\.\d+ x 595)\.\d+ pts \(A4\)/,
    );
  });
});
