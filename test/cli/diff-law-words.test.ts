import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Three limits rewritten in the law's words: "Không quá 10 ngày làm việc kể từ …" (procmap reads "10d kể từ …"), a
// bare "30 ngày kể từ …" (read as calendar days, "30 ngày (lịch)"), and "Ngay trong ngày làm việc; trường hợp … thì …"
// (read as the same day with its exception in brackets).
const FIXTURE = fileURLToPath(new URL('fixtures/diff-law-words', import.meta.url));
const SIDES = [join(FIXTURE, 'base'), join(FIXTURE, 'revision')];

describe("procmap diff quotes only the file's words as the law's", () => {
  it("quotes the limit as the file writes it in English text and Markdown, procmap's reading unquoted", async () => {
    const text = await runCli(['diff', '--lang', 'en', ...SIDES]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(
      '  breaking  Time limit: 3 working days → 10 working days (as the law says: "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")  +7 working days (+56 h)  limit raised',
    );
    expect(text.stdout).toContain(
      '  breaking  Time limit: 10 working days → 30 calendar days (as the law says: "30 ngày kể từ ngày nhận đủ hồ sơ")  limit raised',
    );
    // Cut at 100 characters a side: the quote opens on the file's first words.
    expect(text.stdout).toContain(
      '  breaking  Time limit: 3 working days → same day (as the law says: "Ngay trong ngày làm việc; trường hợp phức tạp thì',
    );
    // procmap's readings, never the law's: "10 ngày làm việc kể từ …" without "Không quá", "ngày (lịch)", "Trong ngày (…)".
    expect(text.stdout).not.toMatch(/"10 ngày làm việc|\(lịch\)|"Trong ngày/);
    const markdown = await runCli(['diff', '--lang', 'en', '--format', 'markdown', ...SIDES]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      '| 🛑 breaking | `QT-HT-09` | Time limit | 3 working days | same day (as the law says: "Ngay trong ngày làm việc; trường hợp phức tạp thì không quá 02 ngày làm việc") |  |',
    );
    expect(markdown.stdout).toContain(
      '| Time limit | 3 working days | 10 working days (as the law says: "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ") | +7 working days (+56 h) |',
    );
    expect(markdown.stdout).toContain(
      '| Time limit | 10 working days | 30 calendar days (as the law says: "30 ngày kể từ ngày nhận đủ hồ sơ") |  |',
    );
    expect(markdown.stdout).not.toMatch(/"10 ngày làm việc|\(lịch\)|"Trong ngày/);
    // The Vietnamese report writes the same reading without quotes; JSON keeps procmap's short form.
    const vi = await runCli(['diff', ...SIDES]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Thời hạn giải quyết: 3 ngày làm việc → 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ  +7 ngày làm việc (+56 giờ)',
    );
    expect(vi.stdout).toContain(
      'Thời hạn giải quyết: 3 ngày làm việc → trong ngày (trường hợp phức tạp thì không quá 02 ngày làm việc)  nay vượt',
    );
    expect(vi.stdout).not.toContain('"');
    const json = await runCli(['diff', '--format', 'json', ...SIDES]);
    expect(json.code).toBe(0);
    const limits = (
      JSON.parse(json.stdout) as { changes: { kind: string; procedure: string; after: string }[] }
    ).changes
      .filter((change) => change.kind === 'time-limit-changed')
      .map(({ procedure, after }) => [procedure, after]);
    expect(limits).toEqual([
      ['QT-HT-09', 'trong ngày (trường hợp phức tạp thì không quá 02 ngày làm việc)'],
      ['QT-HT-11', '10d kể từ ngày nhận đủ hồ sơ hợp lệ'],
      ['QT-TP-01', '30cd kể từ ngày nhận đủ hồ sơ'],
    ]);
  });
});
