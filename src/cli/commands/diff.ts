import { docsUrl } from '../../docs-url.js';
import { type Command, Option } from '@commander-js/extra-typings';
import {
  calendarOption,
  type CommandContext,
  configOption,
  helpTexts,
  langOption,
  settled,
  type Settled,
} from '../define.js';
import { same, type DiffSide } from '../../diff/compare.js';
import { judgeCatalogs } from '../../diff/judge.js';
import { markUnreadableBase, type UnreadableBaseFile } from '../../diff/unreadable-base.js';
import { atLeast, type Change } from '../../diff/classify.js';
import { changeLevelOf, LEVEL_WORDS } from '../../diff/level-words.js';
import { changedFiles } from '../../diff/pair.js';
import { diffJson } from '../../format/diff-json.js';
import { diffMarkdown } from '../../format/diff-markdown.js';
import { diffText } from '../../format/diff-text.js';
import { located } from '../../format/located.js';
import { severityWord } from '../../format/stylish.js';
import type { DiffReport } from '../../format/diff-words.js';
import type { FormatOptions } from '../../format/types.js';
import type { Lang } from '../../i18n.js';
import { lint } from '../../lint/linter.js';
import type { LoadedFile } from '../../model/load.js';
import type { Diagnostic } from '../../model/types.js';
import { RULES_BY_ID } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import { configName, type LoadedConfig } from '../../node/config-loader.js';
import { diffSettings } from '../../node/diff-settings.js';
import { DiffSources, type DiffSource, type MovedFile } from '../../node/diff-sources.js';
import { noProcedureFiles } from '../../node/files.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { EXTENSIONS, singleOutputFile, useColor, writeReport } from '../../node/output.js';
import { reportInFolderRefusal } from '../../node/output-overlap.js';
import { escapeControlsDeep, escapeControlsKeepingLines } from '../../model/quote.js';
import { formatNamed } from '../format-names.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description:
      'Compare procedures between two revisions: time limits, totals, steps, flow, fees, dossier, legal basis',
    sides: 'base and revision: each a file, a folder, or REV:PATH from git (with --since: paths, default .)',
    since: 'compare the catalog at a git revision with the working tree',
    format: 'output format: text, markdown or json',
    failOn:
      'exit 1 when a change at or above this level exists: breaking (or error, ERR), warning (or warn) or info (or in Vietnamese)',
    output: 'write the report to a file (atomically) instead of standard output',
    force: 'replace the --output file even when procmap did not write it, or it was changed since',
    after:
      '\nProcedures are matched by id, so a moved or renamed file is not a change. Levels: breaking (a total now over\nits limit, a limit raised, a procedure removed), warning (longer, a body or the flow changed, revision not\nraised), info (shorter, renamed, wording). See ' +
      docsUrl('docs/diff.md') +
      '.\n\nExit codes: 0 done, 1 a change at or above --fail-on, or a file of the revision that cannot be compared, 2 procmap or git could not run.\n\nExamples:\n  procmap diff main:procedures procedures\n  procmap diff HEAD~1:procedures/xa/dang-ky-ket-hon.yaml procedures/xa/dang-ky-ket-hon.yaml\n  procmap diff --since main --fail-on breaking\n  procmap diff HEAD procedures   (as git writes it: the same as --since HEAD procedures)\n  procmap diff --since origin/main...HEAD --format markdown procedures > comment.md',
  },
  vi: {
    description:
      'So sánh quy trình giữa hai phiên bản: thời hạn giải quyết, tổng thời gian, các bước, trình tự, phí và lệ phí, thành phần hồ sơ, căn cứ pháp lý',
    sides:
      'bản gốc và bản sửa: mỗi bên là một tệp, một thư mục, hoặc REV:PATH lấy từ git (với --since: các đường dẫn, mặc định là thư mục hiện tại)',
    since: 'so sánh bộ quy trình ở một phiên bản trong git với các tệp hiện tại trên máy',
    format: 'định dạng báo cáo: text, markdown hoặc json',
    failOn:
      'thoát với mã 1 khi có thay đổi ở mức này trở lên: nghiêm trọng (breaking, error, ERR, lỗi), cảnh báo (warning, warn) hoặc thông tin (info)',
    output: 'ghi báo cáo ra tệp thay vì ra màn hình (không bao giờ để lại tệp ghi dở)',
    force: 'ghi đè tệp --output cả khi tệp đó không do procmap tạo, hoặc đã được sửa sau khi procmap tạo',
    after:
      '\nQuy trình được đối chiếu theo mã (id), nên tệp chuyển chỗ hoặc đổi tên không tính là thay đổi. Các mức:\nbreaking (nghiêm trọng: tổng thời gian nay vượt thời hạn, thời hạn tăng, bỏ quy trình), warning (cảnh báo:\ndài hơn, đổi đơn vị thực hiện hoặc trình tự, không tăng lần ban hành), info (thông tin: ngắn hơn, đổi tên,\nsửa câu chữ). Xem ' +
      docsUrl('docs/diff.md') +
      '.\n\nMã thoát: 0 xong, 1 có thay đổi ở mức --fail-on trở lên hoặc có tệp ở bản sửa không so sánh được, 2 procmap hoặc git không chạy được.\n\nVí dụ:\n  procmap diff main:procedures procedures\n  procmap diff HEAD~1:procedures/xa/dang-ky-ket-hon.yaml procedures/xa/dang-ky-ket-hon.yaml\n  procmap diff --since main --fail-on breaking\n  procmap diff HEAD procedures   (viết như git: giống --since HEAD procedures)\n  procmap diff --since origin/main...HEAD --format markdown procedures > nhan-xet.md',
  },
});

/** `procmap diff` on the command line: arguments, options, help and examples, in the language of help. */
function declareDiff(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('diff')
    .description(help.description)
    .argument('[sides...]', help.sides, [])
    .option('--since <rev>', help.since)
    .addOption(new Option('-f, --format <name>', help.format).default('text'))
    .option('--fail-on <level>', help.failOn)
    .option('-o, --output <file>', help.output)
    .option('--force', help.force)
    .addOption(configOption(lang, 'eachSide'))
    .addOption(calendarOption(lang, 'workingDay'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap diff`, as commander parses them. */
export type DiffCommandOptions = Settled<ReturnType<ReturnType<typeof declareDiff>['opts']>>;

/** Diff formatters by the name given to `--format`. */
const FORMATTERS: Readonly<Record<string, (report: DiffReport, options: FormatOptions) => string>> = {
  text: diffText,
  markdown: diffMarkdown,
  json: diffJson,
};

// What makes two procedures impossible to match (ambiguous procedure or step ids) or their times impossible to
// count (a hand-over to no step, a loop, a step cut off from the first, a body not defined, a step of no time): a
// total counted over a flow that lint rejects would read as a shorter procedure. A procedure over its limit is a
// finding of the diff, not a reason to refuse it.
const COMPARABLE_RULES: readonly Rule[] = [
  'unique-id',
  'unique-step-id',
  'known-step',
  'acyclic',
  'reachable',
  'known-body',
  'step-duration-positive',
  // A step table's total row pasted as a step: the total counted twice.
  'total-row',
].map((id) => RULES_BY_ID.get(id)!);

function problemLine(d: Diagnostic, lang: Lang): string {
  return located(d, `${severityWord(d.severity, lang)} ${d.message} (${d.rule})`);
}

/** Parses the files of one side that changed; errors that stop the comparison come back as diagnostics. */
async function readSide(
  source: DiffSource,
  files: DiffSource['files'],
  lang: Lang,
): Promise<{ sides: DiffSide[]; errors: Diagnostic[] }> {
  const loaded: LoadedFile[] = await source.load(files);
  const result = lint(loaded, { rules: COMPARABLE_RULES, lang });
  return {
    sides: result.procedures.map(({ file, procedure }) => ({ file, procedure })),
    errors: result.diagnostics.filter((d) => d.severity === 'error'),
  };
}

/** The procedures of a side but those read from a file with an error. */
function withoutFiles(sides: readonly DiffSide[], errors: readonly Diagnostic[]): DiffSide[] {
  const broken = new Set(errors.map((d) => d.file));
  return sides.filter((side) => !broken.has(side.file));
}

/** Each unreadable file of the base with its first problem where it is, and the procedure id it held if it parsed. */
function unreadableFiles(sides: readonly DiffSide[], errors: readonly Diagnostic[]): UnreadableBaseFile[] {
  const files = new Map<string, UnreadableBaseFile>();
  for (const d of errors) {
    if (files.has(d.file)) continue;
    const id = sides.find((side) => side.file === d.file)?.procedure.id;
    files.set(d.file, {
      file: d.file,
      problem: `${d.line}:${d.column}: ${d.message}`,
      ...(id === undefined ? {} : { id }),
    });
  }
  return [...files.values()];
}

/**
 * The note on the base's files that cannot be compared: each problem where it is, then what the diff did with them.
 * A file read as a procedure whose flow is wrong was read: it is said to have errors, not to be unreadable.
 */
function unreadableBase(errors: readonly Diagnostic[], broken: readonly UnreadableBaseFile[], lang: Lang): string {
  const files = broken.length;
  const one = files === 1;
  const unread = broken.every((file) => file.id === undefined);
  const note =
    lang === 'vi'
      ? unread
        ? `procmap: ghi chú: ${files} tệp ở bản gốc không đọc được nên không so sánh được; báo cáo ghi các quy trình trong đó ở bản sửa là không đọc được bản gốc (không phải thêm mới), và xét chúng như quy trình mới. Không cần sửa bản gốc: diff chỉ dừng vì lỗi ở bản sửa`
        : `procmap: ghi chú: ${files} tệp ở bản gốc có lỗi nên không so sánh được; báo cáo ghi điều đó ở các quy trình tương ứng của bản sửa (không ghi là thêm mới), và xét chúng như quy trình mới. Không cần sửa bản gốc: diff chỉ dừng vì lỗi ở bản sửa`
      : `procmap: note: ${files} ${one ? 'file' : 'files'} of the base ${unread ? 'cannot be read' : one ? 'has errors' : 'have errors'}, so ${one ? 'it is' : 'they are'} not compared; the report says so of the revision's procedures from ${one ? 'it' : 'them'} (not that they were added), and judges them as new ones. The base needs no fixing: only problems in the revision stop the diff`;
  return `${errors.map((d) => problemLine(d, lang)).join('\n')}\n${note}\n`;
}

/** The note on a base's configuration that cannot be used: its problems, then what the diff did instead. */
function unusableBaseConfig(refused: UsageError, used: LoadedConfig, lang: Lang): string {
  const name = configName(used);
  const instead =
    name === undefined
      ? { en: 'the default settings', vi: 'cấu hình mặc định' }
      : { en: `the revision's configuration (${name})`, vi: `cấu hình của bản sửa (${name})` };
  const note =
    lang === 'vi'
      ? `procmap: ghi chú: không dùng được tệp cấu hình của bản gốc nên bản gốc được tính theo ${instead.vi}. Không cần sửa bản gốc: diff chỉ dừng vì lỗi ở bản sửa`
      : `procmap: note: the base's configuration cannot be used, so the base is judged with ${instead.en}. The base needs no fixing: only problems in the revision stop the diff`;
  return `${escapeControlsKeepingLines(refused.text(lang))}\n${note}\n`;
}

/** The changes of procedures whose file was moved since the base, each saying where from (the report's header line). */
function markMoved(changes: Change[], moved: readonly MovedFile[]): Change[] {
  if (moved.length === 0) return changes;
  const from = new Map(moved.map((file) => [file.id, file.from]));
  return changes.map((change) => {
    const was = from.get(change.procedure);
    return was === undefined ? change : { ...change, movedFrom: was };
  });
}

/** Whether some procedure id is read on one side and not the other. */
function oneSided(base: readonly DiffSide[], revision: readonly DiffSide[]): boolean {
  const ids = (sides: readonly DiffSide[]) => new Set(sides.map((side) => side.procedure.id));
  const [before, after] = [ids(base), ids(revision)];
  return before.size !== after.size || [...before].some((id) => !after.has(id));
}

/**
 * `procmap diff <base> <revision>` or `procmap diff --since REV [paths]`: exit 0, or 1 when `--fail-on` finds a
 * change at or above its level or when the revision holds a file that cannot be compared (diagnostics on stderr,
 * no report; one in the base is a note, its procedures added), 2 when git or a path fails.
 */
export async function diffCommand(args: string[], options: DiffCommandOptions, io: Io): Promise<number> {
  const name = formatNamed(options.format, Object.keys(FORMATTERS));
  const formatter = name === undefined ? undefined : FORMATTERS[name];
  const formats = Object.keys(FORMATTERS).join(', ');
  if (!formatter)
    throw new UsageError({
      en: `Unknown format "${options.format}"; use one of: ${formats}`,
      vi: `Không có định dạng "${options.format}"; hãy dùng một trong: ${formats}`,
    });
  // Refused before git or any file is read: `-o rep/` names no report file.
  const output = options.output ? singleOutputFile(options.output, { format: name! }) : undefined;
  const sources = new DiffSources(io.cwd, io.env);
  // `procmap diff HEAD [paths]`, as `git diff HEAD` is written: a first side that is no path on disk but a revision
  // (which `pair` would refuse as a missing path) is read as --since, the paths after it compared in the working tree.
  let since = options.since;
  if (since === undefined && args.length > 0 && (await sources.namesRevisionOnly(args[0]!))) {
    since = args[0]!;
    args = args.slice(1);
  }
  // Refused as early: a report inside a folder compared would be compared by the next run (a `.yaml` one as a broken
  // procedure). Two folders are snapshots, kept apart from any report; the working tree of --since only from one its
  // walk reads, since a repository is where reports are kept.
  const extension = EXTENSIONS[name!] ?? 'txt';
  const overlap =
    output === undefined
      ? undefined
      : since === undefined
        ? reportInFolderRefusal(output, args, { anyFile: true, extension })
        : reportInFolderRefusal(output, args.length > 0 ? args : ['.'], { anyFile: false, extension });
  if (overlap) throw overlap;
  // Read as the configuration reads severities: `WARNING`, `warn`, `cảnh báo` are warning.
  const failOn = options.failOn === undefined ? undefined : changeLevelOf(options.failOn);
  if (options.failOn !== undefined && failOn === undefined)
    throw new UsageError({
      en: `--fail-on takes ${LEVEL_WORDS.en}; not "${options.failOn}"`,
      vi: `--fail-on nhận ${LEVEL_WORDS.vi}; không nhận "${options.failOn}"`,
    });
  let base: DiffSource;
  let revision: DiffSource;
  if (since !== undefined) {
    ({ base, revision } = await sources.since(since, args.length > 0 ? args : ['.']));
  } else {
    if (args.length !== 2)
      throw new UsageError({
        en: 'diff compares two sides: procmap diff <base> <revision>, or procmap diff --since REV [paths...]',
        vi: 'diff so sánh hai bên: procmap diff <bản gốc> <bản sửa>, hoặc procmap diff --since REV [đường dẫn...]',
      });
    [base, revision] = await sources.pair(args[0]!, args[1]!);
  }
  // Said as lint says it, each file once: `diff procedures procedures` walks the same folder twice.
  noteHiddenFiles([...new Set([...base.hidden, ...revision.hidden])], io, options.lang);
  // Each group once, as the hidden files: both sides may be the same folder.
  const groups = new Map([...base.lookAlike, ...revision.lookAlike].map((group) => [group.join('\n'), group]));
  noteLookAlikeFiles([...groups.values()], io, options.lang);
  // One empty side is every procedure added or removed; two compare nothing, and a review gate must not pass on that.
  if (base.files.length === 0 && revision.files.length === 0)
    throw noProcedureFiles(since !== undefined && args.length === 0 ? ['.'] : args);
  // Each side is judged with its own configuration's calendar, as lint judges it there: office hours changed in the
  // revision's configuration change its times.
  const settings = await diffSettings(base, revision, options, io.cwd);
  if (settings.refused) io.stderr.write(unusableBaseConfig(settings.refused, settings.revision.config, options.lang));
  const calendars = {
    base: settings.base.calendar,
    revision: settings.revision.calendar,
    // A calendar file named by the configuration counts by its content, as a section written in place does.
    sections: [settings.base.section, settings.revision.section],
    // Its changes are labelled by the calendar file the revision's configuration names, not "(configuration)".
    file: settings.revision.calendarFile,
  };
  const calendarChanged = options.calendar === undefined && !same(settings.base.section, settings.revision.section);
  // Under another calendar a file the same on both sides may now be late: every file is read then.
  const whole = { base: base.files, revision: revision.files, unchanged: 0 };
  const changed = calendarChanged ? whole : changedFiles(base.files, revision.files);
  // A file named alone is read even when both sides hold its bytes: asked about one broken file ("diff a.yaml
  // a.yaml"), "no changes" would tell a CI job it is fine. A folder's or a catalog's unchanged files are left to lint:
  // reading them all would double a diff's time for what the change did not bring. Only changed files are compared.
  const oneFile = revision.files.length === 1;
  const [read, revisionWhole] = await Promise.all([
    readSide(base, changed.base, options.lang),
    readSide(revision, oneFile ? revision.files : changed.revision, options.lang),
  ]);
  let before = read;
  const compared = new Set(changed.revision.map(({ file }) => file));
  let after = { ...revisionWhole, sides: revisionWhole.sides.filter((side) => compared.has(side.file)) };
  // A procedure on one side only may share its id with a file left out for being the same on both sides (a copied
  // file, a copy edited): both sides are compared whole then, so that the duplicate id is found, not called added.
  if (changed.unchanged > 0 && oneSided(before.sides, after.sides)) {
    before = await readSide(base, base.files, options.lang);
    after = oneFile ? revisionWhole : await readSide(revision, revision.files, options.lang);
  }
  // The revision is what a review lets through: a file there that cannot be read stops the diff.
  if (after.errors.length > 0) {
    const n = after.errors.length;
    const count =
      options.lang === 'vi'
        ? `${n} vấn đề trong các tệp của bản sửa; hãy sửa (procmap lint) rồi chạy lại diff`
        : `${n} ${n === 1 ? 'problem' : 'problems'} in the files of the revision; fix them (procmap lint) and run the diff again`;
    io.stderr.write(`${after.errors.map((d) => problemLine(d, options.lang)).join('\n')}\nprocmap: ${count}\n`);
    return EXIT.problems;
  }
  // The base is only what the revision is measured against, and a committed revision cannot be fixed: a file broken
  // there is left out, so that its procedures count as added, and said on standard error as a note.
  const broken = unreadableFiles(before.sides, before.errors);
  if (before.errors.length > 0) {
    before.sides = withoutFiles(before.sides, before.errors);
    io.stderr.write(unreadableBase(before.errors, broken, options.lang));
  }
  // Deltas in days use the revision's working day (a centre open 6 h a day counts 6 h as a day); each side's own
  // times its own. Compared as read (a duration "3d\n" is 3 working days, as lint reads it); then text and Markdown,
  // which go to terminals and review comments, show control characters escaped so that they cannot act on them.
  // A procedure "added" where the base's file could not be read may not be new: the report says the base was unreadable.
  const classified = markMoved(
    markUnreadableBase(judgeCatalogs(before.sides, after.sides, calendars, calendarChanged), broken),
    base.moved ?? [],
  );
  const { hoursPerDay } = calendars.revision;
  const baseHoursPerDay = calendars.base.hoursPerDay;
  // Text and Markdown fold each value onto one line: its line breaks become spaces there, not `\n`.
  const changes = options.format === 'json' ? classified : escapeControlsDeep(classified, { keepLines: true });
  const text = formatter(
    { changes, hoursPerDay, baseHoursPerDay },
    { color: !options.output && useColor(io.stdout, io.env), lang: options.lang },
  );
  if (output) await writeReport(output, text, { force: options.force, io, lang: options.lang });
  else io.stdout.write(text);
  if (failOn !== undefined && changes.some((change) => atLeast(change.level, failOn))) return EXIT.problems;
  return EXIT.ok;
}

/** Defines `procmap diff` on the program; main loads this module only when the command is run or listed. */
export function defineDiffCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareDiff(program, lang).action(async (sides, options) => setExit(await diffCommand(sides, settled(options), io)));
}
