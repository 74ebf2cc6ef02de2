import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { catalogOf, workFolder } from './helpers.js';

// Issue 14, item 12: file text reaches terminals escaped in every output, and invisible characters are reported.
const work = workFolder('escaping');
const RAW = /[\u001b\u0007\u202e\u200b]/;

function catalogWith(name: string, edit: (text: string) => string): string {
  const dir = catalogOf(join(work, name), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
  const file = join(dir, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('text from files on the terminal', () => {
  it('lint --fix-dry-run shows control characters escaped, like the report does', async () => {
    // A decomposed (fixable) title that also carries a terminal escape sequence and a bell.
    const dir = catalogWith('dry-run', (text) =>
      text.replace(/^title: (.*)$/m, (_, title: string) => `title: "${title.normalize('NFD')} \u001b[2J\u0007"`),
    );
    const result = await runCli(['lint', '--fix-dry-run', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW);
    expect(result.stdout).toContain('\\u001b[2J\\u0007');
  });

  it('time and diff never print a right-to-left override: the text is read without it', async () => {
    const base = catalogOf(join(work, 'base'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
    const dir = catalogWith('bidi', (text) => text.replace(/^( {4}name: )(.*)$/m, '$1$2 \u202ethời hạn 3 ngày'));
    const time = await runCli(['time', dir]);
    expect(time.code).toBe(0);
    expect(time.stdout).not.toMatch(RAW);
    expect(time.stdout).toContain(' thời hạn 3 ngày');
    expect(time.stdout).not.toContain('\\u202e');
    const diff = await runCli(['diff', base, dir]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).not.toMatch(RAW);
    expect(diff.stdout).not.toContain('\\u202e');
  });

  it('lint warns about invisible characters (invisible-characters), and --fix deletes them', async () => {
    const dir = catalogWith('invisible', (text) => text.replace(/^title: (.*)$/m, 'title: $1\u200b'));
    const result = await runCli(['lint', dir, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /3:\d+ +warning +Line 3 has an invisible character, U\+200B \(zero-width space\).*invisible-characters/,
    );
    expect((await runCli(['lint', '--fix', dir])).stdout).not.toContain('invisible-characters');
    expect(readFileSync(join(dir, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), 'utf8')).not.toContain('\u200b');
  });
});
