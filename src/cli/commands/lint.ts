import { docsUrl } from '../../docs-url.js';
import { type Command, Option } from '@commander-js/extra-typings';
import { type CommandContext, configOption, helpTexts, langOption, settled, type Settled } from '../define.js';
import type { RuleSettings } from '../../config/settings.js';
import { finishLint, lint, lintEachFile, type LintOptions, sortDiagnostics } from '../../lint/linter.js';
import { filesOfShard, parseShard } from '../../lint/shard.js';
import { LINT_FORMATTERS } from '../../format/index.js';
import { formatNamed } from '../format-names.js';
import type { FormatOptions } from '../../format/types.js';
import { fill, type Lang } from '../../i18n.js';
import { loadFile } from '../../model/load.js';
import type { Diagnostic } from '../../model/types.js';
import { RULES } from '../../rules/index.js';
import { takeCalendarDiagnostics, vietnamToday, parseAsOf } from '../../node/calendar-loader.js';
import { streamSources, unreadableDiagnostic } from '../../node/catalog-reader.js';
import { lintSettings } from '../../node/lint-settings.js';
import { EXIT, UsageError } from '../../errors.js';
import {
  displayPath,
  findCatalogFiles,
  isFolder,
  readProcedureFile,
  refuseNoProcedures,
  skippedInWalkOrder,
} from '../../node/files.js';
import { dirname } from 'node:path';
import { lookAlikeDiagnostics } from '../../node/look-alike-names.js';
import type { Io } from '../../node/io.js';
import { EXTENSIONS, singleOutputFile, useColor, writeReport } from '../../node/output.js';
import { reportInFolderRefusal } from '../../node/output-overlap.js';
import { runnableThreads } from '../../node/runnable-threads.js';
import { CHUNK_FILES, startLintWorkers, takeChunks, workerCount } from '../../lint/parallel.js';
import { parseWholeNumber } from '../whole-number.js';
import { noteHiddenFiles } from '../hidden-notes.js';

const TEXT = {
  en: {
    format: 'Unknown format "{format}"; use one of: {formats}',
    tooManyWarnings: '{warnings} warnings exceed --max-warnings {max}',
    shard: '--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4, not "{value}"',
    fixBoth: '--fix and --fix-dry-run cannot be used together',
    fixed: 'fixed {count} problems in {file}',
    fixedOne: 'fixed 1 problem in {file}',
    fixedMore:
      'fixed {count} problems in {file}: the {listed} lint reports, and {revealed} more that only showed once those were fixed',
    outside: 'not fixed: {file} is a link to a file outside the catalog; fix that file where it is',
    throughLink:
      'not fixed: {file} is reached through "{link}", a link to a folder outside the catalog, which procmap does not follow to write; to fix it, name the folder the link leads to: procmap lint --fix {target}',
    changed: 'not fixed: {file} was changed while procmap ran, and its changes are kept; run again',
    linked:
      'not fixed: {file} has another name too (a hard link), which would keep the old text; fix it by hand in an editor, or make it a file of its own (cp it to a new name, then move that over it)',
    failed: '{reason}; it is left as it was, not fixed',
    readOnlyFolder:
      'not fixed: {file}: its folder "{folder}" is read-only, and --fix saves a fixed file as a new copy in that folder; it is left as it was; make the folder writable and run again, or run without --fix to list the problems only',
    unsafe:
      'not fixed: {file}: its fixes together would leave it unreadable, so it is left as it was; fix the problems below by hand',
  },
  vi: {
    format: 'Không có định dạng "{format}"; hãy dùng một trong: {formats}',
    tooManyWarnings: '{warnings} cảnh báo, vượt --max-warnings {max}',
    shard: '--shard cần dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4, không phải "{value}"',
    fixBoth: 'Không dùng --fix và --fix-dry-run cùng lúc',
    fixed: 'đã sửa {count} vấn đề trong {file}',
    fixedOne: 'đã sửa 1 vấn đề trong {file}',
    fixedMore:
      'đã sửa {count} vấn đề trong {file}: {listed} vấn đề lint nêu, và {revealed} vấn đề khác chỉ lộ ra khi các vấn đề đó đã được sửa',
    outside: 'không sửa: {file} là liên kết tới một tệp ngoài bộ quy trình; hãy sửa tệp đó ở nơi của nó',
    throughLink:
      'không sửa: {file} nằm sau "{link}", một liên kết tới thư mục ngoài bộ quy trình, procmap không ghi qua liên kết đó; muốn sửa, hãy ghi thư mục mà liên kết trỏ tới: procmap lint --fix {target}',
    changed: 'không sửa: {file} đã được sửa trong lúc procmap chạy, và các thay đổi đó được giữ nguyên; hãy chạy lại',
    linked:
      'không sửa: {file} còn có một tên khác (liên kết cứng), tên đó sẽ giữ nội dung cũ; hãy sửa tay bằng trình soạn thảo, hoặc tách thành tệp riêng (chép sang tên mới rồi đổi tên đè lên nó)',
    failed: '{reason}; tệp được giữ nguyên, chưa sửa',
    readOnlyFolder:
      'không sửa: {file}: thư mục chứa tệp là "{folder}" chỉ cho đọc, mà --fix lưu tệp đã sửa thành một bản mới trong thư mục đó; tệp được giữ nguyên; hãy cho phép ghi vào thư mục đó rồi chạy lại, hoặc chạy không có --fix để chỉ xem các vấn đề',
    unsafe:
      'không sửa: {file}: sửa tất cả cùng lúc sẽ làm tệp không đọc được, nên tệp được giữ nguyên; hãy sửa tay các vấn đề dưới đây',
  },
} as const;

// A file of another shard is still read, so catalog rules see the whole catalog, but no rule reports on it.
const ALL_OFF: RuleSettings = new Map(RULES.map((rule) => [rule.id, { severity: 'off' }]));

const HELP = helpTexts({
  en: {
    description: 'Validate procedure files against the schema and lint them with the rules',
    paths:
      'procedure files or folders (searched recursively; default: the current folder, less the `ignores:` of its procmap.config.yaml)',
    format: 'output format: stylish, json, sarif, github or junit',
    maxWarnings: 'exit 1 when there are more warnings than this',
    quiet: 'report errors only; the summary says how many warnings it left out, and --max-warnings still counts them',
    output: 'write the report to a file (atomically) instead of standard output',
    force: 'replace the --output file even when procmap did not write it, or it was changed since',
    fix: 'fix what is safe to fix (Unicode NFC, the spellings of the canonical-* rules), keeping comments and layout',
    fixDryRun:
      'print the diff --fix would apply and change nothing; exit 1 when there is one, or when errors --fix cannot fix remain (listed on stderr)',
    shard: 'lint only part i of n of the files, for parallel CI jobs (catalog rules still see every file)',
    asOf: 'check calendar-day, month and same-day limits for the year of receipts from this date (default: the years with announced days off)',
    after:
      '\nExit codes: 0 no errors, 1 lint errors or too many warnings, 2 procmap could not run, or --fix could not write a fix.\n\nInline: `# procmap-disable-next-line <rule> -- reason`, `# procmap-disable-line <rule>`, `# procmap-disable` (whole file).\nConfiguration: ' +
      docsUrl('docs/configuration.md') +
      '. Rules: `procmap rules`, `procmap rules <id>`.\n\nExamples:\n  procmap lint procedures/\n  procmap lint --format json procedures/ > report.json\n  procmap lint --format sarif --output procmap.sarif procedures/\n  procmap lint --fix-dry-run procedures/\n  procmap lint --shard 2/4 --format junit --output junit-2.xml procedures/',
  },
  vi: {
    description: 'Kiểm tra cách viết từng trường của tệp quy trình và kiểm tra theo các quy tắc',
    paths:
      'tệp quy trình hoặc thư mục (tìm cả trong thư mục con; mặc định: thư mục hiện tại, trừ những gì ghi ở ignores: trong procmap.config.yaml)',
    format: 'định dạng báo cáo: stylish, json, sarif, github hoặc junit',
    maxWarnings: 'thoát với mã 1 khi số cảnh báo nhiều hơn số này',
    quiet: 'chỉ báo lỗi; dòng tổng kết cho biết số cảnh báo không hiển thị, và --max-warnings vẫn đếm chúng',
    output: 'ghi báo cáo ra tệp thay vì ra màn hình (không bao giờ để lại tệp ghi dở)',
    force: 'ghi đè tệp --output cả khi tệp đó không do procmap tạo, hoặc đã được sửa sau khi procmap tạo',
    fix: 'sửa những gì sửa được an toàn (chuẩn Unicode NFC, cách viết của các quy tắc canonical-*), giữ nguyên chú thích và bố cục',
    fixDryRun:
      'in ra những thay đổi mà --fix sẽ làm, không sửa gì; thoát với mã 1 khi có thay đổi, hoặc còn lỗi --fix không sửa được (liệt kê ở stderr)',
    shard:
      'chỉ kiểm tra phần i trong n phần của các tệp, để chạy song song trong CI (quy tắc bộ quy trình vẫn xem mọi tệp)',
    asOf: 'kiểm tra thời hạn tính theo ngày, theo tháng và trong ngày cho năm tiếp nhận tính từ ngày này (mặc định: các năm đã công bố ngày nghỉ)',
    after:
      '\nMã thoát: 0 không có lỗi, 1 có lỗi hoặc quá nhiều cảnh báo, 2 procmap không chạy được, hoặc --fix không ghi được bản sửa.\n\nTắt quy tắc ngay trong tệp: `# procmap-disable-next-line <quy tắc> -- lý do`, `# procmap-disable-line <quy tắc>`, `# procmap-disable` (cả tệp).\nCấu hình: ' +
      docsUrl('docs/configuration.md') +
      '. Quy tắc: `procmap rules`, `procmap rules <mã quy tắc>`.\n\nVí dụ:\n  procmap lint procedures/\n  procmap lint --fix procedures/\n  procmap lint --format json procedures/ > bao-cao.json\n  procmap lint --format sarif --output procmap.sarif procedures/\n  procmap lint --fix-dry-run procedures/\n  procmap lint --shard 2/4 --format junit --output junit-2.xml procedures/',
  },
});

/** `procmap lint` on the command line: arguments, options, help and examples, in the language of help. */
function declareLint(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('lint')
    .description(help.description)
    .argument('[paths...]', help.paths, [])
    .addOption(new Option('-f, --format <name>', help.format).default('stylish'))
    .addOption(configOption(lang, 'eachFile'))
    .option('--max-warnings <n>', help.maxWarnings)
    .option('-q, --quiet', help.quiet)
    .option('-o, --output <file>', help.output)
    .option('--force', help.force)
    .option('--fix', help.fix)
    .option('--fix-dry-run', help.fixDryRun)
    .option('--shard <i/n>', help.shard)
    .option('--as-of <date>', help.asOf)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap lint`, as commander parses them. */
export type LintCommandOptions = Settled<ReturnType<ReturnType<typeof declareLint>['opts']>>;

/**
 * `procmap lint`: exit 0 clean, 1 errors or too many warnings, 2 when a path could not be read. With --fix-dry-run
 * it prints the diff that --fix would apply instead of a report, and exits 1 when there is one.
 */
export async function lintCommand(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const text = TEXT[options.lang];
  // In any letter case, as every other command's --format reads it (`--format JSON`).
  const format = formatNamed(options.format, Object.keys(LINT_FORMATTERS));
  const formatter = format === undefined ? undefined : LINT_FORMATTERS[format];
  if (format === undefined || !formatter)
    throw new UsageError(
      fill(text.format, { format: options.format, formats: Object.keys(LINT_FORMATTERS).join(', ') }),
    );
  // Number() alone read "" as 0 and "1e3" as 1000: digits only.
  const maxWarnings =
    options.maxWarnings === undefined
      ? -1
      : parseWholeNumber('--max-warnings', options.maxWarnings, { min: 0, example: 10 });
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.shard !== undefined && !shard) throw new UsageError(fill(text.shard, { value: options.shard }));
  if (options.fix && options.fixDryRun) throw new UsageError(text.fixBoth);
  // Refused before any file is read or fixed: `-o rep/` names no report file.
  const output = options.output ? singleOutputFile(options.output, { format }) : undefined;
  const asOf = parseAsOf(options.asOf);
  const roots = paths.length > 0 ? paths : ['.'];
  // A report the next lint would read as a broken procedure (`lint p -o p/bao-cao.yaml`), which this same command run
  // again then refused as one of its inputs.
  // A file named stands for its folder, as for `lint --fix`: `lint a.yaml b.yaml -o new.yaml` beside them put a
  // broken procedure among them just the same.
  const folders = roots.map((root) => (isFolder(root) ? root : dirname(root)));
  const overlap =
    output === undefined
      ? undefined
      : reportInFolderRefusal(output, folders, {
          anyFile: false,
          extension: EXTENSIONS[format] ?? 'txt',
          catalog: true,
        });
  if (overlap) throw overlap;
  // Nothing to lint is never "no problems": a wrong folder or a misspelt extension must not pass CI.
  // Sampled before and after the walk, the fewer taken: one sample may catch a thread that runs for a moment.
  const runningBefore = runnableThreads();
  const found = findCatalogFiles(roots);
  // Each file under its own configuration (`lint a/ b/`: b's files with b's rules and working day). Loaded before the
  // notes are said: a configuration that stops the run (`.procmaprc.yaml`, misnamed) is not first noted as a hidden file.
  const settings = lintSettings(found.files, { explicit: options.config, near: roots[0]!, cwd: io.cwd, asOf });
  const byDisplay = new Map(found.files.map((path) => [displayPath(path), path]));
  // Two files whose names look the same (one written on macOS): the report would list one name twice.
  const lookAlike = lookAlikeDiagnostics(found.lookAlike, options.lang);
  const inShard = shard
    ? filesOfShard([...byDisplay.keys(), ...found.unreadable.map((u) => u.file)], shard)
    : undefined;
  const mine = (file: string) => !inShard || file === '' || inShard.has(file);
  const lintOptions: LintOptions = {
    lang: options.lang,
    settingsFor: (file) => (mine(file) ? settings.settingsFor(file) : ALL_OFF),
    calendarFor: settings.calendarFor,
    today: vietnamToday(),
  };
  const finishOptions: LintOptions = {
    ...lintOptions,
    reload: (file) => {
      const again = readProcedureFile(byDisplay.get(file) ?? file);
      return 'locate' in again ? again : undefined;
    },
  };
  // Large catalogs use both cores: worker threads take chunks of the files for the per-file pass; the catalog rules
  // and suppressions run once on the merged result, so the report is the same as single-threaded.
  const running = [runningBefore, runnableThreads()].filter((n) => n !== undefined);
  const workers = shard
    ? 0
    : workerCount(found.files.length, io.env, undefined, running.length > 0 ? Math.min(...running) : undefined);
  const notWalked = [...found.notWalked];
  // The column mappings the loader passed over (no procedures: no diagnostics, not counted as files checked).
  const mappings = new Set<string>();
  const run = async (unreadable: Diagnostic[]) => {
    const taken = new SharedArrayBuffer(4);
    const remote = await startLintWorkers(workers, {
      files: found.files,
      notWalked,
      taken,
      config: options.config,
      near: roots[0]!,
      cwd: io.cwd,
      lang: options.lang,
      today: lintOptions.today!,
      ...(asOf === undefined ? {} : { asOf }),
    });
    const lintChunk = (files: readonly string[], failures: Diagnostic[], skipped: string[]) =>
      lintEachFile(streamSources(files, failures, options.lang, { notWalked: found.notWalked, mappings: skipped }), {
        ...lintOptions,
        keep: false,
      });
    // Alone, the main thread takes the files as one chunk.
    const size = workers === 0 ? Math.max(1, found.files.length) : CHUNK_FILES;
    const own = takeChunks(found.files, taken, size, lintChunk);
    // Merged back in the files' order: the catalog rules see them in the same order as one thread.
    const chunks = [...own, ...(await Promise.all(remote)).flat()].sort((a, b) => a.index - b.index);
    for (const chunk of chunks) unreadable.push(...chunk.unreadable);
    for (const chunk of chunks) for (const path of chunk.mappings) mappings.add(path);
    const passes = chunks.map((chunk) => chunk.pass);
    return finishLint(passes, finishOptions);
  };
  let unreadable = found.unreadable.map((u) => unreadableDiagnostic(u, options.lang));
  let result = await run(unreadable);
  // Said once the files are read, the loader having told the column mappings, in the walk's order with the hidden
  // files: after the configuration is loaded, so one that stops the run (`.procmaprc.yaml`) is not noted as hidden.
  refuseNoProcedures(found, mappings);
  noteHiddenFiles(skippedInWalkOrder(found, mappings), io, options.lang);
  for (const path of mappings) byDisplay.delete(displayPath(path));
  // Files --fix left as they were on purpose: their problems are not offered to --fix again.
  const declined = new Set<string>();
  // Files --fix meant to write and could not: changed meanwhile, or refused by the system.
  let notWritten = 0;
  if (options.fix || options.fixDryRun) {
    // Loaded only to fix: it needs the `yaml` concrete syntax tree, which a plain lint run never does.
    const { fixesDiff, planFixes, writeFixes } = await import('../../node/fix-writer.js');
    const relint = (file: string, fixedText: string) =>
      lint([loadFile(file, Buffer.from(fixedText, 'utf8'))], lintOptions).diagnostics;
    const { fixed, unsafe } = await planFixes(
      result.diagnostics.filter((d) => mine(d.file)),
      (file) => byDisplay.get(file) ?? file,
      relint,
    );
    // Never silently: a file whose fixes were dropped would read as fixed and still fail.
    for (const file of unsafe) io.stderr.write(`procmap: ${fill(text.unsafe, { file })}\n`);
    for (const file of unsafe) declined.add(file);
    if (options.fixDryRun) {
      io.stdout.write(await fixesDiff(fixed));
      // What --fix would leave (errors it cannot fix, files it cannot read) goes to stderr: a CI step of
      // --fix-dry-run alone must never pass a broken file.
      const left = sortDiagnostics(
        [...unreadable, ...lookAlike, ...result.diagnostics].filter(
          (d) => mine(d.file) && d.severity === 'error' && !d.fix,
        ),
      );
      if (left.length > 0) {
        const { stylish } = await import('../../format/stylish.js');
        io.stderr.write(
          stylish(
            { diagnostics: left, files: byDisplay.size },
            { color: useColor(io.stderr, io.env), lang: options.lang },
          ),
        );
      }
      if (unreadable.some((d) => mine(d.file))) return EXIT.failure;
      return fixed.length > 0 || left.length > 0 ? EXIT.problems : EXIT.ok;
    }
    if (fixed.length > 0) {
      const left = await writeFixes(fixed, roots);
      for (const { file } of left.outside) io.stderr.write(`procmap: ${fill(text.outside, { file })}\n`);
      for (const { file } of left.outside) declined.add(file);
      for (const { item, link, target } of left.throughLink) {
        io.stderr.write(`procmap: ${fill(text.throughLink, { file: item.file, link, target })}\n`);
        declined.add(item.file);
      }
      for (const { file } of left.linked) io.stderr.write(`procmap: ${fill(text.linked, { file })}\n`);
      for (const { file } of left.linked) declined.add(file);
      // Files a run again will fix: their problems stay offered to --fix, and the run fails so nobody takes it for done.
      for (const { file } of left.changed) io.stderr.write(`procmap: ${fill(text.changed, { file })}\n`);
      for (const { error } of left.failed)
        io.stderr.write(`procmap: ${fill(text.failed, { reason: error.text(options.lang) })}\n`);
      for (const { item, folder } of left.readOnlyFolder)
        io.stderr.write(`procmap: ${fill(text.readOnlyFolder, { file: item.file, folder })}\n`);
      // Every fix left unwritten fails the run alike (exit 2, as a file that cannot be read): a CI step
      // `lint --fix && git commit` must never pass with a fix it did not make, whatever stopped it.
      notWritten =
        left.outside.length +
        left.throughLink.length +
        left.linked.length +
        left.changed.length +
        left.failed.length +
        left.readOnlyFolder.length;
      const unwritten = new Set([
        ...left.outside,
        ...left.throughLink.map(({ item }) => item),
        ...left.linked,
        ...left.changed,
        ...left.failed.map(({ item }) => item),
        ...left.readOnlyFolder.map(({ item }) => item),
      ]);
      unreadable = found.unreadable.map((u) => unreadableDiagnostic(u, options.lang));
      result = await run(unreadable);
      // Say what changed, on stderr so that a report on stdout stays machine-readable: every fix made, those the
      // first ones revealed included (a bodies map declared, then each step by its key).
      // The count agrees with the list lint gave: the problems a fix revealed are said apart (a lint listing 9
      // keys written as headings, then "fixed 19" with no word of the 10 keys of the steps found once "steps" was read).
      for (const { file, fixed: count, listed } of fixed.filter((item) => !unwritten.has(item))) {
        const said = count === 1 ? text.fixedOne : listed < count ? text.fixedMore : text.fixed;
        io.stderr.write(`procmap: ${fill(said, { count, file, listed, revealed: count - listed })}\n`);
      }
    }
  }
  // A calendar's warnings (a day off on a Sunday) are its file's diagnostics in every format, counted in the summary
  // and by --max-warnings as the warnings beside them: on standard error alone, a run said "no problems" and passed
  // --max-warnings 0 while the JSON of the same run counted them. Each shard reads the calendar: the first says them.
  const notices = takeCalendarDiagnostics(options.lang).filter(() => !shard || shard.index === 1);
  const all = sortDiagnostics([
    ...[...unreadable, ...lookAlike, ...result.diagnostics]
      .filter((d) => mine(d.file))
      .map((d) => (declined.has(d.file) ? unfixable(d) : d)),
    ...notices,
  ]);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const shown = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  // What --quiet leaves out is still counted, as --max-warnings counts it (ESLint runs warn rules then too), so a
  // summary never says "no problems" beside a run that failed on warnings it did not show.
  const hidden = options.quiet ? { warnings, infos: all.length - errors - warnings } : undefined;
  const linted = [...byDisplay.keys(), ...found.unreadable.map((u) => u.file)].filter(mine);
  // Files with problems the rules have yet to check, every one of them: once those are fixed the rules may find more,
  // and --fix fix more where it can fix one of them now.
  const withProblems = new Set(all.map((d) => d.file));
  const stopped = new Set(result.unchecked.filter((file) => withProblems.has(file)));
  const unchecked = stopped.size;
  const uncheckedFixable = shown.some((d) => d.fix && stopped.has(d.file));
  const report = formatter(
    {
      diagnostics: shown,
      files: linted.length,
      paths: linted,
      ...(hidden ? { hidden } : {}),
      ...(unchecked > 0 ? { unchecked, uncheckedFixable } : {}),
    },
    {
      color: !options.output && useColor(io.stdout, io.env),
      lang: options.lang,
      cwd: io.cwd,
      ...(format === 'sarif' || format === 'github' ? await repositoryContext(io.cwd, format, options.lang) : {}),
    },
  );
  if (output) await writeReport(output, report, { force: options.force, io, lang: options.lang });
  else io.stdout.write(report);
  if (unreadable.some((d) => mine(d.file)) || notWritten > 0) return EXIT.failure;
  if (errors > 0) return EXIT.problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`procmap: ${fill(text.tooManyWarnings, { warnings, max: maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * What only the formats for GitHub need, found only for them so a plain lint reads nothing more: the repository's
 * top, which GitHub resolves paths against, and for SARIF in English each rule's help from its page.
 */
async function repositoryContext(
  cwd: string,
  format: 'sarif' | 'github',
  lang: Lang,
): Promise<Pick<FormatOptions, 'sourceRoot' | 'realPath' | 'ruleHelp'>> {
  const { workTreeTop, realPathOf } = await import('../../node/work-tree.js');
  const sourceRoot = workTreeTop(realPathOf(cwd));
  return {
    ...(sourceRoot ? { sourceRoot } : {}),
    realPath: realPathOf,
    // The pages are in English: a run in Vietnamese links to them instead (see the sarif format).
    ...(format === 'sarif' && lang === 'en'
      ? { ruleHelp: (await import('../../node/rule-help-reader.js')).readRuleHelp(RULES.map((rule) => rule.id)) }
      : {}),
  };
}

/** The diagnostic without its fix: for a file --fix declined, whose report must not suggest --fix again. */
function unfixable(diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.fix === undefined) return diagnostic;
  const { fix: _declined, ...rest } = diagnostic;
  return rest;
}

/** Defines `procmap lint` on the program; main loads this module only when the command is run or listed. */
export function defineLintCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareLint(program, lang).action(async (paths, options) => setExit(await lintCommand(paths, settled(options), io)));
}
