import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/mixed-extension/working-then-calendar.yaml';

// "05 ngày làm việc (trường hợp phải xác minh thì … tăng thêm 05 ngày lịch)": time added in another unit, which procmap
// does not add, so the verification branch (0.5 + 13 = 13.5 working days) counts against the general 5 working days.
// lint said why; `procmap time` and the document's 5.4 said only "over by 8.5 working days", as if the law were broken
// where it gives that case more time. All three now say the same sentence.
const HINT = {
  vi: 'Trường hợp "phải xác minh" có "thời gian giải quyết được tăng thêm 05 ngày lịch", khác đơn vị với thời hạn chung nên procmap không cộng được: ghi cả thời hạn của trường hợp đó bằng một đơn vị, ví dụ "…; trường hợp phải xác minh thì không quá N ngày làm việc", N là tổng',
  en: 'The case "phải xác minh" takes "thời gian giải quyết được tăng thêm 05 ngày lịch", in another unit than the general limit, which procmap cannot add to it: write that case\'s whole limit in one unit, e.g. "…; trường hợp phải xác minh thì không quá N ngày làm việc", N the total',
} as const;

describe('time added in another unit than the limit: lint, time and the document say the same', () => {
  it.each(['vi', 'en'] as const)('lint (%s)', async (lang) => {
    const result = await runCli(['lint', '--lang', lang, FILE]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`: s1 → s3. ${HINT[lang]}  within-time-limit`);
  });

  it.each([
    ['vi', 'Tổng theo đường găng: 13,5 ngày làm việc (108 giờ), VƯỢT thời hạn 8,5 ngày làm việc (68 giờ)'],
    ['en', 'Total on the critical path: 13.5 working days (108 h), OVER the limit by 8.5 working days (68 h)'],
  ] as const)('time (%s) says it under its verdict', async (lang, verdict) => {
    const result = await runCli(['time', '--lang', lang, '--received', '27/08/2026 09:00', FILE]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`${verdict}\n${HINT[lang]}\n`);
  });

  it.each([
    ['vi', '**Vượt thời hạn giải quyết 8,5 ngày làm việc (68 giờ). '],
    ['en', '**Over the limit by 8.5 working days (68 h). '],
  ] as const)("the document's 5.4 (%s) says it after its verdict", async (lang, verdict) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-mixed-extension-'));
    const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, FILE]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const doc = readFileSync(join(out, 'P-EXT-MIX.md'), 'utf8');
    expect(doc).toContain(`${verdict}${HINT[lang]}**`);
  });
});
