import { writtenBodyPath } from '../model/body-keys.js';
import { fill, type Lang } from '../i18n.js';
import { buildFlow, type Flow } from '../model/flow.js';
import { sizeProblems } from '../model/size-limits.js';
import { localised, type EmptyMark, type LoadedFile } from '../model/load.js';
import { escapeControls, quoted } from '../model/quote.js';
import { withHomoglyphsNamed } from '../model/homoglyphs.js';
import { writtenKeys } from '../model/written-keys.js';
import { canonicalProcedure } from '../model/lenient.js';
import {
  emptyKeyEntryText,
  splitTextMessage,
  validateProcedure,
  type SchemaProblem,
  type SplitKey,
} from '../model/schema.js';
import { shownSplit } from '../model/split-values.js';
import { LineIndex } from '../model/source.js';
import { createCalendar, type WorkingCalendar } from '../time/calendar.js';
import type { Day } from '../time/moment.js';
import type { CatalogEntry, Diagnostic, NodePath, Procedure, Severity, SourceRange } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { ISSUES_URL } from '../errors.js';
import type { Report, Rule, RuleContext } from '../rules/types.js';
import { rule as unusedDisable } from '../rules/unused-disable.js';
import { rule as lookalikeLetters } from '../rules/lookalike-letters.js';
import { applySuppressions, readDirectives, type Directive } from './suppressions.js';
import { emptyMarkAt, emptyMarkProblem, markedBodies } from './empty-marks.js';
import { withAnchoredValues } from './anchored-values.js';
import { salvage } from './salvage.js';
import { decimalItems } from './decimal-items.js';
import {
  bodyRenameFix,
  channelsFix,
  commaBefore,
  dossierCaseFix,
  dossierFlatCaseFix,
  entryFix,
  insertFix,
  nestedItemFix,
  rejoinFix,
  removeFix,
  rejoinedText,
  stepRowFix,
  totalFix,
} from './schema-fixes.js';
import { valueAt } from '../model/data-object.js';
import { ClosedCalendarError } from '../time/clock.js';

/** A rule's severity and options as configured; `off` disables it. */
export interface RuleSetting {
  severity: Severity | 'off';
  options?: Record<string, unknown>;
}

/** How to lint: the settings that apply to each file, the message language, the calendar's day length. */
export interface LintOptions {
  /** Settings for the rules of one file (configs can differ per folder); absent rules use their defaults. */
  settingsFor?: (file: string) => ReadonlyMap<string, RuleSetting>;
  lang?: Lang;
  /** The catalog's working calendar; default office hours and Vietnam's holidays when absent. */
  calendar?: WorkingCalendar;
  /** The working calendar of each file, when files come under different configurations (`lint a/ b/`). */
  calendarFor?: (file: string) => WorkingCalendar;
  /** Today, for rules that look at the coming year (calendar-day limits); absent, they start from `effective`. */
  today?: Day;
  rules?: readonly Rule[];
  /** Keep each valid procedure in the result (the default), for commands that go on to time, draw or print them; `lint` alone passes false. */
  keep?: boolean;
  /** Reads a file again to place a catalog-rule diagnostic when its source was not kept. */
  reload?: (file: string) => LoadedFile | undefined;
  /**
   * For commands that stop on errors and print nothing else (build, stats): the rules' and the schema's warnings and
   * notes are neither placed in the file (the costly part) nor returned, except in files with suppression comments,
   * where every diagnostic decides which comments are used. The errors returned are the same as without it.
   */
  errorsOnly?: boolean;
}

export type { CatalogEntry } from '../model/types.js';

/** Diagnostics of a lint run and the procedures that passed the schema, for commands that go on with them. */
export interface LintResult {
  diagnostics: Diagnostic[];
  procedures: CatalogEntry[];
  /** Files the rules did not check, their problems before the rules (unreadable, not a procedure's shape) unfixed. */
  unchecked: string[];
  /** Files the schema refused, by the id and code written in them: what a command names a missing procedure by. */
  refused: RefusedFile[];
}

/** A file the schema refused, or whose YAML did not parse, with its id and code as written (text or a number). */
export interface RefusedFile {
  file: string;
  id?: string;
  code?: string;
  /** The file's YAML did not parse: where its first syntax error is. */
  unread?: { line: number; column: number };
}

const NO_SETTINGS: ReadonlyMap<string, RuleSetting> = new Map();

// The schema rule's own messages, for files whose shape no JSON Schema message describes well.
const LINTER_TEXT = {
  en: {
    empty: 'The file is empty; a procedure is a map with id, title, steps and the other fields',
    list: 'The file is a list; a procedure is a map with id, title, steps and the other fields',
    scalar: 'The file is a single value; a procedure is a map with id, title, steps and the other fields',
    branches: 'This step has {count} branches; procmap draws up to {max} out of one step',
    arrows: 'The flowchart would have {count} arrows; procmap draws up to {max} in one chart',
    text: 'This text is {count} characters long; procmap takes up to {max} in one text',
    decimal:
      'Inside { } a comma ends the value of "{field}", so YAML cuts "{value}" at its decimal comma: put the value in quotes, e.g. {key}: "{value}"',
    decimalUnit:
      'Inside { } a comma ends the value of "{field}", so YAML cuts "{value}" at its decimal comma, and a time needs its unit: put the value in quotes with its unit, e.g. {key}: "{value} ngày làm việc" or {key}: "{value}h" (working hours)',
    decimalItem:
      'Inside [ ] a comma ends an item, so YAML cuts "{value}" at its decimal comma into two: put the value in quotes, e.g. {example}',
    fileCrash: 'Rule "{rule}" failed on this file: {error}',
    catalogCrash:
      'Rule "{rule}" failed while checking the whole catalog ({error}): this is a bug in procmap, not in your files; please report it at {issues}',
  },
  vi: {
    empty: 'Tệp trống; một quy trình là một bảng khóa – giá trị gồm id, title, steps và các trường khác',
    list: 'Tệp là một danh sách; một quy trình là một bảng khóa – giá trị gồm id, title, steps và các trường khác',
    scalar: 'Tệp chỉ có một giá trị; một quy trình là một bảng khóa – giá trị gồm id, title, steps và các trường khác',
    branches: 'Bước này có {count} nhánh; procmap vẽ tối đa {max} nhánh từ một bước',
    arrows: 'Lưu đồ sẽ có {count} mũi tên; procmap vẽ tối đa {max} mũi tên trong một lưu đồ',
    text: 'Đoạn văn bản này dài {count} ký tự; procmap nhận tối đa {max} ký tự cho một đoạn',
    decimal:
      'Trong { }, dấu phẩy kết thúc giá trị của "{field}", nên YAML cắt "{value}" ở dấu phẩy thập phân: hãy đặt cả giá trị trong ngoặc kép, ví dụ {key}: "{value}"',
    decimalUnit:
      'Trong { }, dấu phẩy kết thúc giá trị của "{field}", nên YAML cắt "{value}" ở dấu phẩy thập phân, và thời gian cần có đơn vị: hãy đặt cả giá trị cùng đơn vị trong ngoặc kép, ví dụ {key}: "{value} ngày làm việc" hoặc {key}: "{value}h" (giờ làm việc)',
    decimalItem:
      'Trong [ ], dấu phẩy kết thúc một mục, nên YAML cắt "{value}" làm hai ở dấu phẩy thập phân: hãy đặt cả giá trị trong ngoặc kép, ví dụ {example}',
    fileCrash: 'Quy tắc "{rule}" gặp lỗi khi kiểm tra tệp này: {error}',
    catalogCrash:
      'Quy tắc "{rule}" gặp lỗi khi kiểm tra cả bộ quy trình ({error}): đây là lỗi của procmap, không phải của các tệp của bạn; hãy báo lỗi tại {issues}',
  },
} as const;

type Effective = { severity: Severity | 'off'; options: Record<string, unknown> };

// Files share their settings' map (one per configuration and set of overrides): each rule's effective setting is
// worked out once per map, not once per file and rule.
const effectiveBySettings = new WeakMap<ReadonlyMap<string, RuleSetting>, Map<Rule, Effective>>();

function effective(rule: Rule, settings: ReadonlyMap<string, RuleSetting>): Effective {
  let known = effectiveBySettings.get(settings);
  if (known === undefined) effectiveBySettings.set(settings, (known = new Map()));
  let found = known.get(rule);
  if (found === undefined) known.set(rule, (found = effectiveOf(rule, settings)));
  return found;
}

function effectiveOf(rule: Rule, settings: ReadonlyMap<string, RuleSetting>): Effective {
  const setting = settings.get(rule.id);
  // Without a setting a rule runs as the `recommended` preset has it: rules outside the preset stay off. Options
  // left out take their defaults, so a rule's checks always get every option its schema declares.
  return {
    severity: setting?.severity ?? (rule.recommended ? rule.severity : 'off'),
    options: { ...rule.defaultOptions, ...setting?.options },
  };
}

/**
 * A catalog rule looks at every file at once, so it runs with one set of options: those of the first file it is
 * on for. Overrides change its severity per file; the configuration keeps its options in the top-level `rules`.
 */
function catalogOptions(
  rule: Rule,
  files: readonly { file: string }[],
  settingsFor: (file: string) => ReadonlyMap<string, RuleSetting>,
): Record<string, unknown> {
  for (const { file } of files) {
    const { severity, options } = effective(rule, settingsFor(file));
    if (severity !== 'off') return options;
  }
  return { ...rule.defaultOptions };
}

/** A report's severity: the rule's, but a warning for a check left undone (`warnOnly`) where the rule is an error. */
function reportedSeverity(severity: Severity, report: Report): Severity {
  return report.warnOnly === true && severity === 'error' ? 'warning' : severity;
}

function toDiagnostic(source: LoadedFile, rule: Rule, severity: Severity, report: Report, lang: Lang): Diagnostic {
  const template = rule.messages[report.messageId]?.[lang] ?? report.messageId;
  // Rules speak of the canonical procedure; a body written in a list is found at its item.
  const range = report.range ?? source.locate(writtenBodyPath(source.data, report.path), report.target);
  // Rules put text from the file (a body, a label) into messages, which go to terminals and CI logs.
  const diagnostic: Diagnostic = {
    file: source.file,
    ...range,
    severity,
    rule: rule.id,
    // "return" and "rеturn" (a Cyrillic "е") read the same: a message quoting a look-alike says which letter it is.
    message: escapeControls(
      rule.id === lookalikeLetters.id
        ? fill(template, report.data)
        : withHomoglyphsNamed(fill(template, report.data), lang),
    ),
  };
  if (report.fix) diagnostic.fix = report.fix;
  return diagnostic;
}

/** What a thrown error says, without the "Error:" of its name: the words of a message, not a stack's. */
function errorText(error: unknown): string {
  return escapeControls(error instanceof Error ? error.message : String(error));
}

function crashed(source: LoadedFile, rule: Rule, error: unknown, lang: Lang): Diagnostic {
  // A calendar closed for good is the configuration's fault, not the file's: it stops the run (exit 2), named once.
  if (error instanceof ClosedCalendarError) throw error;
  // A broken rule must not take the whole run down: report it where it happened and go on.
  return {
    file: source.file,
    ...source.locate([]),
    severity: 'error',
    rule: rule.id,
    message: fill(LINTER_TEXT[lang].fileCrash, { rule: rule.id, error: errorText(error) }),
  };
}

/** A catalog rule that threw: no file is at fault, so the run says it is procmap's bug, to be reported. */
function catalogCrashed(rule: Rule, error: unknown, lang: Lang): Diagnostic {
  const message = fill(LINTER_TEXT[lang].catalogCrash, { rule: rule.id, error: errorText(error), issues: ISSUES_URL });
  return { file: '', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: rule.id, message };
}

/** Order diagnostics by file, then position, so output is stable whatever order files were read in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** What the per-file pass found: plain data, so that a pass can run in a worker thread and be merged. */
export interface FilePass {
  /** Diagnostics before suppressions are applied (catalog rules may add to the same files). */
  diagnostics: Diagnostic[];
  procedures: CatalogEntry[];
  /** Facts collected for each catalog rule, by rule id. */
  collected: Record<string, { file: string; facts: unknown }[]>;
  /** Suppression comments, by file. */
  directives: [string, Directive[]][];
  /** Files the rules did not check, as they could not be read as a procedure: the rules run once that is fixed. */
  unchecked?: string[];
  /** Files the schema refused, by the id and code written in them. */
  refused?: RefusedFile[];
}

/**
 * The per-file pass: parse problems, schema, then every enabled per-file rule, and the facts catalog rules need.
 * Sources may be a lazy iterable: only diagnostics, facts (and, with `keep`, valid procedures) are held, so memory
 * stays flat on national-scale catalogs.
 */
export function lintEachFile(sources: Iterable<LoadedFile>, options: LintOptions = {}): FilePass {
  const lang = options.lang ?? 'en';
  const runCalendar = options.calendar ?? createCalendar();
  const calendarFor = options.calendarFor ?? (() => runCalendar);
  const rules = options.rules ?? RULES;
  const settingsFor = options.settingsFor ?? (() => NO_SETTINGS);
  const diagnostics: Diagnostic[] = [];
  const procedures: CatalogEntry[] = [];
  const catalogRules = rules.filter((rule) => rule.checkCatalog);
  const collected: FilePass['collected'] = Object.fromEntries(catalogRules.map((rule) => [rule.id, []]));
  const directives: FilePass['directives'] = [];
  const unchecked: string[] = [];
  const refused: RefusedFile[] = [];
  const coreSeverity = (id: string, settings: ReadonlyMap<string, RuleSetting>): Severity | 'off' =>
    settings.get(id)?.severity ?? 'error';

  for (const loaded of sources) {
    // `body: &cm CM`: the value YAML reads where the field cannot hold the whole text (see anchored-values.ts).
    const source = withAnchoredValues(loaded);
    const settings = settingsFor(source.file);
    const calendar = calendarFor(source.file);
    const fileDirectives = readDirectives(source.text);
    if (fileDirectives.length > 0) directives.push([source.file, fileDirectives]);
    const wanted = (severity: Severity) => !options.errorsOnly || severity === 'error' || fileDirectives.length > 0;
    const parsed = source.diagnostics.map((d) => localised(d, lang));
    diagnostics.push(...parsed);
    // Every way out of this loop before the rules below leaves the file unchecked by them.
    unchecked.push(source.file);
    if (source.data === undefined) {
      const unread = unparsedFile(source);
      if (unread) refused.push(unread);
      continue;
    }
    const schemaSeverity = coreSeverity('schema', settings);
    if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
      const shape = source.data === null ? 'empty' : Array.isArray(source.data) ? 'list' : 'scalar';
      diagnostics.push({
        file: source.file,
        ...source.locate([]),
        severity: 'error',
        rule: 'schema',
        message: LINTER_TEXT[lang][shape],
      });
      continue;
    }
    const problems = validateProcedure(source.data, lang, calendar.hoursPerDay);
    // A body told as its word without the "!" fails the file as a schema problem does: known-body would say it again.
    let markedBody = false;
    if (schemaSeverity !== 'off' && wanted(schemaSeverity)) {
      let lines: LineIndex | undefined;
      // `{ duration: 1,5 ngày làm việc }`: a number cut at its decimal comma. One message, on the field's value, says
      // so; the number's own problem ("1" without a unit) and the rest's are that same mistake.
      const decimals = new Map<string, string>();
      const unitless = new Set<string>();
      const told = new Set<EmptyMark>();
      /** Tells what `mark` at `path` says in place of the field's problem; false when the field's own is told. */
      const tellMark = (mark: EmptyMark, path: NodePath): boolean => {
        const instead = told.has(mark) ? undefined : emptyMarkProblem(source.data, path, mark);
        if (instead !== undefined) {
          // `id: !B1`: the word without the "!" is said in place of the quotes already told; `body: &MC:`, in place of
          // yaml's warning on a name ending in ":", told at the mark too.
          for (const said of parsed.filter((d) => d.line === instead.line && d.column === instead.column)) {
            const at = diagnostics.lastIndexOf(said);
            if (at >= 0) diagnostics.splice(at, 1);
          }
          diagnostics.push({ ...localised(instead, lang), severity: schemaSeverity });
          told.add(mark);
        }
        return told.has(mark);
      };
      // `body: !TN`: any text is a body to the schema; the bodies declared say the word was meant.
      for (const { mark, path } of markedBodies(source)) if (tellMark(mark, path)) markedBody = true;
      // The place the source shows a comma-cut key came from: the one the data gives, or for a key that is a number,
      // which the data cannot place, the field whose value the source shows the comma right after.
      const splits = new Map<SchemaProblem, SplitKey | undefined>();
      const splitOf = (problem: SchemaProblem): SplitKey | undefined => {
        if (problem.split === undefined) return undefined;
        if (!splits.has(problem))
          splits.set(
            problem,
            [problem.split, ...(problem.otherSplits ?? [])].find((split) =>
              commaBefore(source, (lines ??= new LineIndex(source.text)), problem.path, split),
            ),
          );
        return splits.get(problem);
      };
      // `{ name: Tiếp nhận,kiểm tra }`: the text to put in quotes is the one written, not its pieces joined with ", ".
      // Once per run: each of its keys quotes the same text, and a run may be thousands of keys long.
      const writtenRuns = new Map<string, string | undefined>();
      const asWrittenSplit = (split: SplitKey | undefined, key: NodePath): string | undefined => {
        if (split?.through === undefined) return undefined;
        const rejoin = { from: split.field, to: split.through, wrap: 'quotes' } as const;
        const run = JSON.stringify([split.field, split.through]);
        if (!writtenRuns.has(run))
          writtenRuns.set(run, rejoinedText(source, (lines ??= new LineIndex(source.text)), rejoin));
        const text = writtenRuns.get(run);
        return text === undefined
          ? undefined
          : splitTextMessage(lang, String(key.at(-1)), String(split.field.at(-1)), shownSplit(text));
      };
      for (const problem of problems) {
        const rejoin = splitOf(problem)?.rejoin;
        const cut = rejoin === undefined ? undefined : valueAt(source.data, rejoin.from);
        // The value ends in a digit and the key the comma made starts with one, whatever came before: "0,5 ngày" read
        // as 0 and "5 ngày", "3 ngày (Sở 2,5 ngày…)" as "3 ngày (Sở 2" and "5 ngày…", in any field.
        if (
          rejoin?.wrap !== 'quotes' ||
          (typeof cut !== 'string' && typeof cut !== 'number') ||
          !/\d$/.test(String(cut)) ||
          !/^\d/.test(String(problem.path.at(-1)))
        )
          continue;
        lines ??= new LineIndex(source.text);
        const text = rejoinedText(source, lines, rejoin);
        // A decimal comma has its digit right after it: "Tổ 1, 5, Hộ tịch" is a list of words, save in a time.
        const rest = text?.startsWith(`${String(cut)},`) ? text.slice(String(cut).length + 1) : undefined;
        if (text && rest !== undefined && (/^\d/.test(rest) || splitOf(problem)!.timed))
          decimals.set(JSON.stringify(rejoin.from), text);
        // `duration: 0,5`: a time written as a bare number needs its unit as well as its quotes.
        if (text && splitOf(problem)!.timed && /^\d+,\d+$/.test(text)) unitless.add(JSON.stringify(rejoin.from));
      }
      // `{ time: 0,5 ngày }`: the key written as its heading is renamed in the decimal's message, whose example is then
      // the whole of what to write; the rename's own message would show the value cut ("write it as duration: 0").
      const renamed = new Map<string, string>();
      for (const problem of problems)
        if (problem.target === 'key' && problem.rename && decimals.has(JSON.stringify(problem.path)))
          renamed.set(JSON.stringify(problem.path), problem.rename);
      // `[Trực tiếp: 2,5 ngày]`: the same cut in a list, told once at the number, for the items it made.
      const within = (path: NodePath, prefix: NodePath) => prefix.every((segment, i) => path[i] === segment);
      const cutItems =
        problems.length === 0
          ? []
          : decimalItems(source, (lines ??= new LineIndex(source.text)), (path) =>
              problems.some((problem) => within(problem.path, path)),
            );
      for (const cut of cutItems)
        diagnostics.push({
          file: source.file,
          ...cut.at,
          severity: schemaSeverity,
          rule: 'schema',
          message: escapeControls(fill(LINTER_TEXT[lang].decimalItem, { value: cut.value, example: cut.example })),
          fix: cut.fix,
        });
      for (const problem of problems) {
        if (cutItems.some((cut) => cut.pieces.some((piece) => within(problem.path, piece)))) continue;
        const range = source.locate(problem.path, problem.target);
        const split = splitOf(problem);
        const decimal = split?.rejoin && decimals.get(JSON.stringify(split.rejoin.from));
        // The field's own problem is told by the one message.
        if (decimals.has(JSON.stringify(problem.path)) && (problem.target !== 'key' || problem.rename)) continue;
        // The run's later keys ("5 ngày)" after "5 ngày; Sở 2") are pieces of the same value, told on its first.
        if (split && !split.rejoin && decimals.has(JSON.stringify(split.field))) continue;
        // A value a mark left empty (`id: &receive`): the mark is the problem, told once at the "&".
        const mark = problem.target === 'key' ? undefined : emptyMarkAt(source, range);
        if (mark !== undefined && tellMark(mark, problem.path)) continue;
        const message = decimal
          ? fill(LINTER_TEXT[lang][unitless.has(JSON.stringify(split.rejoin!.from)) ? 'decimalUnit' : 'decimal'], {
              field: String(split.rejoin!.from.at(-1)),
              key: renamed.get(JSON.stringify(split.rejoin!.from)) ?? String(split.rejoin!.from.at(-1)),
              value: decimal,
            })
          : (asWrittenSplit(split, problem.path) ??
            split?.message ??
            (problem.nullKey
              ? asWritten(problem.message, (lines ??= new LineIndex(source.text)), source.text, range)
              : problem.emptyKey && inBraces(source.text, (lines ??= new LineIndex(source.text)), range)
                ? emptyKeyEntryText(lang, problem.emptyKey.example, commaOfEntry(source, lines, problem.path))
                : problem.message));
        diagnostics.push({
          file: source.file,
          ...(decimal ? source.locate(split.rejoin!.from) : range),
          severity: schemaSeverity,
          rule: 'schema',
          // As for rules: every schema message quotes text from the file, so no message depends on quoting it right.
          message: escapeControls(withHomoglyphsNamed(message, lang)),
          // A total written as a field: --fix deletes its line.
          ...(problem.remove ? removeFix(source, (lines ??= new LineIndex(source.text)), problem.path) : {}),
          // A key written as its field's heading: --fix writes the key procmap reads.
          // A body key renamed: the steps that write it as it was written are renamed with it.
          ...(problem.rename
            ? problem.path[0] === 'bodies' && problem.target === 'key'
              ? bodyRenameFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.rename)
              : { fix: { range, text: problem.rename } }
            : {}),
          // An item after two "- ", its inner list one text: --fix writes the item after one, where that list is a block.
          ...(problem.nestedItem !== undefined
            ? nestedItemFix(source, (lines ??= new LineIndex(source.text)), range, problem.nestedItem)
            : {}),
          ...(split?.rejoin ? rejoinFix(source, (lines ??= new LineIndex(source.text)), split.rejoin) : {}),
          ...(problem.insert ? insertFix(source, (lines ??= new LineIndex(source.text)), range, problem.insert) : {}),
          ...(problem.entry
            ? entryFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.entry)
            : {}),
          ...(problem.channels ? channelsFix(source, (lines ??= new LineIndex(source.text)), problem.channels) : {}),
          ...(problem.total !== undefined
            ? totalFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.total)
            : {}),
          ...(problem.dossierCase
            ? dossierCaseFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.dossierCase)
            : {}),
          ...(problem.dossierFlatCase
            ? dossierFlatCaseFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.dossierFlatCase)
            : {}),
          ...(problem.stepRow
            ? stepRowFix(source, (lines ??= new LineIndex(source.text)), problem.path, problem.stepRow)
            : {}),
        });
      }
    }
    if (problems.length > 0 || markedBody) {
      refused.push(refusedFile(source.file, source.data as Record<string, unknown>));
      // ESLint's way: a file that parses gets every rule whose facts the schema accepted, so that a first draft's
      // duplicate step id is told with its missing fields, not a round later. A rule that reads a refused place says
      // nothing (see salvage.ts); commands other than lint still refuse the file.
      const told = markedBody ? markedBodies(source).map(({ path }) => path) : [];
      const salvaged = salvage(source.data as Record<string, unknown>, problems, told);
      if (salvaged && sizeProblems(salvaged.procedure).length === 0) {
        const { procedure, touched } = salvaged;
        const refusedRanges = salvaged.written.map((path) => ({
          ...source.locate(path),
          ...(typeof path.at(-1) === 'string' ? startOf(source.locate(path, 'key')) : {}),
        }));
        const blankRanges = problems.filter((p) => p.blank).map((p) => source.locate(p.path));
        const encodingRanges = problems.filter((p) => p.encoding).map((p) => source.locate(p.path));
        const context = ruleContext(source, procedure, calendar, options.today, lang, salvaged.flow);
        const salvagedSource = { ...source, data: salvaged.data };
        runRules(rules, settings, context, (rule, severity, check) => {
          const found: Diagnostic[] = [];
          // The encoding rule reads the refused texts too: their letters are why they were refused.
          context.source = rule.id === ENCODING_RULE ? source : salvagedSource;
          touched.value = false;
          context.report = (report) => {
            const level = reportedSeverity(severity, report);
            if (wanted(level)) found.push(toDiagnostic(source, rule, level, report, lang));
          };
          try {
            check(context);
          } catch (error) {
            found.push(crashed(source, rule, error, lang));
          }
          // Text rules read the source, not the data: what they find inside a refused place is that place's problem.
          // Except in a text that prints as nothing, whose control or invisible characters are why it is empty: their
          // rule's fix deletes them, and the empty text is told after it, for the officer to write.
          // And a text in an old encoding, which is why the schema refused it: its rule says so, and names the fix.
          const kept = (d: Diagnostic) =>
            !refusedRanges.some((r) => within(d, r)) ||
            (BLANK_MAKERS.has(d.rule) && blankRanges.some((r) => within(d, r))) ||
            (d.rule === ENCODING_RULE && !encodingRanges.some((r) => within(d, r)));
          if (!touched.value || rule.id === ENCODING_RULE) diagnostics.push(...found.filter(kept));
        });
      }
      continue;
    }
    // Officers' forms (step id 1, level xã, dates 01/07/2025…) become the canonical shape every later stage reads.
    const procedure = canonicalProcedure(source.data as Record<string, unknown>);
    const tooLarge = sizeProblems(procedure);
    if (tooLarge.length > 0) {
      refused.push(refusedFile(source.file, source.data as Record<string, unknown>));
      for (const p of tooLarge)
        diagnostics.push({
          file: source.file,
          ...source.locate(p.path),
          severity: 'error',
          rule: 'schema',
          message: fill(LINTER_TEXT[lang][p.kind], { count: p.count, max: p.max }),
        });
      continue;
    }
    unchecked.pop();
    if (options.keep !== false) procedures.push({ file: source.file, procedure, source });
    for (const rule of catalogRules)
      collected[rule.id]!.push({ file: source.file, facts: rule.collect ? rule.collect(procedure) : undefined });
    const flow = buildFlow(procedure.steps);
    const context = ruleContext(source, procedure, calendar, options.today, lang, () => flow);
    // One report function for the file, told which rule is running: one per rule was a closure per rule and file.
    let running: Rule;
    let runningSeverity: Severity;
    const report: RuleContext['report'] = (one) => {
      const level = reportedSeverity(runningSeverity, one);
      if (wanted(level)) diagnostics.push(toDiagnostic(source, running, level, one, lang));
    };
    runRules(rules, settings, context, (rule, severity, check) => {
      running = rule;
      runningSeverity = severity;
      context.report = report;
      try {
        check(context);
      } catch (error) {
        diagnostics.push(crashed(source, rule, error, lang));
      }
    });
  }
  return { diagnostics, procedures, collected, directives, unchecked, refused };
}

/**
 * A file's rule context. A class, not an object literal with its own `flow` getter: each such literal had a hidden
 * class of its own (made in the old generation, never freed before a full collection), which was most of the memory
 * a large lint grew to, and left every rule reading the context through a megamorphic lookup.
 */
class FileRuleContext implements RuleContext {
  readonly file: string;
  readonly hoursPerDay: number;
  today?: Day;
  options: Record<string, unknown> = {};
  report: RuleContext['report'] = () => undefined;
  readonly #flow: () => Flow;

  constructor(
    public source: LoadedFile,
    readonly procedure: Procedure,
    readonly calendar: WorkingCalendar,
    today: Day | undefined,
    readonly lang: Lang,
    flow: () => Flow,
  ) {
    this.file = source.file;
    this.hoursPerDay = calendar.hoursPerDay;
    if (today !== undefined) this.today = today;
    this.#flow = flow;
  }

  // Read when a rule asks: a refused file's flow may rest on a refused place (salvage.ts).
  get flow(): Flow {
    return this.#flow();
  }
}

/** One context per file, its options and report set per rule: a context per rule was a tenth of the rules' time. */
function ruleContext(
  source: LoadedFile,
  procedure: Procedure,
  calendar: WorkingCalendar,
  today: Day | undefined,
  lang: Lang,
  flow: () => Flow,
): RuleContext {
  return new FileRuleContext(source, procedure, calendar, today, lang, flow);
}

function startOf(range: SourceRange): { line: number; column: number } {
  return { line: range.line, column: range.column };
}

// The rule that finds text in an old encoding: it reads every text, the refused ones too, as each text's letters are
// its own and say nothing of the file's shape; and what it finds is why a place was refused ("xÃ£" is no level).
const ENCODING_RULE = 'legacy-font-text';

// The rules that find the characters a text printing as nothing is made of.
const BLANK_MAKERS: ReadonlySet<string> = new Set(['control-characters', 'invisible-characters']);

/** Whether a diagnostic starts inside `range` (its end exclusive). */
function within(d: Diagnostic, range: SourceRange): boolean {
  const after = d.line > range.line || (d.line === range.line && d.column >= range.column);
  const before = d.line < range.endLine || (d.line === range.endLine && d.column < range.endColumn);
  return after && before;
}

/** A per-file rule that is on, with its effective severity and options. */
interface EnabledRule {
  rule: Rule;
  check: (context: RuleContext) => void;
  severity: Severity;
  options: Record<string, unknown>;
}

// The per-file rules a settings map turns on, for the last list of rules asked about: the same for every file under
// one configuration, so worked out once, not looked up rule by rule for each file.
const enabledBySettings = new WeakMap<
  ReadonlyMap<string, RuleSetting>,
  { rules: readonly Rule[]; on: EnabledRule[] }
>();

function enabledRules(rules: readonly Rule[], settings: ReadonlyMap<string, RuleSetting>): EnabledRule[] {
  const known = enabledBySettings.get(settings);
  if (known !== undefined && known.rules === rules) return known.on;
  const on: EnabledRule[] = [];
  for (const rule of rules) {
    if (!rule.check) continue;
    const { severity, options } = effective(rule, settings);
    if (severity !== 'off') on.push({ rule, check: (context) => rule.check!(context), severity, options });
  }
  enabledBySettings.set(settings, { rules, on });
  return on;
}

/** Runs each enabled per-file rule through `run`, which sets how its reports and crashes are kept. */
function runRules(
  rules: readonly Rule[],
  settings: ReadonlyMap<string, RuleSetting>,
  context: RuleContext,
  run: (rule: Rule, severity: Severity, check: (context: RuleContext) => void) => void,
): void {
  for (const { rule, check, severity, options } of enabledRules(rules, settings)) {
    context.options = options;
    run(rule, severity, check);
  }
}

// A refused file's id and code as the officer wrote them: a dossier export names its procedure by one of the two.
function refusedFile(file: string, data: Record<string, unknown>): RefusedFile {
  const text = (value: unknown) =>
    (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' ? String(value) : undefined;
  const id = text(data.id);
  const code = text(data.code);
  return { file, ...(id === undefined ? {} : { id }), ...(code === undefined ? {} : { code }) };
}

// A file whose YAML did not parse, by the id and code its lines write, and where the first syntax error is.
function unparsedFile(source: LoadedFile): RefusedFile | undefined {
  const keys = writtenKeys(source.text);
  const error = source.diagnostics.find((d) => d.rule === 'parse' && d.severity === 'error');
  if (keys === undefined || error === undefined) return undefined;
  return { file: source.file, ...keys, unread: { line: error.line, column: error.column } };
}

/**
 * Merges per-file passes, runs the catalog rules on everything they collected, then applies suppressions. Passes are
 * given in file order, so that "first" (the file a duplicate id is reported against) is the same in every run.
 */
export function finishLint(passes: readonly FilePass[], options: LintOptions = {}): LintResult {
  const lang = options.lang ?? 'en';
  const rules = options.rules ?? RULES;
  const settingsFor = options.settingsFor ?? (() => NO_SETTINGS);
  const diagnostics = passes.flatMap((pass) => pass.diagnostics);
  const procedures = passes.flatMap((pass) => pass.procedures);
  const kept = new Map(procedures.map((entry) => [entry.file, entry.source]));
  const directives = new Map(passes.flatMap((pass) => pass.directives));
  for (const rule of rules.filter((r) => r.checkCatalog)) {
    const entries = passes.flatMap((pass) => pass.collected[rule.id] ?? []);
    try {
      rule.checkCatalog!({
        entries,
        options: catalogOptions(rule, entries, settingsFor),
        report: (file, report) => {
          const { severity } = effective(rule, settingsFor(file));
          if (severity === 'off' || (options.errorsOnly && severity !== 'error' && !directives.has(file))) return;
          const source = kept.get(file) ?? options.reload?.(file);
          if (source) diagnostics.push(toDiagnostic(source, rule, severity, report, lang));
        },
        lang,
        lineOf: (file, path) => (kept.get(file) ?? options.reload?.(file))?.locate(path).line,
      });
    } catch (error) {
      diagnostics.push(catalogCrashed(rule, error, lang));
    }
  }
  const unsuppressed = applySuppressions(diagnostics, directives, {
    lang,
    severityFor: (file) =>
      rules.includes(unusedDisable) ? effective(unusedDisable, settingsFor(file)).severity : 'off',
  });
  return {
    diagnostics: sortDiagnostics(unsuppressed),
    procedures,
    unchecked: passes.flatMap((pass) => pass.unchecked ?? []),
    refused: passes.flatMap((pass) => pass.refused ?? []),
  };
}

/**
 * One catalog rule at its default severity over procedures already read, whatever their suppression comments say:
 * for a command that cannot do what the rule guards against (two charts of one file name), told as lint tells it.
 */
export function unsuppressedCatalogCheck(
  rule: Rule,
  entries: readonly Pick<CatalogEntry, 'file' | 'procedure' | 'source'>[],
  lang: Lang,
): Diagnostic[] {
  const sources = new Map(entries.map((entry) => [entry.file, entry.source]));
  const diagnostics: Diagnostic[] = [];
  rule.checkCatalog?.({
    entries: entries.map((entry) => ({ file: entry.file, facts: rule.collect?.(entry.procedure) })),
    options: { ...rule.defaultOptions },
    report: (file, report) => {
      const source = sources.get(file);
      if (source) diagnostics.push(toDiagnostic(source, rule, rule.severity, report, lang));
    },
    lang,
    lineOf: (file, path) => sources.get(file)?.locate(path).line,
  });
  return sortDiagnostics(diagnostics);
}

/** Lints loaded files: the per-file pass, then the catalog rules and suppressions. */
export function lint(sources: Iterable<LoadedFile>, options: LintOptions = {}): LintResult {
  return finishLint([lintEachFile(sources, options)], options);
}

/** Whether a key stands after the "{" or "," of a map in braces on its line, an entry there rather than a line. */
function inBraces(text: string, lines: LineIndex, range: SourceRange): boolean {
  return /[{,][ \t]*$/.test(text.slice(lines.offset(range.line, 1), lines.offset(range.line, range.column)));
}

/**
 * Which comma goes with an entry of a map in braces when it is deleted: the one after it (`{ : x, b: 1 }`), else the
 * one before it, the last entry's (`{ a: 1, : x }`), else none, the only entry (`{ : x }`).
 */
function commaOfEntry(source: LoadedFile, lines: LineIndex, path: NodePath): 'after' | 'before' | 'none' {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  const text = source.text;
  let after = Math.max(lines.offset(key.endLine, key.endColumn), lines.offset(value.endLine, value.endColumn));
  while (/\s/.test(text[after] ?? '')) after++;
  if (text[after] === ',') return 'after';
  let before = lines.offset(key.line, key.column) - 1;
  while (/\s/.test(text[before] ?? '')) before--;
  return text[before] === ',' ? 'before' : 'none';
}

/** A message about the key "null" quoting the key as the file writes it (`~`, `NULL`), which YAML reads as null. */
function asWritten(message: string, lines: LineIndex, text: string, range: SourceRange): string {
  const written = text.slice(lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn));
  return written === '' || written === 'null' ? message : message.replace('"null"', quoted(written));
}
