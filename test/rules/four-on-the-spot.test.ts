import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURES, testRule } from '../helpers/rule-tester.js';

testRule('four-on-the-spot', {
  'invalid-off-site.yaml': [
    {
      line: 17,
      column: 11,
      message:
        'Step "appraise" is done by "Phòng Quản lý vận tải, Sở Xây dựng", which is not at the centre, in a four-on-the-spot procedure; if its staff work there, write `on_site: true` in its entry of `bodies`: SXD: { name: "Phòng Quản lý vận tải, Sở Xây dựng", on_site: true }',
      vi: 'Bước "appraise" do "Phòng Quản lý vận tải, Sở Xây dựng" thực hiện, đơn vị này không làm việc tại Trung tâm, trong quy trình 4 tại chỗ; nếu đơn vị có người làm việc tại Trung tâm, ghi "on_site: true" vào mục của đơn vị trong "bodies": SXD: { name: "Phòng Quản lý vận tải, Sở Xây dựng", on_site: true }',
    },
  ],
  // Bodies named in the steps alone: the key procmap made is new to the officer, so the whole entry is given.
  // Once written, `bodies` is the only list of bodies: the map names every body, the same in every message.
  'invalid-off-site-undeclared.yaml': [
    {
      line: 10,
      column: 38,
      message:
        'Step "B2" is done by "Phòng Kinh tế", which is not at the centre, in a four-on-the-spot procedure; if its staff work there, declare it so, with every body the steps name (once `bodies` is written, each body must be in it): bodies: {MC: { name: Một cửa, single_window: true }, PKT: { name: Phòng Kinh tế, on_site: true }, PCTUT: { name: Phó Chủ tịch UBND tỉnh, on_site: true }}',
      vi: 'Bước "B2" do "Phòng Kinh tế" thực hiện, đơn vị này không làm việc tại Trung tâm, trong quy trình 4 tại chỗ; nếu đơn vị có người làm việc tại Trung tâm, hãy khai báo như vậy, cùng mọi đơn vị mà các bước ghi (khi đã có "bodies", mỗi đơn vị đều phải được khai báo ở đó): bodies: {MC: { name: Một cửa, single_window: true }, PKT: { name: Phòng Kinh tế, on_site: true }, PCTUT: { name: Phó Chủ tịch UBND tỉnh, on_site: true }}',
    },
    {
      line: 11,
      column: 38,
      message:
        'Step "B3" is done by "Phó Chủ tịch UBND tỉnh", which is not at the centre, in a four-on-the-spot procedure; if its staff work there, declare it so, with every body the steps name (once `bodies` is written, each body must be in it): bodies: {MC: { name: Một cửa, single_window: true }, PKT: { name: Phòng Kinh tế, on_site: true }, PCTUT: { name: Phó Chủ tịch UBND tỉnh, on_site: true }}',
    },
  ],
  'invalid-too-long.yaml': [
    {
      line: 6,
      column: 19,
      message:
        'A four-on-the-spot procedure takes 1.5 working days (12 h) on its critical path, more than the 1 working day (8 h) that "on the spot" allows: receive → appraise → return',
      vi: 'Quy trình 4 tại chỗ mất 1,5 ngày làm việc (12 giờ) theo đường găng, quá 1 ngày làm việc (8 giờ) có thể gọi là "tại chỗ": receive → appraise → return',
    },
  ],
  'invalid-calendar-days.yaml': [
    {
      line: 18,
      column: 15,
      message: 'Step "appraise" is counted in calendar days (1cd), which cannot be done on the spot',
      vi: 'Bước "appraise" tính theo ngày lịch (1cd), không thể thực hiện tại chỗ',
    },
  ],
});

describe('four-on-the-spot options', () => {
  const rule = RULES_BY_ID.get('four-on-the-spot')!;
  const run = (max: unknown) => {
    const source = loadFile(
      'valid-on-site.yaml',
      readFileSync(join(ROOT, FIXTURES, 'four-on-the-spot', 'valid-on-site.yaml')),
    );
    const settings = new Map([['four-on-the-spot', { severity: 'error' as const, options: { max } }]]);
    return lint([source], { rules: [rule], settingsFor: () => settings }).diagnostics.map((d) => d.message);
  };

  it('takes a tighter bound from its options', () => {
    expect(run('4h')).toEqual([
      'A four-on-the-spot procedure takes 0.75 working days (6 h) on its critical path, more than the 0.5 working days (4 h) that "on the spot" allows: receive → appraise → return',
    ]);
    expect(run('0.75d')).toEqual([]);
  });

  it('reports a bound that is not a working time instead of guessing', () => {
    expect(run('2cd')).toEqual([
      'Rule "four-on-the-spot" failed on this file: Option "max" must be a working time such as "1d" or "4h", not "2cd"',
    ]);
  });
});

describe('four-on-the-spot and draft steps', () => {
  it('leaves a draft step’s placeholder body to draft-steps, and still reports a real step off the centre', () => {
    const text = readFileSync(join(ROOT, FIXTURES, 'four-on-the-spot', 'invalid-off-site.yaml'), 'utf8');
    const read = (source: string) =>
      lint([loadFile('p.yaml', Buffer.from(source))], { lang: 'en' })
        .diagnostics.filter((d) => d.rule === 'four-on-the-spot' || d.rule === 'draft-steps')
        .map((d) => d.rule);
    expect(read(text)).toEqual(['four-on-the-spot']);
    // The same step, as an import writes it before the internal steps are known.
    const draft = text.replace('    body: SXD\n', '    body: SXD\n    draft: true\n');
    expect(draft).not.toBe(text);
    expect(read(draft)).toEqual(['draft-steps']);
  });
});

describe('four-on-the-spot advice in a file without bodies', () => {
  it('gives a map that, written as given, leaves no body off the centre and none unknown', () => {
    const text = readFileSync(join(ROOT, FIXTURES, 'four-on-the-spot', 'invalid-off-site-undeclared.yaml'), 'utf8');
    const first = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' }).diagnostics.find(
      (d) => d.rule === 'four-on-the-spot',
    )!;
    const map = /bodies: (\{.*\})$/.exec(first.message)![1]!;
    const after = lint([loadFile('p.yaml', Buffer.from(`${text}bodies: ${map}\n`))], { lang: 'en' });
    expect(after.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });
});
