import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { catalogOf, workFolder } from './helpers.js';

// Issue 14, item 5: an output never replaces an input, and different commands' outputs never replace each other.
const work = workFolder('names');
const catalog = catalogOf(join(work, 'catalog'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
const input = join(catalog, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml');

describe('outputs and inputs', () => {
  it('lint --output refuses to write the report over an input file', async () => {
    const before = readFileSync(input, 'utf8');
    const result = await runCli(['lint', catalog, '--output', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`procmap: Không ghi "${input}": đó là một tệp đầu vào; hãy chọn nơi ghi khác\n`);
    const english = await runCli(['lint', catalog, '--output', input, '--lang', 'en']);
    expect(english.stderr).toBe(
      `procmap: Refusing to write "${input}": it is one of the input files; choose another output\n`,
    );
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it("refuses a report over a procedure file that is not this run's input, and writes it beside", async () => {
    const other = join(work, 'other-catalog');
    mkdirSync(other, { recursive: true });
    const procedure = join(other, 'giay-phep.yaml');
    writeFileSync(procedure, 'id: QT-X-01\n');
    for (const args of [
      ['lint', input, '--output', procedure],
      ['diff', input, input, '--output', procedure],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `procmap: Không ghi báo cáo đè lên "${procedure}": đó là một tệp YAML, có thể là một quy trình; hãy ghi báo cáo vào tệp khác (ví dụ bao-cao.txt)\n`,
      );
      expect(readFileSync(procedure, 'utf8')).toBe('id: QT-X-01\n');
    }
    // A report of its own name is written, again and again.
    for (let i = 0; i < 2; i++)
      expect((await runCli(['lint', input, '--output', join(other, 'bao-cao.txt')])).code).toBe(0);
  });

  it('diff --output refuses the configuration file', async () => {
    const config = join(catalog, 'procmap.config.yaml');
    writeFileSync(config, 'rules: {}\n');
    const result = await runCli(['diff', catalog, catalog, '--config', config, '--output', config]);
    expect(result.code).toBe(2);
    expect(readFileSync(config, 'utf8')).toBe('rules: {}\n');
  });

  it('ontime --output refuses the dossier export and the column mapping it reads', async () => {
    const fixtures = join(ROOT, 'test/fixtures/ontime');
    // map.yaml names the keys of ho-so.json (a CSV lacking them is told so, which is not what this test is about).
    const [dossiers, map] = ['ho-so.json', 'map.yaml'].map((name) => {
      const copy = join(work, name);
      copyFileSync(join(fixtures, name), copy);
      return copy;
    }) as [string, string];
    const before = [readFileSync(dossiers), readFileSync(map)];
    const catalogArgs = ['--catalog', join(fixtures, 'catalog'), '--as-of', '2026-03-31 17:00'];
    for (const target of [dossiers, map]) {
      for (const format of ['text', 'xlsx']) {
        const result = await runCli(['ontime', dossiers, ...catalogArgs, '--map', map, '-f', format, '-o', target]);
        expect([result.code, result.stderr]).toEqual([
          2,
          `procmap: Không ghi "${target}": đó là một tệp đầu vào; hãy chọn nơi ghi khác\n`,
        ]);
      }
    }
    expect([readFileSync(dossiers), readFileSync(map)]).toEqual(before);
  });

  it('ontime refuses such an output before reading a dossier: no note on the export comes first', async () => {
    const fixtures = join(ROOT, 'test/fixtures/ontime');
    const dossiers = join(work, 'ho-so-doc-truoc.csv');
    copyFileSync(join(fixtures, 'ho-so.csv'), dossiers);
    // map.yaml names a JSON export's keys: read, this CSV would draw a note on each missing header first.
    const args = ['--catalog', join(fixtures, 'catalog'), '--map', join(fixtures, 'map.yaml'), '-f', 'xlsx'];
    const result = await runCli(['ontime', dossiers, ...args, '-o', dossiers, '--lang', 'en']);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      `procmap: Refusing to write "${dossiers}": it is one of the input files; choose another output\n`,
    ]);
  });

  it('doc and flowchart into one folder keep both: QT-X.md and QT-X.flowchart.md', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    expect((await runCli(['doc', catalog, '--format', 'md', '-o', out])).code).toBe(0);
    const chart = await runCli(['flowchart', catalog, '--format', 'md,mmd', '-o', out]);
    expect(chart.code).toBe(0);
    expect(chart.stdout).toBe(`${join(out, 'QT-HT-09.flowchart.md')}\n${join(out, 'QT-HT-09.flowchart.mmd')}\n`);
    expect(readdirSync(out).sort()).toEqual([
      OUTPUT_RECORD,
      'QT-HT-09.flowchart.md',
      'QT-HT-09.flowchart.mmd',
      'QT-HT-09.md',
    ]);
    // The document is still the document, not the chart.
    expect(readFileSync(join(out, 'QT-HT-09.md'), 'utf8')).toContain('Cấp bản sao trích lục hộ tịch');
    expect(readFileSync(join(out, 'QT-HT-09.md'), 'utf8').length).toBeGreaterThan(
      readFileSync(join(out, 'QT-HT-09.flowchart.md'), 'utf8').length,
    );
  });
});
