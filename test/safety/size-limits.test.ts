import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { catalogOf, workFolder } from './helpers.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// Issue 14, item 9: a procedure that cannot be drawn or printed in reasonable time is refused by lint with a clear
// error, and `build --keep-going` builds everything else, index included.
const work = workFolder('size');

const HEAD =
  'id: {id}\ntitle: Thủ tục thử\nrevision: 1\neffective: 2025-07-01\ntime_limit: 30cd\nbodies:\n  TNTKQ: { name: Bộ phận Một cửa }\n';
const head = (id: string) => HEAD.replace('{id}', id);

/** A procedure whose first step branches out to `n` parallel steps that all join at the end. */
function branches(id: string, n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `b${i}`);
  const parallel = ids
    .map((b) => `  - { id: ${b}, name: Nhánh ${b}, body: TNTKQ, duration: 1h, next: [end] }`)
    .join('\n');
  return `${head(id)}steps:\n  - { id: start, name: Tiếp nhận, body: TNTKQ, duration: 1h, next: [${ids.join(', ')}] }\n${parallel}\n  - { id: end, name: Trả kết quả, body: TNTKQ, duration: 1h }\n`;
}

function chain(id: string, n: number): string {
  return `${head(id)}steps:\n${Array.from({ length: n }, (_, i) => `  - { id: s${i}, name: Bước ${i}, body: TNTKQ, duration: 1h }`).join('\n')}\n`;
}

describe('procedures too large to draw', () => {
  const dir = join(work, 'catalog');
  catalogOf(dir);
  writeFileSync(join(dir, 'branches.yaml'), branches('QT-BRANCHES', 150));
  writeFileSync(join(dir, 'chain.yaml'), chain('QT-CHAIN', 500));
  writeFileSync(
    join(dir, 'purpose.yaml'),
    `${head('QT-PURPOSE')}purpose: "${'Muc dich '.repeat(200_000)}"\nsteps:\n  - { id: s, name: B, body: TNTKQ, duration: 1h }\n`,
  );
  // 150 steps, each branching to the next three: no step over a limit, but 448 arrows in one chart.
  const dense = Array.from(
    { length: 150 },
    (_, i) =>
      `  - { id: s${i}, name: Bước ${i}, body: TNTKQ, duration: 1h${i < 147 ? `, next: [s${i + 1}, s${i + 2}, s${i + 3}]` : i < 149 ? `, next: [s${i + 1}]` : ''} }`,
  );
  writeFileSync(join(dir, 'arrows.yaml'), `${head('QT-ARROWS')}steps:\n${dense.join('\n')}\n`);
  const reused = `"${'Giấy tờ '.repeat(3_000)}"`;
  writeFileSync(
    join(dir, 'aliases.yaml'),
    `${head('QT-ALIASES')}x-text: &t ${reused}\nsteps:\n${Array.from({ length: 97 }, (_, i) => `  - { id: s${i}, name: B, body: TNTKQ, duration: 1h, description: *t }`).join('\n')}\n`,
  );

  it('are refused by lint, each with a clear error at its place', async () => {
    const result = await runCli(['lint', '--lang', 'en', dir], { browsers });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${join(dir, 'branches.yaml')}\n  9:68  error  This step has 150 branches; procmap draws up to 20 out of one step  schema`,
    );
    expect(result.stdout).toContain(
      `${join(dir, 'chain.yaml')}\n  9:3  error  "steps" has more than 200 entries; procmap handles up to 200  schema`,
    );
    expect(result.stdout).toMatch(
      /arrows\.yaml\n {2}9:3 +error +The flowchart would have \d{3} arrows; procmap draws up to 400 in one chart +schema/,
    );
    expect(result.stdout).toMatch(/purpose\.yaml\n {2}8:10 +error +"purpose" is longer than 10000 characters/);
    expect(result.stdout).toMatch(
      /aliases\.yaml\n {2}1:1 +error +The file holds more than 2 MiB of text once its aliases are expanded; write each text once +parse/,
    );
  });

  it('build --keep-going builds the others, and the index', async () => {
    const catalog = catalogOf(join(work, 'keep-going'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
    writeFileSync(join(catalog, 'branches.yaml'), branches('QT-BRANCHES', 150));
    const site = join(work, 'site');
    const result = await runCli(['build', '--lang', 'en', catalog, '-o', site, '--keep-going', '--no-pdf'], {
      browsers,
    });
    expect(result.stderr).toContain('This step has 150 branches; procmap draws up to 20 out of one step');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^built 1 procedure into .*: 1 rendered/);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('QT-HT-09');
    expect(index).not.toContain('QT-BRANCHES');
    expect(existsSync(join(site, 'p', 'QT-HT-09', 'index.html'))).toBe(true);
  }, 240_000);
});
