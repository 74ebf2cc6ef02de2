import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog', import.meta.url));

interface JsonChange {
  kind: string;
  level: string;
  procedure: string;
  step: string | null;
  before: string | null;
  after: string | null;
  delta: { hours: number; days: number } | null;
}

function changesOf(stdout: string): JsonChange[] {
  return (JSON.parse(stdout) as { changes: JsonChange[] }).changes;
}

/** kind/procedure/step → delta, the facts a reviewer reads from the report. */
function summary(changes: JsonChange[]): string[] {
  return changes.map(
    (c) =>
      `${c.level} ${c.kind} ${c.procedure}${c.step ? `/${c.step}` : ''} ${c.before ?? '-'} → ${c.after ?? '-'}${c.delta ? ` (${c.delta.hours}h, ${c.delta.days}d)` : ''}`,
  );
}

// Two commits of a small catalog: a total pushed past its limit, a limit shortened, a file moved, a procedure added.
const EXPECTED = [
  'breaking total-changed QT-HT-09 20h → 28h (8h, 1d)',
  'warning step-duration-changed QT-HT-09/sign 4h → 1.5d (8h, 1d)',
  'warning revision-not-bumped QT-HT-09 2 → 2',
  'info time-limit-changed QT-TP-01 10d → 8d (-16h, -2d)',
  'info total-changed QT-TP-01 56h → 48h (-8h, -1d)',
  'info step-duration-changed QT-TP-01/verify 5d → 4d (-8h, -1d)',
  'info revision-changed QT-TP-01 1 → 2',
  'info field-changed QT-TP-01 2025-07-01 → 2026-03-01',
  'info procedure-added QT-TP-02 - → Cấp Phiếu lý lịch tư pháp cho người nước ngoài',
];

describe('procmap diff (CLI, real git)', () => {
  let repo: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(CATALOG, 'base'), join(repo, 'procedures'), { recursive: true });
    writeFileSync(join(repo, 'README.md'), 'catalog\n');
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'base'], repo);
    rmSync(join(repo, 'procedures'), { recursive: true });
    cpSync(join(CATALOG, 'revision'), join(repo, 'procedures'), { recursive: true });
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'revision'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names every time change with its delta and ignores the moved file', async () => {
    expect(git(['diff', '--name-status', '-M', 'HEAD~1', 'HEAD'], repo)).toContain(
      'R100\tprocedures/xa/trich-luc-khai-tu.yaml\tprocedures/chuyen/trich-luc-khai-tu.yaml',
    );
    const result = await runCli(['diff', '--lang', 'en', 'HEAD~1:procedures', 'HEAD:procedures', '--format', 'json'], {
      cwd: repo,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const changes = changesOf(result.stdout);
    expect(summary(changes)).toEqual(EXPECTED);
    expect(changes.some((c) => c.procedure === 'QT-HT-11')).toBe(false);
  });

  it('--fail-on breaking fails a change that pushes a total past its limit, and passes one that does not', async () => {
    const failing = await runCli(
      ['diff', '--lang', 'en', 'HEAD~1:procedures', 'HEAD:procedures', '--fail-on', 'breaking'],
      { cwd: repo },
    );
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(
      'breaking  Total time (critical path): 2.5 working days (20 h) → 3.5 working days (28 h)  +1 working day (+8 h)  now over the time limit of 3 working days',
    );
    const passing = await runCli(
      ['diff', '--lang', 'en', 'HEAD~1:procedures/tinh', 'HEAD:procedures/tinh', '--fail-on', 'breaking'],
      { cwd: repo },
    );
    expect(passing.code).toBe(0);
    expect(
      (
        await runCli(['diff', '--lang', 'en', 'HEAD~1:procedures/tinh', 'HEAD:procedures/tinh', '--fail-on', 'info'], {
          cwd: repo,
        })
      ).code,
    ).toBe(1);
  });

  it('--fail-on reads a level in any letter case and in Vietnamese, as the configuration reads severities', async () => {
    // The same two folders on disk (the repository's commits are copies of them): reading the level is what is tested,
    // and each run at a revision spawned git about ten times, for nine runs.
    const run = (level: string) =>
      runCli(['diff', '--lang', 'en', join(CATALOG, 'base/tinh'), join(CATALOG, 'revision/tinh'), '--fail-on', level]);
    // tinh has info changes and nothing above them.
    for (const level of ['BREAKING', 'nghiêm trọng', 'Nghiem Trong', 'warn', 'WARNING', 'cảnh báo'])
      expect({ level, code: (await run(level)).code }).toEqual({ level, code: 0 });
    for (const level of ['INFO', 'thông tin'])
      expect({ level, code: (await run(level)).code }).toEqual({ level, code: 1 });
    const wrong = await run('fatal');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(
      'procmap: --fail-on takes breaking (or error, ERR), warning (or warn, WARN) or info, in any letter case, or in Vietnamese: nghiêm trọng, cảnh báo, thông tin; not "fatal"\n',
    );
    const vi = await runCli(['diff', join(CATALOG, 'base/tinh'), join(CATALOG, 'revision/tinh'), '--fail-on', 'fatal']);
    expect({ code: vi.code, stdout: vi.stdout }).toEqual({ code: 2, stdout: '' });
    expect(vi.stderr).toBe(
      'procmap: --fail-on nhận breaking hoặc nghiêm trọng (hay error, ERR, lỗi), warning hoặc cảnh báo (hay warn, WARN), info hoặc thông tin; chữ hoa hay thường, có dấu hay không dấu đều được; không nhận "fatal"\n',
    );
  });

  // oasdiff's `--fail-on ERR` and lint's `error` name the top level: refused, a gate copied from either could not run.
  it('--fail-on reads error, ERR and lỗi as breaking, WARN as warning', async () => {
    const run = (level: string, side: string) =>
      runCli([
        'diff',
        '--lang',
        'en',
        join(CATALOG, `base/${side}`),
        join(CATALOG, `revision/${side}`),
        '--fail-on',
        level,
      ]);
    // tinh has info changes and nothing above them; the whole catalog has a breaking one.
    for (const level of ['error', 'ERR', 'Lỗi', 'loi'])
      expect({ level, tinh: (await run(level, 'tinh')).code, all: (await run(level, '')).code }).toEqual({
        level,
        tinh: 0,
        all: 1,
      });
    for (const level of ['WARN', 'Warn'])
      expect({ level, code: (await run(level, 'tinh')).code }).toEqual({ level, code: 0 });
  });

  it('--since compares a revision with the working tree, paths resolved from a subfolder', async () => {
    const file = join(repo, 'procedures', 'tinh', 'ly-lich-tu-phap.yaml');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('time_limit: 8d', 'time_limit: 12d'));
      const fromRoot = await runCli(['diff', '--lang', 'en', '--since', 'HEAD', '--format', 'json'], { cwd: repo });
      expect(fromRoot.code).toBe(0);
      expect(summary(changesOf(fromRoot.stdout))).toEqual([
        'breaking time-limit-changed QT-TP-01 8d → 12d (32h, 4d)',
        'warning revision-not-bumped QT-TP-01 2 → 2',
      ]);
      const fromSub = await runCli(['diff', '--lang', 'en', '--since', 'HEAD~1', '--format', 'json', '.'], {
        cwd: join(repo, 'procedures', 'tinh'),
      });
      expect(fromSub.code).toBe(0);
      expect(summary(changesOf(fromSub.stdout))).toContain('breaking time-limit-changed QT-TP-01 10d → 12d (16h, 2d)');
      // REV:./PATH is relative to the current folder, as in git.
      const dotted = await runCli(
        ['diff', '--lang', 'en', 'HEAD:./ly-lich-tu-phap.yaml', 'ly-lich-tu-phap.yaml', '--format', 'json'],
        { cwd: join(repo, 'procedures', 'tinh') },
      );
      expect(summary(changesOf(dotted.stdout))[0]).toBe('breaking time-limit-changed QT-TP-01 8d → 12d (32h, 4d)');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('finds a procedure copied under its own id, whether the copy is the same bytes or edited', async () => {
    const original = join(repo, 'procedures', 'tinh', 'ly-lich-tu-phap.yaml');
    const copy = join(repo, 'procedures', 'xa', 'ban-sao.yaml');
    try {
      for (const text of [
        readFileSync(original, 'utf8'),
        readFileSync(original, 'utf8').replace('time_limit: 8d', 'time_limit: 6d'),
      ]) {
        writeFileSync(copy, text);
        const result = await runCli(['diff', '--lang', 'en', '--since', 'HEAD', 'procedures'], { cwd: repo });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        // Told at both files, each naming the other and the line of its id.
        expect(result.stderr).toMatch(/ban-sao\.yaml:\d+:\d+: error .*"QT-TP-01".*ly-lich-tu-phap\.yaml \(line \d+\)/);
        expect(result.stderr).toMatch(/ly-lich-tu-phap\.yaml:\d+:\d+: error .*"QT-TP-01".*ban-sao\.yaml \(line \d+\)/);
      }
    } finally {
      rmSync(copy, { force: true });
    }
  });

  it('folds a value of several lines onto the line of its change, never printing "\\n"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-lines-'));
    const base = readFileSync(join(CATALOG, 'base/tinh/ly-lich-tu-phap.yaml'), 'utf8');
    const feeOf = (amount: string) =>
      `fee: |-\n  200.000 đồng/lần/người;\n  từ Phiếu thứ 3 thu thêm ${amount} đồng/Phiếu\n`;
    writeFileSync(join(dir, 'a.yaml'), base.replace(/^fee: .*\n/m, feeOf('5.000')));
    writeFileSync(join(dir, 'b.yaml'), base.replace(/^fee: .*\n/m, feeOf('10.000')));
    for (const format of ['text', 'markdown']) {
      const result = await runCli(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--format', format]);
      expect(result.stdout).toContain('200.000 đồng/lần/người; từ Phiếu thứ 3 thu thêm 5.000 đồng/Phiếu');
      expect(result.stdout).not.toContain('\\n');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares folders and files on disk', async () => {
    const folders = await runCli([
      'diff',
      '--lang',
      'en',
      join(CATALOG, 'base'),
      join(CATALOG, 'revision'),
      '--format',
      'json',
    ]);
    expect(summary(changesOf(folders.stdout))).toEqual(EXPECTED);
    const files = await runCli([
      'diff',
      '--lang',
      'en',
      join(CATALOG, 'base/tinh/ly-lich-tu-phap.yaml'),
      join(CATALOG, 'revision/tinh/ly-lich-tu-phap.yaml'),
    ]);
    expect(files.code).toBe(0);
    expect(files.stdout).toContain(
      'info      Time limit: 10 working days → 8 working days  -2 working days (-16 h)  shorter',
    );
    const same = await runCli([
      'diff',
      '--lang',
      'en',
      join(CATALOG, 'base'),
      join(CATALOG, 'base'),
      '--fail-on',
      'info',
    ]);
    expect(same).toEqual({ code: 0, stdout: 'No changes\n', stderr: '' });
  });

  it('stops --fail-on warning at hours the law left open settled as working days, saying the words changed', async () => {
    const fixture = fileURLToPath(new URL('../diff/fixtures/time-limit-changed-open-hours', import.meta.url));
    const files = [join(fixture, 'base.yaml'), join(fixture, 'revision.yaml')];
    const vi = await runCli(['diff', ...files, '--fail-on', 'warning']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      '  cảnh báo      Thời hạn giải quyết: 24 giờ (procmap tính là 24 giờ làm việc) → 3 ngày làm việc  ±0 ngày làm việc (±0 giờ)  văn bản đổi từ số giờ có thể là giờ tính liên tục (hết sớm hơn cách procmap tính) sang thời gian làm việc: kiểm tra căn cứ pháp lý\n',
    );
    expect(vi.stdout).not.toContain('cùng thời gian');
    const en = await runCli(['diff', '--lang', 'en', ...files, '--fail-on', 'warning']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      "warning   Time limit: 24 hours (counted by procmap as working hours) → 3 working days  ±0 working days (±0 h)  the law's words changed from hours that may be on the clock (ending sooner than procmap counts them) to working time: check the legal basis\n",
    );
    expect(en.stderr).toBe('');
  });

  it('says steps over their limit before and longer now are over it by more, not "now over"; and when now within', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-over-'));
    try {
      const base = readFileSync(join(CATALOG, 'base/tinh/ly-lich-tu-phap.yaml'), 'utf8');
      // 56 h of steps, verify 40 h of them.
      const write = (name: string, limit: string, verify: string) => {
        const text = base
          .replace(/^time_limit: 10d$/m, `time_limit: ${limit}`)
          .replace('duration: 5d', `duration: ${verify}`);
        expect(text).not.toBe(base);
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const grew = await runCli(
        ['diff', write('a.yaml', '6d', '5d'), write('b.yaml', '6d', '6d'), '--fail-on', 'breaking'],
        { cwd: dir },
      );
      expect(grew.stderr).toBe('');
      expect(grew.code).toBe(1);
      expect(grew.stdout).toContain(
        '  nghiêm trọng  Tổng thời gian (đường găng): 7 ngày làm việc (56 giờ) → 8 ngày làm việc (64 giờ)  +1 ngày làm việc (+8 giờ)  đã vượt thời hạn giải quyết 6 ngày làm việc từ trước, nay vượt nhiều hơn: trước vượt 1 ngày làm việc (8 giờ), nay vượt 2 ngày làm việc (16 giờ)\n',
      );
      expect(grew.stdout).not.toContain('nay vượt thời hạn');
      const within = await runCli(
        ['diff', '--lang', 'en', write('c.yaml', '7d', '6d'), write('d.yaml', '7d', '5d'), '--fail-on', 'warning'],
        { cwd: dir },
      );
      expect(within.stderr).toBe('');
      expect(within.code).toBe(1);
      expect(within.stdout).toContain(
        '  info      Total time (critical path): 8 working days (64 h) → 7 working days (56 h)  -1 working day (-8 h)  shorter, now within the time limit of 7 working days\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the steps of a hand-over changed by an inserted step, and calls the steps after it renumbered', async () => {
    const fixture = fileURLToPath(new URL('../diff/fixtures/step-added-renumbered', import.meta.url));
    const files = [join(fixture, 'base.yaml'), join(fixture, 'revision.yaml')];
    const vi = await runCli(['diff', ...files]);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      [
        '  cảnh báo      Bước tiếp theo (bước 1 «Tiếp nhận hồ sơ»): Thẩm định hồ sơ → Kiểm tra thực địa',
        '  cảnh báo      Thêm bước (bước 2): Kiểm tra thực địa',
        '  thông tin     Đánh số lại bước (bước 3 «Thẩm định hồ sơ»): 2 → 3  cùng bước, giữ nguyên tên',
        '  thông tin     Đánh số lại bước (bước 4 «Ký giấy phép»): 3 → 4  cùng bước, giữ nguyên tên',
        '  thông tin     Đánh số lại bước (bước 5 «Trả kết quả»): 4 → 5  cùng bước, giữ nguyên tên\n',
      ].join('\n'),
    );
    expect(vi.stdout).not.toContain('Đổi tên bước');
    const en = await runCli(['diff', '--lang', 'en', ...files]);
    expect(en.stdout).toContain(
      '  warning   Next steps (step 1 "Tiếp nhận hồ sơ"): Thẩm định hồ sơ → Kiểm tra thực địa\n',
    );
    expect(en.stdout).toContain(
      '  info      Step renumbered (step 3 "Thẩm định hồ sơ"): 2 → 3  same step, same name\n',
    );
  });

  it('shows a time written another way as written, where the words for both would read the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-written-'));
    try {
      const base = readFileSync(join(CATALOG, 'base/tinh/ly-lich-tu-phap.yaml'), 'utf8');
      writeFileSync(join(dir, 'before.yaml'), base);
      const after = base
        .replace(/^time_limit: 10d$/m, 'time_limit: 10 ngày làm việc')
        .replace(/duration: 4h/, 'duration: 0,5d');
      expect(after).not.toBe(base);
      writeFileSync(join(dir, 'after.yaml'), after);
      const files = [join(dir, 'before.yaml'), join(dir, 'after.yaml')];
      const vi = await runCli(['diff', ...files]);
      expect(vi.stdout).toContain('Thời hạn giải quyết: 10d → 10 ngày làm việc  viết lại, cùng thời hạn\n');
      // Different units read differently in words, and are shown in words.
      expect(vi.stdout).toContain(
        '(bước 1 «Tiếp nhận hồ sơ, thu phí»): 4 giờ làm việc → 0,5 ngày làm việc  viết lại, cùng thời gian\n',
      );
      const json = JSON.parse((await runCli(['diff', '--format', 'json', ...files])).stdout) as {
        changes: { kind: string; before: string; after: string }[];
      };
      expect(
        json.changes
          .filter((c) => c.kind.endsWith('-changed') && c.kind !== 'field-changed')
          .map(({ kind, before, after }) => [kind, before, after]),
      ).toEqual([
        ['time-limit-changed', '10d', '10 ngày làm việc'],
        ['step-duration-changed', '4h', '0.5d'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a limit reworded for the same time ("1 năm" → "12 tháng") as a rewording, with no ±0 in any format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-reworded-'));
    try {
      const base = readFileSync(
        fileURLToPath(new URL('../fixtures/limit-in-years/over.yaml', import.meta.url)),
        'utf8',
      );
      writeFileSync(join(dir, 'before.yaml'), base);
      const after = base.replace(/^time_limit: 1 năm$/m, 'time_limit: 12 tháng');
      expect(after).not.toBe(base);
      writeFileSync(join(dir, 'after.yaml'), after);
      const files = [join(dir, 'before.yaml'), join(dir, 'after.yaml')];
      const vi = await runCli(['diff', ...files]);
      expect([vi.code, vi.stderr]).toEqual([0, '']);
      expect(vi.stdout).toContain('  thông tin     Thời hạn giải quyết: 1 năm → 12 tháng  viết lại, cùng thời hạn\n');
      const en = await runCli(['diff', '--lang', 'en', ...files]);
      expect(en.stdout).toContain('  info      Time limit: 1 year → 12 months  reworded, same time limit\n');
      const markdown = await runCli(['diff', '--format', 'markdown', ...files]);
      expect(markdown.stdout).toContain(
        '| ℹ️ thông tin | `QT-MOT-NAM` | Thời hạn giải quyết | 1 năm | 12 tháng |  | viết lại, cùng thời hạn |\n',
      );
      const json = changesOf((await runCli(['diff', '--format', 'json', ...files])).stdout);
      expect(json.find((c) => c.kind === 'time-limit-changed')).toMatchObject({ level: 'info', delta: null });
      for (const output of [vi.stdout, en.stdout, markdown.stdout]) expect(output).not.toContain('±');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads durations in text output as lint does, and shows control characters escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-controls-'));
    try {
      const base = readFileSync(join(CATALOG, 'base/tinh/ly-lich-tu-phap.yaml'), 'utf8');
      writeFileSync(join(dir, 'before.yaml'), base);
      // The same 5 working days with a line break copied in after them (no change: it prints the same) and written
      // another way (shown as written), and a title carrying a terminal escape.
      const after = base
        .replace(/duration: 5d/, 'duration: "5 ngày làm việc\\n"')
        .replace(/^title: (.*)$/m, 'title: "$1\\u001b[2J"');
      expect(after).not.toBe(base);
      writeFileSync(join(dir, 'after.yaml'), after);
      const result = await runCli(['diff', '--lang', 'en', join(dir, 'before.yaml'), join(dir, 'after.yaml')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'Step duration (step 2 "Tra cứu, xác minh thông tin lý lịch tư pháp"): 5d → 5 ngày làm việc  reworded, same time\n',
      );
      expect(result.stdout).not.toContain('not comparable');
      expect(result.stdout).toContain('\\u001b[2J');
      expect(result.stdout).not.toContain('\u001b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a markdown table in Vietnamese', async () => {
    const result = await runCli(
      ['diff', 'HEAD~1:procedures', 'HEAD:procedures', '--format', 'markdown', '--lang', 'vi'],
      { cwd: repo },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| Mức | Quy trình | Thay đổi | Trước | Sau | Chênh lệch | Ghi chú |');
    expect(result.stdout).toContain(
      '| 🛑 nghiêm trọng | `QT-HT-09` | Tổng thời gian (đường găng) | 2,5 ngày làm việc (20 giờ) | 3,5 ngày làm việc (28 giờ) | +1 ngày làm việc (+8 giờ) | nay vượt thời hạn giải quyết 3 ngày làm việc là 0,5 ngày làm việc (4 giờ) |',
    );
  });

  it('reports invalid YAML at a revision with file:line:column, exit 1 and no report', async () => {
    const bad = join(scratch, 'bad');
    mkdirSync(bad);
    git(['init', '-q'], bad);
    cpSync(join(CATALOG, 'base'), join(bad, 'procedures'), { recursive: true });
    git(['add', '-A'], bad);
    git(['commit', '-q', '-m', 'base'], bad);
    const file = join(bad, 'procedures', 'tinh', 'ly-lich-tu-phap.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('time_limit: 10d', 'time_limit: [10d'));
    // Over the size limit: refused by its size, never read into memory.
    writeFileSync(join(bad, 'procedures', 'huge.yaml'), `# ${'x'.repeat(2.5 * 1024 * 1024)}\n`);
    git(['add', '-A'], bad);
    git(['commit', '-q', '-m', 'broken'], bad);
    const result = await runCli(['diff', '--lang', 'en', 'HEAD~1:procedures', 'HEAD:procedures', '--format', 'json'], {
      cwd: bad,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    // Where the bracket opens: line 8, after "time_limit: ".
    expect(result.stderr).toMatch(
      /^HEAD:procedures\/tinh\/ly-lich-tu-phap\.yaml:8:13: error This bracket \(\[\) is never closed: .+ \(parse\)$/m,
    );
    expect(result.stderr).toContain(
      'HEAD:procedures/huge.yaml:1:1: error File is 2.5 MiB; procmap reads procedure files up to 2 MiB (parse)',
    );
    // In the officers' language, the severity too.
    const vi = await runCli(['diff', 'HEAD~1:procedures', 'HEAD:procedures'], { cwd: bad });
    expect(vi.stderr).toMatch(/^HEAD:procedures\/tinh\/ly-lich-tu-phap\.yaml:8:13: lỗi /m);
    expect(vi.stderr).not.toMatch(/: error /);
  });

  it('says a procedure whose base file is broken could not be compared, with a note, and still fails one broken in the revision', async () => {
    const repair = join(scratch, 'repair');
    mkdirSync(repair);
    git(['init', '-q'], repair);
    cpSync(join(CATALOG, 'base'), join(repair, 'procedures'), { recursive: true });
    const file = join(repair, 'procedures', 'tinh', 'ly-lich-tu-phap.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('time_limit: 10d', 'Thời hạn giải quyết: 10d'));
    git(['add', '-A'], repair);
    git(['commit', '-q', '-m', 'broken'], repair);
    // The pull request repairs the file: the committed base cannot be fixed, and must not stop the gate.
    writeFileSync(file, good);
    const vi = await runCli(['diff', '--since', 'HEAD', '--fail-on', 'breaking'], { cwd: repair });
    expect(vi.code).toBe(0);
    expect(vi.stderr).toMatch(/^HEAD:procedures\/tinh\/ly-lich-tu-phap\.yaml:\d+:1: lỗi .+\(schema\)$/m);
    expect(vi.stderr).toContain(
      'procmap: ghi chú: 1 tệp ở bản gốc không đọc được nên không so sánh được; báo cáo ghi các quy trình trong đó ở bản sửa là không đọc được bản gốc (không phải thêm mới), và xét chúng như quy trình mới. Không cần sửa bản gốc: diff chỉ dừng vì lỗi ở bản sửa\n',
    );
    expect(vi.stderr).not.toContain('hãy sửa');
    // Not "Thêm quy trình": the base may well have held the procedure, in a file procmap could not read.
    expect(vi.stdout).toMatch(
      /^QT-TP-01 Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam \(procedures\/tinh\/ly-lich-tu-phap\.yaml\)\n  thông tin     Không đọc được tệp ở bản gốc  không so sánh được: tệp HEAD:procedures\/tinh\/ly-lich-tu-phap\.yaml ở bản gốc không đọc được \(\d+:1: .+\), nên không biết quy trình là mới hay đã sửa\n\n1 quy trình thay đổi: 0 nghiêm trọng, 0 cảnh báo, 1 thông tin\n$/,
    );
    expect(vi.stdout).not.toContain('Thêm quy trình');
    for (const format of ['markdown', 'text']) {
      const report = join(repair, `report-${format}`);
      const written = await runCli(['diff', '--since', 'HEAD', '--lang', 'en', '--format', format, '-o', report], {
        cwd: repair,
      });
      expect(written.code).toBe(0);
      const text = readFileSync(report, 'utf8');
      expect(text).toContain('Base file could not be read');
      expect(text).toContain(
        'not compared: the base file HEAD:procedures/tinh/ly-lich-tu-phap.yaml could not be read (',
      );
      expect(text).not.toContain('Procedure added');
      rmSync(report);
    }
    const en = await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'procedures', '--format', 'json'], {
      cwd: repair,
    });
    expect(en.code).toBe(0);
    expect(summary(changesOf(en.stdout))).toEqual([
      'info procedure-added QT-TP-01 - → Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    ]);
    expect(en.stderr).toMatch(/\nprocmap: note: 1 file of the base cannot be read, so it is not compared; .+\n$/);
    // Broken in the revision: no report, exit 1, and the message says which side to fix.
    const broken = await runCli(['diff', '--lang', 'en', 'procedures', 'HEAD:procedures'], { cwd: repair });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(
      /^HEAD:procedures\/tinh\/ly-lich-tu-phap\.yaml:\d+:1: error .+\(schema\)\nprocmap: 1 problem in the files of the revision; fix them \(procmap lint\) and run the diff again\n$/,
    );
  });

  describe('hostile and wrong revisions are refused or reported, never run', () => {
    const marker = () => join(scratch, 'pwned');
    const cases: [string, string[], RegExp][] = [
      [
        'an option as a side',
        ['diff', '--lang', 'en', '--upload-pack=touch MARKER:procedures', 'HEAD:procedures'],
        /unknown option '--upload-pack=touch/,
      ],
      [
        'an option as a revision after --',
        ['diff', '--lang', 'en', '--', '--upload-pack=touch MARKER:procedures', 'HEAD:procedures'],
        /Revision "--upload-pack=touch .*pwned" starts with "-"; procmap does not pass options to git/,
      ],
      ['an option through --since', ['diff', '--lang', 'en', '--since=--output=MARKER'], /starts with "-"/],
      [
        'a shell separator',
        ['diff', '--lang', 'en', 'HEAD;touch MARKER:procedures', 'HEAD:procedures'],
        /Cannot read revision "HEAD;touch .*pwned": the repository has no branch, tag or commit of that name/,
      ],
      [
        'a command substitution',
        ['diff', '--lang', 'en', '--since', '$(touch MARKER)'],
        /Cannot read revision "\$\(touch .*pwned\)": the repository has no branch, tag or commit of that name/,
      ],
      [
        'a control character',
        ['diff', '--lang', 'en', 'HEAD\nx:procedures', 'HEAD:procedures'],
        /Revision "HEAD\\nx" contains control characters/,
      ],
      [
        'a revision that does not exist',
        ['diff', '--lang', 'en', 'no-such-branch:procedures', 'HEAD:procedures'],
        /Cannot read revision "no-such-branch": the repository has no branch, tag or commit of that name$/m,
      ],
      [
        'a path missing at the revision',
        ['diff', '--lang', 'en', 'HEAD:nowhere', 'HEAD:procedures'],
        /Path "nowhere" does not exist at revision "HEAD"/,
      ],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const result = await runCli(
        args.map((arg) => arg.replace('MARKER', marker())),
        { cwd: repo },
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(existsSync(marker())).toBe(false);
    });
  });

  it('says a revision missing from a shallow clone is not fetched, and how to fetch it', async () => {
    const shallow = join(scratch, 'shallow');
    git(['clone', '-q', '--depth', '1', `file://${repo}`, shallow], scratch);
    const vi = await runCli(['diff', '--since', 'HEAD~1'], { cwd: shallow });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'procmap: Không đọc được phiên bản "HEAD~1": bản sao kho git này không có commit nào như vậy. Bản sao kho git này là bản sao nông (shallow clone, chỉ có các commit gần nhất) nên không có các phiên bản cũ hơn: hãy chạy `git fetch --unshallow`, hoặc trong GitHub Actions đặt `fetch-depth: 0` cho actions/checkout (trong GitLab CI, `GIT_DEPTH: 0`)\n',
    );
    const en = await runCli(['diff', '--lang', 'en', '--since', 'HEAD~1'], { cwd: shallow });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('This clone of the repository is shallow');
    expect(en.stderr).toContain('`git fetch --unshallow`');
    // A full clone's missing revision is a name git does not know, nothing more.
    const full = await runCli(['diff', '--lang', 'en', '--since', 'no-such-branch'], { cwd: repo });
    expect(full.stderr).not.toContain('shallow');
  });

  it('fails with exit 2 outside a repository and without git', async () => {
    const outside = await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'HEAD:procedures'], { cwd: tmpdir() });
    expect(outside.code).toBe(2);
    // procmap's words, git's own text only as a detail after them (it was git's text alone, in every language).
    expect(outside.stderr).toBe(
      'procmap: Cannot read git revisions here: this folder is in no git repository (run procmap inside a clone of the repository) (git: not a git repository (or any of the parent directories): .git)\n',
    );
    const vi = await runCli(['diff', 'HEAD:procedures', 'HEAD:procedures'], { cwd: tmpdir() });
    expect(vi).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không đọc được phiên bản git ở đây: thư mục này không nằm trong kho git nào (hãy chạy procmap trong một bản sao của kho git) (git: not a git repository (or any of the parent directories): .git)\n',
    });
    const noGit = await runCli(['diff', '--lang', 'en', '--since', 'HEAD'], {
      cwd: repo,
      env: { PATH: join(scratch, 'empty-bin') },
    });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toBe('procmap: git is not installed or not on the PATH; reading a revision needs git\n');
  });

  it('refuses two sides that hold no procedure file, as every command refuses such a path; one empty side is valid', async () => {
    const [empty1, empty2] = [join(scratch, 'empty-1'), join(scratch, 'empty-2')];
    mkdirSync(empty1, { recursive: true });
    mkdirSync(empty2, { recursive: true });
    writeFileSync(join(empty2, 'notes.txt'), 'không phải quy trình\n');
    const nothing = await runCli(['diff', '--fail-on', 'info', 'empty-1', 'empty-2'], { cwd: scratch });
    expect(nothing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không có tệp quy trình (.yaml, .yml) nào trong "empty-1", "empty-2"\n',
    });
    const missing = await runCli(['diff', '--lang', 'en', 'empty-1', 'no-such-folder'], { cwd: scratch });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^procmap: Path "no-such-folder" does not exist/);
    const added = await runCli(['diff', '--lang', 'en', '--format', 'json', empty1, join(CATALOG, 'base')]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(new Set(changesOf(added.stdout).map((c) => c.kind))).toEqual(new Set(['procedure-added']));
  });

  it('refuses bad usage', async () => {
    expect((await runCli(['diff', '--lang', 'en', 'only-one'], { cwd: repo })).code).toBe(2);
    expect(
      (
        await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'HEAD:procedures', '--fail-on', 'fatal'], {
          cwd: repo,
        })
      ).code,
    ).toBe(2);
    const format = await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'HEAD:procedures', '--format', 'xml'], {
      cwd: repo,
    });
    expect(format.stderr).toBe('procmap: Unknown format "xml"; use one of: text, markdown, json\n');
  });
});

describe('procmap diff of step ids in other letter case', () => {
  // "nhan" in one revision and "Nhan" in the next is one step to an officer (import keeps the file's id so): an id change
  // at most, never a step removed and another added with what that says of the time limit. (A step number in other
  // letter case, "b1" and "B1", is no change at all: see diff-class.test.ts.)
  const FIXTURE = 'test/diff/fixtures/step-renamed-id-case';

  it('pairs them as one step, renamed or not, and says the id changed only in its case', async () => {
    const result = await runCli(['diff', `${FIXTURE}/base.yaml`, `${FIXTURE}/revision.yaml`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `QT-HT-21 Chứng thực chữ ký (${`${FIXTURE}/revision.yaml`})`,
        '  thông tin     Lần ban hành: 1 → 2',
        '  thông tin     Đổi mã bước (bước 1 «Tiếp nhận hồ sơ»): nhan → Nhan  cùng bước, mã chỉ khác chữ hoa, chữ thường',
        '  thông tin     Đổi tên bước (bước 1): Tiếp nhận → Tiếp nhận hồ sơ',
        '  thông tin     Đổi mã bước (bước 2 «Thẩm định»): tham-dinh → Tham-dinh  cùng bước, mã chỉ khác chữ hoa, chữ thường',
        '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 2  theo dõi sửa đổi chưa có mục cho lần ban hành 2',
        '',
        '1 quy trình thay đổi: 0 nghiêm trọng, 1 cảnh báo, 4 thông tin',
        '',
      ].join('\n'),
    );
  });

  it('says it in English', async () => {
    const result = await runCli(['diff', '--lang', 'en', `${FIXTURE}/base.yaml`, `${FIXTURE}/revision.yaml`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'Step id changed (step 1 "Tiếp nhận hồ sơ"): nhan → Nhan  same step, its id in other letter case\n',
    );
    expect(result.stdout).not.toMatch(/Step (added|removed)/);
  });
});

describe('procmap diff of procedure ids in other letter case', () => {
  // "qt-ht-22" in one revision and "QT-HT-22" in the next is one procedure, as for steps: never a procedure removed
  // (breaking) and another added.
  const FIXTURE = 'test/diff/fixtures/field-changed-procedure-id-case';

  it('pairs them as one procedure and says the id changed only in its case, at info level', async () => {
    const args = ['diff', '--fail-on', 'warning', `${FIXTURE}/base.yaml`, `${FIXTURE}/revision.yaml`];
    const result = await runCli(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `QT-HT-22 Chứng thực chữ ký (${FIXTURE}/revision.yaml)`,
        '  thông tin     Thay đổi: Mã hiệu (id): qt-ht-22 → QT-HT-22  cùng quy trình, mã chỉ khác chữ hoa, chữ thường',
        '  thông tin     Lần ban hành: 1 → 2',
        '  thông tin     Đổi tên bước (bước 2): Thẩm định → Thẩm định hồ sơ',
        '',
        '1 quy trình thay đổi: 0 nghiêm trọng, 0 cảnh báo, 3 thông tin',
        '',
      ].join('\n'),
    );
  });

  it('says it in English', async () => {
    const result = await runCli(['diff', '--lang', 'en', `${FIXTURE}/base.yaml`, `${FIXTURE}/revision.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Changed: id: qt-ht-22 → QT-HT-22  same procedure, its id in other letter case\n');
    expect(result.stdout).not.toMatch(/Procedure (added|removed)/);
  });
});

describe('procmap diff of a procedure id whose Đ was restored', () => {
  // "QT-DKKD-01", as an earlier --fix wrote it, then "QT-ĐKKD-01" as the decision writes it: one procedure, its files
  // named alike (idFileKey), never a procedure removed (breaking) and another added.
  const FIXTURE = 'test/diff/fixtures/field-changed-procedure-id-dj';
  const args = [`${FIXTURE}/base.yaml`, `${FIXTURE}/revision.yaml`];

  it('pairs them as one procedure and says only the id’s spelling changed, at info level', async () => {
    const result = await runCli(['diff', '--fail-on', 'warning', ...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `QT-ĐKKD-01 Đăng ký thành lập hộ kinh doanh (${FIXTURE}/revision.yaml)`,
        '  thông tin     Thay đổi: Mã hiệu (id): QT-DKKD-01 → QT-ĐKKD-01  cùng quy trình, mã chỉ khác cách viết Đ, D',
        '  thông tin     Lần ban hành: 1 → 2',
        '  thông tin     Thay đổi: Ngày hiệu lực (effective): 01/07/2025 → 01/12/2025',
        '',
        '1 quy trình thay đổi: 0 nghiêm trọng, 0 cảnh báo, 3 thông tin',
        '',
      ].join('\n'),
    );
  });

  it('says it in English, in Markdown and in JSON', async () => {
    const text = await runCli(['diff', '--lang', 'en', ...args]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Changed: id: QT-DKKD-01 → QT-ĐKKD-01  same procedure, its id spelled with Đ or D\n');
    expect(text.stdout).not.toMatch(/Procedure (added|removed)/);
    const markdown = await runCli(['diff', '--lang', 'en', '-f', 'markdown', ...args]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      '| ℹ️ info | `QT-ĐKKD-01` | Changed: id | QT-DKKD-01 | QT-ĐKKD-01 |  | same procedure, its id spelled with Đ or D |\n',
    );
    const json = await runCli(['diff', '-f', 'json', ...args]);
    expect(json.code).toBe(0);
    const changes = JSON.parse(json.stdout).changes as { kind: string; reason: string; level: string }[];
    expect(changes[0]).toMatchObject({ kind: 'field-changed', reason: 'id-spelling', level: 'info' });
    expect(changes.map((change) => change.kind)).not.toContain('procedure-removed');
  });
});

describe('procmap diff of a revision whose flow lint rejects', () => {
  const FLOW = fileURLToPath(new URL('fixtures/diff-uncountable', import.meta.url));
  // Each revision breaks a rule the time analysis depends on: counted anyway, it read as a shorter procedure.
  const cases: [string, string][] = [
    ['step-removed', '91:27: error Next step "refuse" does not exist: write the id of a step of this procedure'],
    ['typo', '98:12: error Next step "retrun" does not exist; did you mean "return"? (known-step)'],
    ['cycle', '98:11: error The flow loops: appraise → approve → appraise;'],
    ['unknown-body', '94:11: error Body "LDSN" is not declared in `bodies`;'],
    ['no-time', '95:15: error Step "approve" takes no time (0h);'],
    ['unreachable', '81:9: error Step "appraise" cannot be reached from the first step "receive" (reachable)'],
  ];

  it.each(cases)('refuses %s as it refuses a schema error, and fails the gate', async (name, problem) => {
    const revision = join(FLOW, name);
    const result = await runCli(['diff', '--lang', 'en', join(FLOW, 'base'), revision, '--fail-on', 'breaking']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`diff-uncountable/${name}/cap-giay-phep-lao-dong.yaml:${problem}`);
    expect(result.stderr).toMatch(/\nprocmap: \d problems? in the files of the revision; fix them \(procmap lint\)/);
  });

  it('leaves the same file out of the base with a note, never failing the gate that repairs it', async () => {
    const result = await runCli(['diff', join(FLOW, 'step-removed'), join(FLOW, 'base'), '--fail-on', 'breaking']);
    expect(result.code).toBe(0);
    // The file was read: its flow is what is wrong, so it "has errors", never "could not be read".
    expect(result.stderr).toContain(
      '(known-step)\nprocmap: ghi chú: 1 tệp ở bản gốc có lỗi nên không so sánh được; báo cáo ghi điều đó ở các quy trình tương ứng của bản sửa (không ghi là thêm mới), và xét chúng như quy trình mới.',
    );
    expect(result.stderr).not.toContain('không đọc được');
    // Not "added": the base held it, in a file whose flow could not be counted.
    expect(result.stdout).toContain(
      'thông tin     Tệp ở bản gốc có lỗi  không so sánh được: tệp test/cli/fixtures/diff-uncountable/step-removed/cap-giay-phep-lao-dong.yaml ở bản gốc có lỗi (91:27: Bước tiếp theo "refuse" không tồn tại: hãy ghi mã của một bước trong quy trình (receive, appraise, approve, return)), nên không so sánh được gì của quy trình với bản gốc; quy trình được xét như quy trình mới\n',
    );
    expect(result.stdout).not.toContain('không đọc được');
    const en = await runCli(['diff', '--lang', 'en', join(FLOW, 'step-removed'), join(FLOW, 'base'), '-f', 'json']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('(known-step)\nprocmap: note: 1 file of the base has errors, so it is not compared;');
    expect(JSON.parse(en.stdout).changes[0].unreadableBase).toEqual({
      file: 'test/cli/fixtures/diff-uncountable/step-removed/cap-giay-phep-lao-dong.yaml',
      problem: expect.stringMatching(/^91:27: Next step "refuse" does not exist/),
      parsed: true,
    });
    const text = await runCli(['diff', '--lang', 'en', join(FLOW, 'step-removed'), join(FLOW, 'base')]);
    expect(text.stdout).toContain(
      'info      Base file has errors  not compared: the base file test/cli/fixtures/diff-uncountable/step-removed/cap-giay-phep-lao-dong.yaml has errors (91:27: Next step "refuse" does not exist',
    );
    expect(text.stdout).toContain(
      '), so nothing of the procedure is compared with the base; it is judged as a new one\n',
    );
  });
});

describe('procmap diff judges each revision with its own configuration', () => {
  const CALENDAR = fileURLToPath(new URL('fixtures/diff-calendar', import.meta.url));
  const FILE = 'procedures/cap-lai-chung-chi-hanh-nghe-duoc.yaml';
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-config-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(CALENDAR, 'base'), join(repo, 'procedures'), { recursive: true });
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'base: 8 office hours a day'], repo);
    // Only the office hours change: 7 h a day, which 8 h of steps against a limit of 1 working day overrun.
    cpSync(join(CALENDAR, 'revision', 'procmap.config.yaml'), join(repo, 'procedures', 'procmap.config.yaml'));
    git(['commit', '-q', '-am', 'office hours of the province'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const LINE =
    'breaking  Office hours (configuration): 07:30-11:30, 13:00-17:00 (8 working hours a day) → 07:30-11:30, 13:30-16:30 (7 working hours a day)  now over the time limit of 1 working day by 1 working hour';

  it('finds a procedure the new office hours put over its limit breaking, whatever the checkout holds', async () => {
    const args = ['diff', '--lang', 'en', 'HEAD~1:procedures', 'HEAD:procedures', '--fail-on', 'breaking'];
    const result = await runCli(args, { cwd: repo });
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`\n  ${LINE}\n`);
    // The working tree's configuration, whatever it says, judges neither revision.
    cpSync(join(CALENDAR, 'base', 'procmap.config.yaml'), join(repo, 'procedures', 'procmap.config.yaml'));
    expect(await runCli(args, { cwd: repo })).toEqual(result);
    git(['checkout', '-q', '--', '.'], repo);
    // Folders on disk: each side's configuration is found from its folder, as lint finds it.
    const folders = await runCli(['diff', '--lang', 'en', join(CALENDAR, 'base'), join(CALENDAR, 'revision')]);
    expect(folders).toMatchObject({ code: 0, stderr: '' });
    expect(folders.stdout).toContain(`\n  ${LINE}\n`);
    // The other way the steps are back within their limit: information.
    const back = await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'HEAD~1:procedures'], { cwd: repo });
    expect(back.stdout).toContain('info      Office hours (configuration): ');
    expect(back.stdout).toContain('the steps are now within the time limit of 1 working day');
  });

  it('counts each side of a total on its own working day, as time does at each revision', async () => {
    const file = join(repo, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: 3h', 'duration: 1d'));
    git(['commit', '-q', '-am', 'appraise takes a day'], repo);
    const result = await runCli(['diff', '--lang', 'en', `HEAD~2:${FILE}`, `HEAD:${FILE}`], { cwd: repo });
    expect(result.code).toBe(0);
    // 8 h on a day of 8 h; 2 h + 1 day of 7 h + 2 h + 1 h on a day of 7 h.
    expect(result.stdout).toContain(
      'Total time (critical path): 1 working day (8 h) → 1.71 working days (12 h)  +0.71 working days (+4 h)  now over the time limit of 1 working day',
    );
    expect(result.stdout).toContain(
      'Step duration (step 2 "Thẩm định, in dự thảo Chứng chỉ hành nghề dược"): 3 working hours → 1 working day  +4 working hours',
    );
    // Over the limit on either calendar: the steps put it over, not the office hours.
    expect(result.stdout).not.toContain('Office hours');
  });
});

describe('procmap diff of a change that repairs the configuration', () => {
  const CALENDAR = fileURLToPath(new URL('fixtures/diff-calendar', import.meta.url));
  const FILE = 'procedures/cap-lai-chung-chi-hanh-nghe-duoc.yaml';
  const CONFIG = 'procedures/procmap.config.yaml';
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-repair-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(CALENDAR, 'revision'), join(repo, 'procedures'), { recursive: true });
    // Committed broken: a misspelt `extends`, then office hours past midnight.
    writeFileSync(join(repo, CONFIG), 'lang: vi\nextends: recomended\n');
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'misspelt extends'], repo);
    writeFileSync(
      join(repo, CONFIG),
      'lang: vi\nextends: recommended\ncalendar:\n  hours: ["07:30-11:30", "16:30-13:30"]\n',
    );
    git(['commit', '-q', '-am', 'hours past midnight'], repo);
    // The repair, with a step shortened in the same commit: 8 h of steps on days of 7 h fit the limit again.
    cpSync(join(CALENDAR, 'revision', 'procmap.config.yaml'), join(repo, CONFIG));
    const file = join(repo, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: 3h', 'duration: 2h'));
    git(['commit', '-q', '-am', 'repair'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const NOTE =
    "procmap: note: the base's configuration cannot be used, so the base is judged with the revision's configuration (HEAD:procedures/procmap.config.yaml). The base needs no fixing: only problems in the revision stop the diff";

  it("judges the base with the revision's configuration, with a note, and never stops the gate", async () => {
    const args = ['diff', '--lang', 'en', 'HEAD~2:procedures', 'HEAD:procedures', '--fail-on', 'breaking'];
    const result = await runCli(args, { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Invalid configuration:\nHEAD~2:procedures\/procmap\.config\.yaml:2:10: "extends" [^\n]+"recomended"\n/,
    );
    expect(result.stderr.split('\n').slice(2)).toEqual([NOTE, '']);
    // Both sides on the revision's days of 7 h: 8 h of steps before, 7 h now.
    expect(result.stdout).toBe(
      'QT-SYT-DUOC-04 Cấp lại Chứng chỉ hành nghề dược do bị mất hoặc hư hỏng (thực hiện theo cơ chế "4 tại chỗ") (HEAD:procedures/cap-lai-chung-chi-hanh-nghe-duoc.yaml)\n' +
        '  info      Total time (critical path): 1.14 working days (8 h) → 1 working day (7 h)  -1 working hour  shorter, now within the time limit of 1 working day\n' +
        '  info      Step duration (step 2 "Thẩm định, in dự thảo Chứng chỉ hành nghề dược"): 3 working hours → 2 working hours  -1 working hour  shorter\n' +
        '  warning   Revision not recorded: 1 → 1  content changed but the revision did not rise\n' +
        '\n1 procedure changed: 0 breaking, 1 warning, 2 info\n',
    );
    // A configuration that parses but whose calendar makes no sense (a span that ends before it starts, which no
    // schema can tell) is as unusable; in Vietnamese, from --since.
    const vi = await runCli(['diff', '--since', 'HEAD~1', 'procedures', '--fail-on', 'breaking'], { cwd: repo });
    expect(vi.code).toBe(0);
    expect(vi.stderr).toMatch(
      /^Cấu hình không hợp lệ:\nHEAD~1:procedures\/procmap\.config\.yaml:4:26: "16:30-13:30" [^\n]+\n/,
    );
    expect(vi.stderr.split('\n').slice(2)).toEqual([
      'procmap: ghi chú: không dùng được tệp cấu hình của bản gốc nên bản gốc được tính theo cấu hình của bản sửa (procedures/procmap.config.yaml). Không cần sửa bản gốc: diff chỉ dừng vì lỗi ở bản sửa',
      '',
    ]);
  });

  it('still stops on a configuration broken in the revision, whatever the base holds', async () => {
    const result = await runCli(['diff', '--lang', 'en', 'HEAD:procedures', 'HEAD~2:procedures'], { cwd: repo });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(
      /^procmap: Invalid configuration:\nHEAD~2:procedures\/procmap\.config\.yaml:2:10: "extends" [^\n]+\n$/,
    );
    const both = await runCli(['diff', '--lang', 'en', 'HEAD~1:procedures', 'HEAD~2:procedures'], { cwd: repo });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('HEAD~2:procedures/procmap.config.yaml:2:10: ');
    expect(both.stderr).not.toContain('HEAD~1:');
  });
});

describe("procmap diff orders limits in different units on each side's calendar", () => {
  const UNITS = fileURLToPath(new URL('fixtures/diff-calendar-units', import.meta.url));
  const [BASE, REVISION] = [join(UNITS, 'base'), join(UNITS, 'revision')];
  const TITLE =
    'QT-SYT-DUOC-04 Cấp lại Chứng chỉ hành nghề dược do bị mất hoặc hư hỏng (thực hiện theo cơ chế "4 tại chỗ")';
  const BUMP = '  warning   Revision not recorded: 1 → 1  content changed but the revision did not rise\n';

  it("says a limit longer on the revision's calendar and shorter on the base's is the calendar's doing, either way", async () => {
    // 14 calendar days → 11 working days as Saturday mornings are dropped: shorter on six office days a week,
    // longer on five. Neither "raised" nor "shorter" holds on both calendars.
    const result = await runCli(['diff', '--lang', 'en', BASE, REVISION, '--fail-on', 'breaking']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `${TITLE} (test/cli/fixtures/diff-calendar-units/revision/cap-lai-chung-chi-hanh-nghe-duoc.yaml)\n` +
        "  warning   Time limit: 14 calendar days → 11 working days  longer on the revision's working calendar, shorter on the base's: the calendar's change decides; check the law\n" +
        BUMP +
        '\n1 procedure changed: 0 breaking, 2 warnings, 0 info\n',
    );
    // The other way round it is the same change of calendar, never a raised limit both ways.
    const back = await runCli(['diff', REVISION, BASE, '--format', 'json']);
    expect(back).toMatchObject({ code: 0, stderr: '' });
    expect(changesOf(back.stdout)[0]).toMatchObject({
      kind: 'time-limit-changed',
      level: 'warning',
      reason: 'calendar-decides',
      before: '11d',
      after: '14cd',
    });
    const vi = await runCli(['diff', REVISION, BASE]);
    expect(vi.stdout).toContain(
      '  cảnh báo      Thời hạn giải quyết: 11 ngày làm việc → 14 ngày (lịch)  dài hơn theo lịch làm việc bản sửa, ngắn hơn theo lịch bản gốc: do lịch làm việc thay đổi; kiểm tra căn cứ pháp lý\n',
    );
  });

  it('still calls a limit longer on both calendars raised, and orders on the one calendar --calendar gives', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-units-'));
    try {
      cpSync(UNITS, scratch, { recursive: true });
      const file = join(scratch, 'revision', 'cap-lai-chung-chi-hanh-nghe-duoc.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('time_limit: 11d', 'time_limit: 15d'));
      const raised = await runCli(['diff', '--lang', 'en', 'base', 'revision', '--fail-on', 'breaking'], {
        cwd: scratch,
      });
      expect(raised).toMatchObject({ code: 1, stderr: '' });
      expect(raised.stdout).toContain(
        '  breaking  Time limit: 14 calendar days → 15 working days  limit raised: applicants wait longer; check that the law allows it\n',
      );
      // One calendar for both sides: on it, 11 working days of five office days a week are longer.
      writeFileSync(file, readFileSync(file, 'utf8').replace('time_limit: 15d', 'time_limit: 11d'));
      writeFileSync(join(scratch, 'calendar.yaml'), 'public_holidays: none\n');
      const one = await runCli(['diff', '--lang', 'en', 'base', 'revision', '--calendar', 'calendar.yaml'], {
        cwd: scratch,
      });
      expect(one).toMatchObject({ code: 0, stderr: '' });
      expect(one.stdout).toContain('  breaking  Time limit: 14 calendar days → 11 working days  limit raised');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('procmap diff words fields and times as documents print them', () => {
  // Pairs that classify alone judges are diff fixtures (with their JSON); those the calendar's sweep judges are here.
  const DIFF_FIXTURES = fileURLToPath(new URL('../diff/fixtures/', import.meta.url));
  const CLI_FIXTURES = fileURLToPath(new URL('fixtures/diff-words/', import.meta.url));
  const FIXTURES = (fixture: string) => (existsSync(join(DIFF_FIXTURES, fixture)) ? DIFF_FIXTURES : CLI_FIXTURES);
  const sides = (fixture: string) => [join(fixture, 'base.yaml'), join(fixture, 'revision.yaml')];
  const head = (fixture: string) =>
    `QT-CT-01 Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận (${join(fixture, 'revision.yaml')})\n`;

  it('names a field by its heading and key, not an English gloss, and prints its value as the document does', async () => {
    const vi = await runCli(['diff', ...sides('field-changed-printed')], { cwd: FIXTURES('field-changed-printed') });
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(
      head('field-changed-printed') +
        '  thông tin     Thay đổi: Mã TTHC (code): 2.000815 → 2.000908\n' +
        '  thông tin     Thay đổi: Ngày hiệu lực (effective): 15/10/2025 → 01/01/2026\n' +
        '  cảnh báo      Thay đổi: Cấp thực hiện (level): Cấp xã → Cấp tỉnh\n' +
        '  cảnh báo      Thay đổi: Cơ quan thực hiện (agency): UBND phường Kinh Bắc → UBND xã Kinh Bắc\n' +
        '  cảnh báo      Thay đổi: 4 tại chỗ (four_on_the_spot): Không → Có\n' +
        '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng\n\n' +
        '1 quy trình thay đổi: 0 nghiêm trọng, 4 cảnh báo, 2 thông tin\n',
    );
    const en = await runCli(['diff', '--lang', 'en', ...sides('field-changed-printed')], {
      cwd: FIXTURES('field-changed-printed'),
    });
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('  info      Changed: effective: 15/10/2025 → 01/01/2026\n');
    expect(en.stdout).toContain('  warning   Changed: level: Commune → Province\n');
    expect(en.stdout).toContain('  warning   Changed: four_on_the_spot: No → Yes\n');
  });

  it('words a time under a day and its change one way: hours and minutes, the difference to the minute', async () => {
    const vi = await runCli(['diff', ...sides('total-changed-minutes')], { cwd: FIXTURES('total-changed-minutes') });
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(
      head('total-changed-minutes') +
        '  nghiêm trọng  Tổng thời gian (đường găng): 1 giờ 45 phút làm việc → 2 giờ 1 phút làm việc  +16 phút làm việc  nay vượt thời hạn giải quyết trong ngày: trễ hạn với hồ sơ tiếp nhận vào 305/305 ngày làm việc, chậm nhất muộn 1 phút làm việc\n' +
        '  cảnh báo      Thời gian của bước (bước 2 «Đối chiếu bản sao với bản chính, ghi lời chứng»): 45 phút làm việc → 1 giờ 1 phút làm việc  +16 phút làm việc  dài hơn\n' +
        '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng\n\n' +
        '1 quy trình thay đổi: 1 nghiêm trọng, 2 cảnh báo, 0 thông tin\n',
    );
    // In English a same-day limit is "the same-day time limit", the overrun in working time as every other is.
    const en = await runCli(['diff', '--lang', 'en', ...sides('total-changed-minutes')], {
      cwd: FIXTURES('total-changed-minutes'),
    });
    expect(en.stdout).toContain(
      '+16 working minutes  now over the same-day time limit: late for receipts on 305 of 305 working days, at worst by 1 working minute\n',
    );
  });

  it('says a total the same on both sides once, without a difference of nothing in days', async () => {
    const vi = await runCli(['diff', ...sides('total-changed-cutoff-only')], {
      cwd: FIXTURES('total-changed-cutoff-only'),
    });
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      '  nghiêm trọng  Tổng thời gian (đường găng): 1 giờ 45 phút làm việc  nay vượt thời hạn giải quyết trong ngày: trễ hạn với hồ sơ tiếp nhận vào 305/305 ngày làm việc, chậm nhất muộn 1 giờ 15 phút làm việc\n',
    );
    expect(vi.stdout).not.toContain('±0');
  });

  it('says by how much an overrun grew: the overrun before and after', async () => {
    const en = await runCli(
      ['diff', '--lang', 'en', ...sides('total-changed-over-limit-grew'), '--fail-on', 'breaking'],
      { cwd: FIXTURES('total-changed-over-limit-grew') },
    );
    expect(en.stderr).toBe('');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  breaking  Total time (critical path): 1 working hour 45 minutes → 2 working hours 1 minute  +16 working minutes  already over the time limit of 1 working hour, now over it by more: by 45 working minutes before, 1 working hour 1 minute now\n',
    );
    const vi = await runCli(['diff', ...sides('total-changed-over-limit-grew')], {
      cwd: FIXTURES('total-changed-over-limit-grew'),
    });
    expect(vi.stdout).toContain(
      'đã vượt thời hạn giải quyết 1 giờ làm việc từ trước, nay vượt nhiều hơn: trước vượt 45 phút làm việc, nay vượt 1 giờ 1 phút làm việc\n',
    );
  });

  // 01 tháng → 30 ngày lịch: late on one more day of a few more tried, but by 8 hours less at worst. "Over it by more"
  // hid both figures; each side's are lint's, in lint's days and hours (31 h 59 min is 3 days 7 h 59 min), and the
  // report says which grew and which shrank.
  it('gives both sides of an overrun that dates decide, and which figure grew and which shrank', async () => {
    const fixture = 'over-on-dates-mixed';
    const vi = await runCli(['diff', ...sides(fixture), '--fail-on', 'breaking'], { cwd: FIXTURES(fixture) });
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      '  nghiêm trọng  Tổng thời gian (đường găng): 19 ngày làm việc (152 giờ)  đã vượt thời hạn giải quyết 1 tháng từ trước, nay vượt thời hạn giải quyết 30 ngày (lịch) nhiều hơn: trước trễ hạn với hồ sơ tiếp nhận vào 23/334 ngày làm việc, chậm nhất muộn 4 ngày làm việc (32 giờ); nay 24/335 ngày, chậm nhất muộn 3 ngày làm việc (24 giờ): tỉ lệ ngày trễ hạn tăng, chậm nhất muộn ít hơn\n',
    );
    expect(vi.stdout).not.toContain('nay vượt nhiều hơn');
    const en = await runCli(['diff', '--lang', 'en', ...sides(fixture)], { cwd: FIXTURES(fixture) });
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      '  breaking  Total time (critical path): 19 working days (152 h)  already over the time limit of 1 month before, now over the time limit of 30 calendar days by more: before, late for receipts on 23 of 334 working days, at worst by 4 working days (32 h); now on 24 of 335, at worst by 3 working days (24 h): late on a larger share of days, less late at worst\n',
    );
  });
});

// One side of a diff is counted in one working day: files under two configurations (`--since REV a b`, or a catalog
// with its own inside the folder given) were judged with the first path's, silently. They are refused, both named.
describe('procmap diff of files under two configurations', () => {
  const SIDE = fileURLToPath(new URL('../fixtures/catalogs-side-by-side', import.meta.url));
  const CALENDAR = fileURLToPath(new URL('fixtures/diff-calendar', import.meta.url));
  let scratch: string;
  let repo: string;
  let inner: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-two-configs-'));
    repo = join(scratch, 'repo');
    for (const catalog of ['so-tu-phap', 'xa-an-binh'])
      cpSync(join(SIDE, catalog), join(repo, catalog), { recursive: true });
    git(['init', '-q', '-b', 'main'], repo);
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'two catalogs'], repo);
    const file = join(repo, 'xa-an-binh', 'quy-trinh.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: 4h', 'duration: 5h'));
    // A catalog whose configuration sits in its own folder, below the one the diff is run from.
    inner = join(scratch, 'inner');
    cpSync(join(CALENDAR, 'base'), join(inner, 'procedures'), { recursive: true });
    git(['init', '-q', '-b', 'main'], inner);
    git(['add', '-A'], inner);
    git(['commit', '-q', '-m', 'base: 8 office hours a day'], inner);
    cpSync(join(CALENDAR, 'revision', 'procmap.config.yaml'), join(inner, 'procedures', 'procmap.config.yaml'));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const refusal = (a: string, b: string) =>
    `procmap: "${a}/quy-trinh.yaml" comes under "${a}/procmap.config.yaml" and "${b}/quy-trinh.yaml" under no configuration (procmap's defaults): one run of procmap diff cannot count with two configurations. Run procmap diff once per catalog\n`;

  it('refuses them with exit 2, naming both configurations, on disk and at a revision', async () => {
    for (const args of [
      ['--since', 'HEAD', 'so-tu-phap', 'xa-an-binh'],
      ['--since', 'HEAD'],
      ['HEAD:.', '.'],
    ])
      expect(await runCli(['diff', '--lang', 'en', ...args], { cwd: repo })).toEqual({
        code: 2,
        stdout: '',
        stderr: refusal('so-tu-phap', 'xa-an-binh'),
      });
    expect(await runCli(['diff', '--lang', 'en', '.', 'HEAD:.'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: refusal('HEAD:so-tu-phap', 'HEAD:xa-an-binh'),
    });
    // In the order the paths are given, in Vietnamese.
    const vi = await runCli(['diff', '--since', 'HEAD', 'xa-an-binh', 'so-tu-phap'], { cwd: repo });
    expect(vi).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: "xa-an-binh/quy-trinh.yaml" theo không có tệp cấu hình nào (mặc định của procmap) còn "so-tu-phap/quy-trinh.yaml" theo "so-tu-phap/procmap.config.yaml": một lần chạy procmap diff không tính theo hai cấu hình được. Hãy chạy procmap diff riêng cho từng bộ quy trình\n',
    });
  });

  it('compares each catalog run on its own, and any with --config', async () => {
    const one = await runCli(['diff', '--lang', 'en', '--since', 'HEAD', 'xa-an-binh'], { cwd: repo });
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout).toContain(
      'Step duration (Bước 1: Tiếp nhận và trả kết quả): 4 working hours → 5 working hours  +1 working hour',
    );
    const given = ['diff', '--lang', 'en', '--config', 'so-tu-phap/procmap.config.yaml', '--since', 'HEAD'];
    expect(await runCli(given, { cwd: repo })).toMatchObject({ code: 0, stdout: one.stdout, stderr: '' });
  });

  it('judges a catalog with the configuration in its own folder on both sides, as lint does', async () => {
    const LINE =
      'breaking  Office hours (configuration): 07:30-11:30, 13:00-17:00 (8 working hours a day) → 07:30-11:30, 13:30-16:30 (7 working hours a day)  now over the time limit of 1 working day by 1 working hour';
    for (const args of [
      ['--since', 'HEAD'],
      ['HEAD:.', '.'],
    ]) {
      const result = await runCli(['diff', '--lang', 'en', ...args], { cwd: inner });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(`\n  ${LINE}\n`);
    }
  });
});
