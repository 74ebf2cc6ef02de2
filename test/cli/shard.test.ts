import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procmap, ROOT } from '../helpers/cli.js';

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
  const shards = [1, 2, 3].map((i) => procmap(['lint', '--lang', 'en', '--shard', `${i}/3`, '--format', 'junit', 'procedures'], { cwd: dir }));

  it('splits the files into disjoint shards that together are the catalog', () => {
    const all = procmap(['lint', '--lang', 'en', '--format', 'junit', 'procedures'], { cwd: dir });
    const parts = shards.map((s) => filesOf(s.stdout));
    expect(parts.map((p) => p.length)).toEqual([4, 4, 4]);
    expect(parts.flat().sort()).toEqual(filesOf(all.stdout).sort());
  });

  it('is the same split on every run', () => {
    expect(procmap(['lint', '--lang', 'en', '--shard', '2/3', '--format', 'junit', 'procedures'], { cwd: dir }).stdout).toBe(shards[1]!.stdout);
  });

  it('lets catalog rules see every file: a duplicate id is reported once, by the shard that has the file', () => {
    const reports = [1, 2, 3].map((i) => procmap(['lint', '--lang', 'en', '--shard', `${i}/3`, '--format', 'json', 'procedures'], { cwd: dir }));
    const duplicates = reports.flatMap((r) => (JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string }[] }).diagnostics).filter((d) => d.rule === 'unique-id');
    expect(duplicates.map((d) => d.file)).toEqual(['procedures/xa/p-08.yaml']);
    expect(reports.map((r) => r.code).sort()).toEqual([0, 0, 1]);
  });

  it('refuses a shard that is not i/n', () => {
    const result = procmap(['lint', '--lang', 'en', '--shard', '4/3', 'procedures'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: --shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4, not "4/3"\n');
  });

  it('says so in Vietnamese with --lang vi', () => {
    const result = procmap(['lint', '--lang', 'vi', '--shard', '0/3', 'procedures'], { cwd: dir });
    expect(result.stderr).toBe('procmap: --shard cần dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4, không phải "0/3"\n');
  });
});
