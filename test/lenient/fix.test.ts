import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DRAFT = join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml');
const CANONICAL_RULES = [
  'canonical-level',
  'canonical-date',
  'canonical-clock',
  'canonical-boolean',
  'canonical-body',
  'canonical-next',
  'canonical-fee',
  'canonical-signoff',
  'canonical-dossier',
  'canonical-document-list',
  'canonical-channel',
];

const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));

async function timeJson(dir: string) {
  const result = await runCli(
    ['time', '--lang', 'en', 'draft.yaml', '--received', '2026-02-13 09:00', '--format', 'json'],
    { cwd: dir },
  );
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { procedures: { file: string }[] };
}

describe('procmap lint --fix on a draft written as officers write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-fix-'));
  cpSync(DRAFT, join(dir, 'draft.yaml'));
  writeFileSync(join(dir, 'procmap.config.yaml'), `rules:\n${CANONICAL_RULES.map((id) => `  ${id}: warn\n`).join('')}`);
  let before: Awaited<ReturnType<typeof timeJson>>;
  let result: RunResult;
  let after: string;
  beforeAll(async () => {
    before = await timeJson(dir);
    result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    after = readFileSync(join(dir, 'draft.yaml'), 'utf8');
  });

  it('rewrites every officer form to the canonical one, keeping comments and layout, and says so', async () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe('procmap: fixed 16 problems in draft.yaml\n');
    expect(comments(after)).toEqual(comments(readFileSync(DRAFT, 'utf8')));
    await expect(after).toMatchFileSnapshot('__golden__/draft-fixed.yaml');
  });

  it('leaves the meaning as it was: the same timing, step by step', async () => {
    expect(await timeJson(dir)).toEqual(before);
  });

  it('says it in Vietnamese by default', async () => {
    const again = mkdtempSync(join(tmpdir(), 'procmap-lenient-fix-vi-'));
    cpSync(join(dir, 'procmap.config.yaml'), join(again, 'procmap.config.yaml'));
    cpSync(DRAFT, join(again, 'draft.yaml'));
    const vi = await runCli(['lint', '--fix', 'draft.yaml'], { cwd: again, env: { PROCMAP_LANG: undefined } });
    expect(vi.stderr).toBe('procmap: đã sửa 16 vấn đề trong draft.yaml\n');
    expect(vi.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
  });
});

describe('procmap lint --fix on keys written as the headings of their fields', () => {
  it('writes the key procmap reads for each, and leaves two keys of one field to the officer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-keys-'));
    cpSync(join(ROOT, 'test/lenient/fixtures/vietnamese-keys.yaml'), join(dir, 'draft.yaml'));
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    // Nine keys of the procedure, then, once "Các bước" is "steps", "Người ký" "signoff" and "Lịch sử" "history", six
    // keys of its steps, one of its sign-off and three of its history row.
    expect(result.stderr).toBe(
      'procmap: fixed 19 problems in draft.yaml: the 9 lint reports, and 10 more that only showed once those were fixed\n',
    );
    expect(result.stdout).toBe(
      'draft.yaml\n' +
        '  20:5  error  Unknown property "Thời gian"; write it as duration: 2 ngày làm việc  schema\n' +
        '  21:5  error  Unknown property "Thời gian thực hiện"; write it as duration: 3 ngày làm việc  schema\n' +
        '\n✖ 2 problems (2 errors, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
    await expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toMatchFileSnapshot(
      '__golden__/vietnamese-keys-fixed.yaml',
    );
  });
});

describe('procmap lint --fix on body keys written as the units name themselves', () => {
  it('writes each key in the letters a key holds, "&" and a dash between names kept readable, and the steps with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-body-keys-'));
    cpSync(join(ROOT, 'test/lenient/fixtures/body-keys-as-names.yaml'), join(dir, 'draft.yaml'));
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    // "Bộ phận TN&TKQ" had no key to offer ("&" stayed in it), so it was left to the officer; the dash was "_-_".
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
    await expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toMatchFileSnapshot(
      '__golden__/body-keys-as-names-fixed.yaml',
    );
  });
});

describe('procmap lint --fix on steps written without their ids', () => {
  it('writes each one first in its step, numbered as the list is and clear of the ids other steps have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-ids-'));
    cpSync(join(ROOT, 'test/lenient/fixtures/refused-step-without-id.yaml'), join(dir, 'draft.yaml'));
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 2 problems in draft.yaml\n');
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    await expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toMatchFileSnapshot(
      '__golden__/steps-without-ids-fixed.yaml',
    );
  });

  it('writes them in the line ends of the file, CRLF for a file written on Windows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-ids-'));
    const text = readFileSync(join(ROOT, 'test/lenient/fixtures/refused-step-without-id.yaml'), 'utf8');
    writeFileSync(join(dir, 'draft.yaml'), text.replace(/\n/g, '\r\n'));
    expect((await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir })).code).toBe(0);
    const fixed = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fixed.replace(/\r\n/g, '\n')).toBe(
      readFileSync(join(ROOT, 'test/lenient/__golden__/steps-without-ids-fixed.yaml'), 'utf8'),
    );
  });
});

describe('procmap lint --fix on a step that is an alias', () => {
  it('writes no id before the alias, which would break the file, and still numbers the step after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-alias-'));
    const text = [
      'id: QT-05',
      'title: Thủ tục',
      'revision: 1',
      'effective: 2026-07-01',
      'level: xã',
      'time_limit: 1d',
      'steps:',
      '  - &base { name: Tiếp nhận, body: A, duration: 1h }',
      '  - *base',
      '  - name: Trả',
      '    body: A',
      '    duration: 1h',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'draft.yaml'), text);
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe(
      text.replace('  - name: Trả', '  - id: B3\n    name: Trả'),
    );
  });
});

describe('procmap lint --fix with the canonical preset on channels written by name and limit', () => {
  it('writes each channel as its map, then its limit short, and leaves the file clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-channels-'));
    cpSync(join(ROOT, 'test/rules/fixtures/canonical-channel/invalid-named-limits.yaml'), join(dir, 'draft.yaml'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'extends: canonical\n');
    const before = await runCli(['lint', '--lang', 'en', 'draft.yaml'], { cwd: dir });
    // Each warning that says --fix can fix it is fixed by --fix.
    expect(before.stdout).toContain('  0 errors and 4 warnings potentially fixable with the `--fix` option.');
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    // The two channels, their two limits, the bodies map and the step's body.
    expect(result.stderr).toBe(
      'procmap: fixed 6 problems in draft.yaml: the 4 lint reports, and 2 more that only showed once those were fixed\n',
    );
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toContain(
      'channels:\n  - { kind: in_person, time_limit: "3d" } # tại Bộ phận Một cửa\n  - { kind: online, time_limit: "2d" }\n',
    );
  });
});

describe('procmap lint --fix on Roman numerals and a date cited with its decision', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-lenient-roman-'));
  const ROMAN = join(ROOT, 'test/lenient/fixtures/accepted-roman.yaml');
  cpSync(ROMAN, join(dir, 'roman.yaml'));
  cpSync(join(ROOT, 'test/rules/fixtures/decision-in-date/invalid-cited.yaml'), join(dir, 'cited.yaml'));
  const rules = ['canonical-revision', 'canonical-date', 'canonical-next'];
  writeFileSync(join(dir, 'procmap.config.yaml'), `rules:\n${rules.map((id) => `  ${id}: warn\n`).join('')}`);

  it('writes the number each numeral stands for', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'roman.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    // Counted by hand: revision, effective, issued, two next, two history revisions and two history dates: 9.
    expect(result.stderr).toBe('procmap: fixed 9 problems in roman.yaml\n');
    await expect(readFileSync(join(dir, 'roman.yaml'), 'utf8')).toMatchFileSnapshot('__golden__/roman-fixed.yaml');
  });

  it('leaves a date cited with its decision as written, and says the number is not kept', async () => {
    const written = readFileSync(join(dir, 'cited.yaml'), 'utf8');
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'cited.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n').map((line) => line.trim().replace(/ +/g, ' '));
    expect(lines).toContain(
      '4:12 warning "Quyết định số 123/QĐ-UBND ngày 01/07/2025" is read as the date 01/07/2025, and "Quyết định số 123/QĐ-UBND" is not kept: no field holds a decision\'s number. Write effective: 01/07/2025, and the decision in the history row\'s note (note: Quyết định số 123/QĐ-UBND) decision-in-date',
    );
    expect(lines).toContain('✖ 3 problems (0 errors, 3 warnings)');
    expect(readFileSync(join(dir, 'cited.yaml'), 'utf8')).toBe(written);
  });
});
