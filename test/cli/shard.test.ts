import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

/** A catalog of twelve procedures in two folders, where two files share the id QT-DUP. */
function catalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-shard-'));
  const template = readFileSync(join(ROOT, 'test/rules/fixtures/unique-id/valid-first.yaml'), 'utf8');
  for (let i = 0; i < 12; i++) {
    const folder = join(dir, 'procedures', i % 2 === 0 ? 'xa' : 'tinh');
    mkdirSync(folder, { recursive: true });
    const id = i === 3 || i === 8 ? 'QT-DUP' : `QT-${i}`;
    writeFileSync(join(folder, `p-${String(i).padStart(2, '0')}.yaml`), template.replace('id: QT-HT-01', `id: ${id}`));
  }
  return dir;
}

const filesOf = (junit: string) => [...junit.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]!);

describe('procmap lint --shard (CLI)', () => {
  const dir = catalog();
  let shards: RunResult[];
  beforeAll(async () => {
    shards = [];
    for (const i of [1, 2, 3])
      shards.push(
        await runCli(['lint', '--lang', 'en', '--shard', `${i}/3`, '--format', 'junit', 'procedures'], { cwd: dir }),
      );
  });

  it('splits the files into disjoint shards that together are the catalog', async () => {
    const all = await runCli(['lint', '--lang', 'en', '--format', 'junit', 'procedures'], { cwd: dir });
    const parts = shards.map((s) => filesOf(s.stdout));
    expect(parts.map((p) => p.length)).toEqual([4, 4, 4]);
    expect(parts.flat().sort()).toEqual(filesOf(all.stdout).sort());
  });

  it('is the same split on every run', async () => {
    expect(
      (await runCli(['lint', '--lang', 'en', '--shard', '2/3', '--format', 'junit', 'procedures'], { cwd: dir }))
        .stdout,
    ).toBe(shards[1]!.stdout);
  });

  it('lets catalog rules see every file: a duplicate id is reported once at each file, by the shard that has it', async () => {
    const reports: RunResult[] = [];
    for (const i of [1, 2, 3])
      reports.push(
        await runCli(['lint', '--lang', 'en', '--shard', `${i}/3`, '--format', 'json', 'procedures'], { cwd: dir }),
      );
    const duplicates = reports
      .flatMap(
        (r) => (JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string; message: string }[] }).diagnostics,
      )
      .filter((d) => d.rule === 'unique-id');
    expect(duplicates.map((d) => d.file).sort()).toEqual(['procedures/tinh/p-03.yaml', 'procedures/xa/p-08.yaml']);
    // Each names the other file and the line of its id, though another shard lints that file.
    expect(duplicates.map((d) => d.message).sort()).toEqual([
      'Procedure id "QT-DUP" is also used in procedures/tinh/p-03.yaml (line 1): each procedure needs its own id; change it in the file that is the copy',
      'Procedure id "QT-DUP" is also used in procedures/xa/p-08.yaml (line 1): each procedure needs its own id; change it in the file that is the copy',
    ]);
  });

  it('refuses a shard that is not i/n', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--shard', '4/3', 'procedures'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: --shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4, not "4/3"\n');
  });

  it('says so in Vietnamese with --lang vi', async () => {
    const result = await runCli(['lint', '--lang', 'vi', '--shard', '0/3', 'procedures'], { cwd: dir });
    expect(result.stderr).toBe('procmap: --shard cần dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4, không phải "0/3"\n');
  });
});
