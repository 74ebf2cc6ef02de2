import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An officer's first draft: the schema's problems (no revision, `owner:` for `body:`) and the rules' (a step id used
// twice, steps over the limit) are told in one run, as ESLint tells every rule's problems in a file that parses.
const DIR = 'test/lint/fixtures/first-draft';
const load = (name: string) => loadFile(`${DIR}/${name}`, readFileSync(join(ROOT, DIR, name)));
const said = (name: string) =>
  lint([load(name)], { lang: 'en' }).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
// Every rule on, so that none is left out of "no rule crashes or speaks of a refused place".
const EVERY_RULE = new Map(
  RULES.filter((rule) => rule.id !== 'parse' && rule.id !== 'schema').map((rule) => [
    rule.id,
    { severity: 'warning' as const },
  ]),
);

describe('a file the schema refuses', () => {
  it('still gets the rules whose facts the schema accepted, in line order', () => {
    expect(said('norev.yaml')).toEqual([
      '1:1 schema Missing required property "revision"; add it, e.g. revision: 1',
      '1:1 schema Missing required property "effective"; add it, e.g. effective: 2026-07-01',
      '3:13 within-time-limit Critical path takes 10.5 working days (84 h), over the time limit of 5 working days (40 h) by 5.5 working days (44 h): B1 → B1',
      '7:5 schema Unknown property "owner"; write it as body: Bộ phận một cửa',
      '9:9 unique-step-id Step id "B1" is already used by step 1',
      '11:5 schema Unknown property "owner"; write it as body: Phòng chuyên môn',
    ]);
  });

  it('is not kept for the commands that go on to draw or print, and stays refused', () => {
    const result = lint([load('norev.yaml')], { lang: 'en' });
    expect(result.procedures).toEqual([]);
    expect(result.refused).toEqual([{ file: `${DIR}/norev.yaml`, id: 'QT-X-01' }]);
  });

  it('keeps a rule silent when it reads a refused place: a duration that is no duration sums to nothing', () => {
    expect(said('unreadable-duration.yaml')).toEqual([
      '1:1 schema Missing required property "revision"; add it, e.g. revision: 1',
      expect.stringMatching(/^9:15 schema "mấy ngày" is not a duration/),
      '10:9 unique-step-id Step id "B1" is already used by step 1',
    ]);
  });

  it('crashes no rule and lets none speak when every field has the wrong type', () => {
    const result = lint([load('wrong-types.yaml')], { lang: 'en', settingsFor: () => EVERY_RULE });
    const rules = new Set(result.diagnostics.map((d) => d.rule));
    // Only the text rules speak: every fact the others read is refused.
    expect([...rules].filter((rule) => rule !== 'schema')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'schema')).toHaveLength(24);
  });

  it('fails lint with every problem on stdout and nothing on stderr; flowchart still refuses it', async () => {
    const run = await runCli(['lint', '--lang', 'en', `${DIR}/norev.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('9:9   error  Step id "B1" is already used by step 1  unique-step-id');
    expect(run.stdout).toContain('✖ 6 problems (6 errors, 0 warnings)');
    const flowchart = await runCli(['flowchart', '--lang', 'en', `${DIR}/norev.yaml`]);
    expect(flowchart.code).toBe(1);
    expect(flowchart.stdout).toBe('');
  });
});

describe('a key written as the word officers use for a field', () => {
  const step = (fields: string) =>
    [
      'id: QT-X-03',
      'title: Thử',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 5 ngày làm việc',
      'steps:',
      '  - id: B1',
      ...fields.split('\n').map((line) => `    ${line}`),
      '',
    ].join('\n');
  const messages = (text: string, lang: 'en' | 'vi') =>
    lint([loadFile('p.yaml', Buffer.from(text))], { lang }).diagnostics.map(
      (d) => `${d.line}:${d.column} ${d.message}`,
    );

  it('says which field to write, with what the officer wrote, in English and Vietnamese', () => {
    const text = step('tên bước: Tiếp nhận\nĐơn vị thực hiện: Bộ phận một cửa\nthoi gian: 1 ngày làm việc');
    expect(messages(text, 'en')).toEqual([
      '8:5 Unknown property "tên bước"; write it as name: Tiếp nhận',
      '9:5 Unknown property "Đơn vị thực hiện"; write it as body: Bộ phận một cửa',
      '10:5 Unknown property "thoi gian"; write it as duration: 1 ngày làm việc',
    ]);
    expect(messages(text, 'vi')).toEqual([
      '8:5 Trường không hợp lệ "tên bước"; hãy ghi name: Tiếp nhận',
      '9:5 Trường không hợp lệ "Đơn vị thực hiện"; hãy ghi body: Bộ phận một cửa',
      '10:5 Trường không hợp lệ "thoi gian"; hãy ghi duration: 1 ngày làm việc',
    ]);
  });

  it('says to keep one of the two when the field is written too, and leaves the key to the officer', () => {
    const text = step('name: Tiếp nhận\nbody: MC\nowner: Bộ phận một cửa\nduration: 1h');
    expect(messages(text, 'en')).toEqual([
      '10:5 Unknown property "owner"; it means body, which is already written here: keep one of the two',
    ]);
    expect(messages(text, 'vi')).toEqual([
      '10:5 Trường không hợp lệ "owner"; trường này là body, đã có ở đây: hãy giữ lại một trong hai',
    ]);
    const [problem] = lint([loadFile('p.yaml', Buffer.from(text))]).diagnostics;
    expect(problem?.fix).toBeUndefined();
  });

  it('is renamed by --fix to the field procmap reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-first-draft-'));
    copyFileSync(join(ROOT, DIR, 'norev.yaml'), join(dir, 'norev.yaml'));
    const run = await runCli(['lint', '--lang', 'en', '--fix', 'norev.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('procmap: fixed 2 problems in norev.yaml\n');
    const fixed = readFileSync(join(dir, 'norev.yaml'), 'utf8');
    expect(fixed).toContain('    body: Bộ phận một cửa\n');
    expect(fixed).toContain('    body: Phòng chuyên môn\n');
    expect(fixed).not.toContain('owner');
    expect(run.stdout).toContain('9:9   error  Step id "B1" is already used by step 1  unique-step-id');
  });
});
