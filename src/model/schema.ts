import schemaJson from '../../schemas/procedure.schema.json' with { type: 'json' };
import { fill, type Lang, type Translated } from '../i18n.js';
import { durationProblems, isDurationPath, type PerChannelLimits } from './duration-check.js';
import { validate, type AjvError } from './generated/validate-procedure.js';
import { escapeControls, jsonString, quoted } from './quote.js';
import { asciiWords, foldCase, withoutMarks } from './fold.js';
import { asciiBodyKey, initials, isBodyKey } from './body-keys.js';
import { splitFrom } from './split-values.js';
import { englishShortYear } from '../time/english-months.js';
import { dateParts, MINUTES_PER_DAY, parseClock, withoutDateLabel } from '../time/moment.js';
import { lunarDate, monthWithoutDay } from '../time/unread-dates.js';
import { numberDate } from './date-numbers.js';
import { itemBulletOf, textBulletOf } from './item-bullet.js';
import { inLatin } from './homoglyphs.js';
import { caseHeadingOf, isCaseWording } from './case-headings.js';
import { dossierItemOf } from './dossier-line.js';
import { CROSS_MARKS, PROCEDURE_LISTS, procedureIdLike, revisionOf, STEP_LISTS, valueProblems } from './lenient.js';
import { changesExample } from './history-changes.js';
import { keyedLine } from './keyed-items.js';
import { closest } from './suggest.js';
import { missingBody } from './missing-body.js';
import { isMap } from './data-object.js';
import { DEFAULT_HOURS_PER_DAY, isWorkingTime, toWorkingHours } from './duration.js';
import { isTotalKey, sequentialHours } from './total-rows.js';
import { parseStepDuration } from './step-duration-words.js';
import { formatWorkingTime } from '../time/units.js';
import type { NodePath } from './types.js';

/** One schema violation, in words, with where it stands in the data. */
export interface SchemaProblem {
  path: NodePath;
  target: 'key' | 'value';
  message: string;
  /** An unknown key read as "null", which the file may have written `~`, `Null` or `NULL`. */
  nullKey?: true;
  /** For a missing property: its name; for an unknown one: the known name it is probably a typo of. */
  property?: string;
  /** For a missing property: the schema's example of its value, which lint stands in for it to run the rules. */
  example?: string;
  /** For a key written as the heading of its field ("Thời hạn giải quyết"): the key to write, which `--fix` writes. */
  rename?: string;
  /** For a list's item written after two "- " (`- - • Nam …`) whose inner list is one text: the item `--fix` writes. */
  nestedItem?: string;
  /**
   * For a valueless key that may be the rest of a value a comma in braces cut short (`{ next: B2, B3 }`): what to say
   * instead when the source shows that comma right after the entry before it (`after`, by its key when that is
   * valueless too), the field whose value was cut (`field`), and, on the run's first key, how `--fix` joins the value
   * again.
   */
  split?: SplitKey;
  /**
   * For a valueless key that is a whole number (`{ duration: 0,5 }` leaves "5"), which the data cannot place among
   * the others: the other fields it may be the rest of, each as `split` is; the source tells which one, if any.
   */
  otherSplits?: SplitKey[];
  /** For an entry that is to go, line and all (a total written as a field): `--fix` deletes its lines. */
  remove?: true;
  /**
   * For a step without its id: the id `--fix` writes as the step's first entry (`id: B2`), one no other step has;
   * for a step without its body that the file tells: the body, written after the entry `after` (its role).
   */
  insert?: { key: string; value: string; after?: NodePath };
  /** For a body written name first (`Bộ phận Một cửa: MC`): the entry `--fix` writes in its place (`MC: Bộ phận Một cửa`). */
  entry?: { key: string; value: string };
  /** For a time limit per way of filing: the limit time_limit keeps and what `--fix` writes in `channels`. */
  channels?: PerChannelLimits;
  /** For a limit per agency of a liên thông dossier: the total with each agency's time, which `--fix` writes instead. */
  total?: string;
  /**
   * For a step written as a step table's row, `- Bước 1: Tiếp nhận hồ sơ` (its name after the number) or `- Bước 1:`
   * with its fields under it: the id `--fix` writes in place of the number, and the name when it is on that line.
   */
  stepRow?: { id?: string; name?: string; nested?: boolean };
  /** For dossier items under their case, `- Trường hợp …:` and the items below: the items `--fix` writes, each with its case. */
  dossierCase?: { case: string; items: DossierCaseItem[] };
  /** For a case heading written flat among the items (`- Trường hợp 1: …`): the items after it that `--fix` gives its case. */
  dossierFlatCase?: { case: string; items: DossierCaseItem[] };
  /**
   * For a key left empty (`: Thẩm định`): the entry the message suggests, if any; in braces, where the officer
   * deletes an entry and not a line, the linter says so (emptyKeyEntryText).
   */
  emptyKey?: { example?: string };
  /** For a text that prints as nothing (spaces, control or invisible characters alone): the characters are why. */
  blank?: true;
  /** For a time in an old encoding (VNI, TCVN3, UTF-8 read as ANSI), whose message already says so. */
  encoding?: true;
}

/** A valueless key that may be the rest of a value a comma in braces cut short (see SchemaProblem.split). */
export interface SplitKey {
  message: string;
  after: NodePath;
  afterKey: boolean;
  field: NodePath;
  rejoin?: Rejoin;
  /** The field holds a time, which a bare number cut at its decimal comma ("0,5") still needs a unit for. */
  timed?: true;
  /**
   * For a text (not a list): the run's last key, so that the message can quote the text as the file writes it
   * ("Tiếp nhận,kiểm tra"), not its pieces joined again with ", " (see splitTextMessage).
   */
  through?: NodePath;
}

/** The message for a valueless key `name` that is the rest of the text of `field`, quoting `value` as written. */
export function splitTextMessage(lang: Lang, name: string, field: string, value: string): string {
  return fill(MESSAGES[lang].splitText, { name: quoted(name), field, value });
}

/**
 * A dossier item under its case, as --fix writes it with the case: a line (`Tờ khai`, `Tờ khai: 01 bản chính`) as its
 * name and counts, or a map (`{ name: Điều lệ, copies: 2 }`) as it is, the case added.
 */
export type DossierCaseItem =
  { line: { name: string; originals?: number; copies?: string | number } } | { map: string };

/** Where a value a comma in braces cut short starts (its field's value) and ends (its last key), and how it is joined. */
export interface Rejoin {
  from: NodePath;
  to: NodePath;
  wrap: 'quotes' | 'brackets';
}

// Fields that hold a list, which a comma in braces cut short: the rest goes in brackets; another field's text in quotes.
const LIST_FIELDS = new Set<string>([...PROCEDURE_LISTS, ...STEP_LISTS, 'next', 'channels']);

const MESSAGES = {
  en: {
    required: 'Missing required property "{name}"',
    requiredExample: 'Missing required property "{name}"; add it, e.g. {example}',
    // A step's body beside its role: the role says who does the step, the body the office it is done in.
    requiredBody:
      'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: {example}',
    requiredBodyDeclared:
      'Missing required property "body", the office that does this step ("role" says who in it does it); add the key of that office in `bodies`: {keys}',
    requiredBodyPlain:
      'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: Phòng Tư pháp',
    requiredBodyKeys:
      'Missing required property "body"; add the key of the office that does this step in `bodies`: {keys}',
    unknown: 'Unknown property {name}',
    emptyKey:
      "A field without its name: nothing is written before the colon; write the field's name before it, or delete the line",
    emptyKeyExample:
      "A field without its name: nothing is written before the colon; write the field's name before it, e.g. {example} (the one required field missing here), or delete the line",
    emptyKeyEntry:
      "A field without its name: nothing is written before the colon; write the field's name before it, or delete {entry}",
    emptyKeyEntryExample:
      "A field without its name: nothing is written before the colon; write the field's name before it, e.g. {example} (the one required field missing here), or delete {entry}",
    // What goes with an entry in braces deleted: the comma that parts it from the next entry, or from the one before.
    entryAlone: 'the entry',
    entryCommaAfter: 'the entry and the comma after it',
    entryCommaBefore: 'the entry and the comma before it',
    totalKey: '{name} is not a field: procmap computes the total time from the steps; delete this line',
    totalKeyDisagrees:
      "{name} is not a field: procmap computes the total time from the steps, and they take {total}, not the {written} written here; delete this line, and check the steps' times",
    mergeKey: 'A merge key (<<) is not read: write {what} out in full (copy them rather than merge an anchor)',
    // What a merge key stands in, by the field that holds it: an entry of a list or map, or the map of rules itself.
    mergedEntry: {
      steps: 'the fields of the step',
      bodies: 'the fields of the body',
      holidays: 'the fields of the holiday',
      workdays: 'the fields of the make-up working day',
      overrides: 'the fields of the override',
    } as Record<string, string>,
    mergedRules: "each rule's setting",
    mergedFields: 'the fields of {what}',
    hint: '; did you mean "{hint}"?',
    write: '; write it as {key}: {value}',
    writeTaken: '; it means {key}, which is already written here: keep one of the two',
    stepRowName: "A step's number and its name are two fields: write id: {id} and, on the next line, name: {name}",
    stepRowHasId:
      'This step has its id already, {id}, so its number "{key}" is left out: write its name as name: {name}',
    stepRowHasName: 'This step has its name already, under "{nameKey}": write id: {id} in place of "{key}: {name}"',
    stepRowTwoNames:
      'This step has two names, "{row}" after its number and "{name}" under "{nameKey}": keep the right one as name, and write id: {id} in place of "{key}"',
    stepRowBoth:
      'This step has its id ({id}) and its name ("{name}") already: remove the line "{key}: {row}", or correct id and name from it',
    stepRowFields:
      'A step\'s number is its id, and its fields stand beside it: write id: {id} in place of "{key}:", and the lines below it at its indent',
    dossierCase:
      'A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: {name}, case: {case} }',
    dossierFlatCase:
      '{case} is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: {name}, case: {case} }, or indent them under the case',
    dossierEmptyCase:
      '{case} is a case heading with no dossier items after it, not a document: write the papers of that case after it, each with its case, e.g. - { name: "Tờ khai", case: {case} }, or remove the heading',
    dossierColon:
      '{text} ends with a colon, as a heading does, not a document’s name: if it heads a case, write that case on each of its items in its place, e.g. - { name: {name}, case: {case} }; if it is a document, write its name without the colon',
    splitList:
      '{name} has no value: inside { } a comma ends the value of "{field}"; to give several, put them in brackets, e.g. {field}: [{value}]',
    splitText:
      '{name} has no value: inside { } a comma ends the value of "{field}"; to keep the comma, put the text in quotes, e.g. {field}: "{value}"',
    keys: '; the properties here are {keys}',
    type: '{what} must be {expected}, not {value}',
    numberText: '{what} must be text, not the number {value}: write it with what it counts, in quotes, e.g. {example}',
    enum: '{what} must be one of {values}, not {value}',
    severities: 'off, info, warn, error',
    originals: '{what} is {value}, not a number of originals: write a number, e.g. 1 or "01 bản chính", or 0',
    duration: '{value} is not a duration: use a number and a unit, e.g. 4h, 0.5d, 15d, 30cd or "3 ngày làm việc"',
    date: '{what} must be a date written 2026-07-01 or 01/07/2026 (day first), not {value}',
    dateRange:
      '{what} must be a date, 01/07/2026 (day first) or 2026-07-01, or a range of days written 04/02/2027 - 14/02/2027 or { date: 04/02/2027, to: 14/02/2027, name: Tết }, not {value}',
    dateRemark:
      '{what} holds a remark after its date, {value}: write the date alone, {date}, and the remark in a comment after it (# {remark})',
    dateSigned:
      '{what} names a day, {value}, where procmap needs the date itself: write the date the decision was signed or issued, e.g. 01/07/2026',
    dateNumber: '{what} is the number {value}, not a date: {how}, it is {date}; write "{date}"',
    excelDays: "read as Excel's count of days (a date cell pasted as its value)",
    dateDigits: 'read as year, month and day run together',
    shortYear: '{what} {value} has a two-digit year: write the year in full, e.g. {example}',
    monthLunar:
      '{what} {value} says "{word}", a month of the lunar calendar: write the solar date with its month in figures, e.g. 01/02/2027',
    dayLunar:
      '{what} {value} says "mùng", which mostly names a day of the lunar calendar: write the solar date in figures, e.g. "{figures}" if that is the day, or say it is solar: add "(dương lịch)" after the date',
    dayMissing: '{what} {value} gives a month and a year but no day: write the whole date, day first, e.g. "{example}"',
    bodiesText:
      '"bodies" lists the bodies one a line under "bodies:", each indented two spaces, its key, a colon and its name, e.g. {example}; {value} is not split at its commas, for a body\'s name may hold one',
    nestedItem:
      '{what} is written after two "- ", which YAML reads as a list inside the list: write one "- " per item, e.g. - {example}',
    stepName:
      'Step {n} is only a name, {value}: each step is a map of its id, name, body and duration, e.g. "- id: B{n}", then name, body and duration on the lines below it, in line with "id"',
    pastedTable:
      '{what} is a table pasted from Word or Excel (its columns split by Tabs), which procmap cannot read as a list: write each item on a line starting with "- " (a step as "- id: B1" with its name, body and duration on the lines below it), or make the procedure from the table with procmap import',
    stepsMap:
      '"steps" is a list, one item per step in order: write each step on a line starting with "- ", e.g. "- id: {id}", then its name, body and duration below it',
    stepsOne:
      '"steps" is a list, and this step has no "- " before it: write "- id: {id}", with name, body and duration on the lines below it, in line with "id"',
    logo: '{what} must be a picture file, .png, .jpg/.jpeg or .svg, its path relative to the folder of this file, e.g. logo: logo.png, not {value}',
    urlSpace:
      '{what} has a space in it, {value}: a web address holds no spaces; remove the space or write %20 in its place, e.g. {fixed}',
    urlQuery: '{what} is the address of the site\'s folder, with nothing from "?" or "#" on: write {fixed}',
    noMonth:
      '{what} {value} is not a date: there is no month {month}; write the day first, e.g. 01/07/2026 for 1 July 2026',
    noDay: '{what} {value} is not a date: month {month} of {year} has {days} days',
    farYear:
      '{what} {value} is not a date: there is no year {year} to count in; write the year in four digits, e.g. 2026',
    weekday: '{what} {value} names {written}, but {date} is a {weekdayEn}: correct the date or the weekday',
    time: '{what} must be a time of day written like 15:00 or 15h30, not {value}',
    cutoffEndOfDay:
      '{what} {value} is the end of the day, not an hour within it: a dossier received after the cutoff counts from the next working day, so the cutoff is an hour of the working day, before the office closes; write it like 15:00 or 16h30',
    ambiguousHour:
      '{what} {value} can be {hour} in the afternoon ({afternoon}) or {hour} at night ({morning}): write "{afternoon}", or the hour with its part of the day, e.g. "{hour} giờ chiều"',
    ambiguousLimitHour:
      '{what} moves dossiers received after "{said}" to the next working day, and that can be {hour} in the afternoon ({afternoon}) or {hour} at night ({morning}): write cutoff: "{afternoon}" beside it, or "{hour} giờ chiều" in the limit',
    hours: '{what} must be a span of office hours written like 07:30-11:30, not {value}',
    flag: '{what} must be true or false (also read: có or không, yes or no, a tick x or ✓ as yes), not {value}',
    flagCross:
      '{what} is a cross, {value}, which some tables use to tick what applies and others to say it does not: write true if it applies, false if it does not',
    revision: '{what} must be a whole number from 1, e.g. 2 or "Lần 2", not {value}',
    branchTwice: '{what} gives two branches the case "{label}": each case of a decision leads to one step',
    branchKeys:
      'Item {n} of next gives {count} cases in one item ({keys}): a decision written as a list takes one case an item, "- {first}: step id"; or write next as a map of case to step id, e.g. next: { Hợp lệ: B2, Không hợp lệ: B5 }',
    branchMixed:
      'Next step "{item}" has no case, beside the case "{label}": in a decision, write each step with the case that leads to it, "- case: {item}"; if "{item}" is done in parallel with the decision, add a step that decides, with the cases as its next, and write next: [{item}, that step\'s id]',
    choiceInParallel:
      "Next step {value} both takes one of {choiceEn} and goes on to {othersEn} in parallel, and procmap cannot keep a choice inside parallel branches: add a step that decides between {choiceEn}, with next: { {casesEn} } (naming each case), and write next: [that step's id, {others}] here; if all of them are done in parallel, write next: [{all}]",
    caseChoice:
      'The case "{label}" leads to {choiceEn}, but a case of a decision leads to one step: split it into cases of one step each, e.g. { {splitEn} } (naming when each is taken), or add a step that decides between {stepsEn}, with next: { {casesEn} }, and write that step\'s id for the case "{label}"',
    caseSteps:
      'The case "{label}" leads to {stepsEn}, but a case of a decision leads to one step: if they are all done in parallel, add a step for this case with next: [{all}] and write that step\'s id for the case "{label}"; if one of them is taken, split the case into cases of one step each, e.g. { {splitEn} } (naming when each is taken)',
    caseBare:
      'The case "{label}" is followed by {bareEn} without a step: inside { } a comma ends a case\'s step, so it is not clear whether these are more steps for "{label}" or cases without their step. More steps: a case leads to one step; add a step for the case with next: [{all}] and write its id for "{label}", or split the case, e.g. { {splitEn} }. A case: write its step after the colon, e.g. {first}: B3',
    branchSplit:
      'The branch "{label}" leads to no step: inside { }, a comma ends a branch\'s label; to keep the comma, put the whole label in quotes, e.g. "{joined}": {step}',
    form: '{what} is not written in a form procmap reads: {value}',
    definition:
      '{what} {value} is not a term and its meaning: write both, e.g. "TTPVHCC: Trung tâm Phục vụ hành chính công" or { term: TTPVHCC, meaning: … }',
    listedBody:
      'Body {n} of the list is written in no form procmap reads: write its name ("- Bộ phận Một cửa"), its id and name ("- BPMC: Bộ phận Một cửa"), or a map of id, name, single_window and on_site ("- { id: BPMC, name: Bộ phận Một cửa }")',
    listedKey: 'Body {n} of the list has the property "{key}", which procmap does not read; did you mean "{hint}"?',
    bodyTwice: 'Body {n} of the list gives the id {key} again: each body has its own id',
    stepId:
      '{value} cannot be a step id: a step id is made of letters (any language, accents allowed), digits, spaces, ".", "-" and "_", starts with a letter or a digit, and has at most 64 characters, e.g. B1, "Bước 1", 1 or receive',
    procedureId:
      '{value} cannot be a procedure id: a procedure id is made of Latin letters without accents (and Đ, đ), digits, ".", "-" and "_", starts with a letter or a digit and does not end with "."; it names the document files, e.g. {example}',
    device:
      '{value} cannot be a procedure id: Windows keeps that name for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9), and documents are named after the id; lengthen it, e.g. QT-{id}',
    bodyId:
      '{key} cannot be a body id: a body id is made of Latin letters without accents, digits, "-" and "_" and starts with a letter, e.g. TNTKQ or mot_cua; the full name goes in "name"',
    bodyIdAscii: '; write {key}',
    bodyIdNamed: '; write {key}: {name}',
    bodyNameFirst: '{key} is a name, not a body id: the id comes first and the name after it; write {entry}',
    ruleId: '{key} is not a rule id: rule ids are lower-case words joined by "-", e.g. known-body',
    channel:
      '{what} {value} is not a way of filing: write in_person (trực tiếp), online (trực tuyến) or postal (qua dịch vụ bưu chính công ích)',
    channelGrades:
      '{what} {value} names online filing twice, as "{first}" and as "{second}": write online once, with the grade the procedure is offered at as its note, e.g. { kind: online, note: "{second}" }',
    levels:
      '{what} {value} names several levels, as national records list them for a joint (liên thông) procedure: keep one procedure, so that one time limit covers every step, and write the level that settles the dossier, that of "agency", e.g. level: {levelEn}; the offices of the other level are bodies (bodies:), each the body of the steps it carries out',
    regionalLevel:
      '{what} {value} is not a level: there is no regional level of government, and no district since 01/7/2025; a regional branch ("… khu vực") is at the level of the body it is a branch of: one of a provincial department (Chi nhánh Văn phòng đăng ký đất đai khu vực …) is provincial, write level: province (Cấp tỉnh); one of a central agency (thuế, kho bạc, bảo hiểm xã hội) is central, write level: central',
    level:
      '{what} {value} is not a level: write commune (xã, phường, đặc khu), district (huyện), province (tỉnh, thành phố) or central (trung ương, bộ), with or without "cấp"',
    next: '{what} must be a step id, a list of step ids, a map of branch label to step id, or [] to end the flow',
    url: '{what} must be a web address starting with https:// (or http://), such as https://dichvucong.example.gov.vn/quy-trinh/, not {value}',
    empty: '{what} must not be empty',
    tooLong: '{what} is longer than {limit} characters',
    tooMany: '{what} has more than {limit} entries; procmap handles up to {limit}',
    minimum: '{what} must be {limit} or more, not {value}',
    above: '{what} must be more than {limit}, not {value}',
    hoursPerDay:
      '{what} is how many office hours make one working day: a number more than 0 and at most 24, e.g. 8, not {value}',
    maximum: '{what} is too large: at most {limit}',
    twice: '{what} lists the same step twice',
    invalid: '{what} is not valid here: {value}',
    procedure: 'The procedure',
    item: 'Item {n}',
    emptyValue: 'empty',
    list: 'a list',
    map: 'a map',
    mapWithKeys: 'a map with the properties {keys}',
    types: {
      integer: 'a whole number',
      number: 'a number',
      string: 'text',
      object: 'a map',
      array: 'a list',
      boolean: 'true or false',
      or: ' or ',
    },
  },
  vi: {
    required: 'Thiếu trường bắt buộc "{name}"',
    requiredExample: 'Thiếu trường bắt buộc "{name}"; hãy thêm, ví dụ {example}',
    requiredBody:
      'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: {example}',
    requiredBodyDeclared:
      'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm mã của đơn vị đó trong `bodies`: {keys}',
    requiredBodyPlain:
      'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: Phòng Tư pháp',
    requiredBodyKeys: 'Thiếu trường bắt buộc "body"; hãy thêm mã của đơn vị thực hiện bước này trong `bodies`: {keys}',
    unknown: 'Trường không hợp lệ {name}',
    emptyKey:
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, hoặc xóa dòng này',
    emptyKeyExample:
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, ví dụ {example} (trường bắt buộc duy nhất còn thiếu ở đây), hoặc xóa dòng này',
    emptyKeyEntry:
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, hoặc xóa {entry}',
    emptyKeyEntryExample:
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, ví dụ {example} (trường bắt buộc duy nhất còn thiếu ở đây), hoặc xóa {entry}',
    entryAlone: 'mục này',
    entryCommaAfter: 'mục này cùng dấu phẩy sau nó',
    entryCommaBefore: 'mục này cùng dấu phẩy trước nó',
    totalKey: '{name} không phải là một trường: procmap tự tính tổng thời gian từ các bước; hãy xóa dòng này',
    totalKeyDisagrees:
      '{name} không phải là một trường: procmap tự tính tổng thời gian từ các bước, và các bước mất {total}, không phải {written} như ghi ở đây; hãy xóa dòng này và kiểm tra lại thời gian các bước',
    mergeKey: 'Khóa gộp (<<) không được đọc: hãy viết đủ {what} (chép lại thay vì gộp từ một neo)',
    mergedEntry: {
      steps: 'các trường của bước',
      bodies: 'các trường của đơn vị',
      holidays: 'các trường của ngày nghỉ',
      workdays: 'các trường của ngày làm bù',
      overrides: 'các trường của phần ghi đè',
    } as Record<string, string>,
    mergedRules: 'cài đặt của từng quy tắc',
    mergedFields: 'các trường của {what}',
    hint: '; có phải là "{hint}"?',
    write: '; hãy ghi {key}: {value}',
    writeTaken: '; trường này là {key}, đã có ở đây: hãy giữ lại một trong hai',
    dossierCase:
      'Trường hợp được ghi ở từng thành phần hồ sơ, không phải thành một tiêu đề phía trên: hãy ghi mỗi thành phần kèm trường hợp của nó, ví dụ - { name: {name}, case: {case} }',
    dossierFlatCase:
      '{case} là trường hợp đứng đầu các thành phần hồ sơ phía sau, không phải một giấy tờ: hãy ghi mỗi thành phần đó kèm trường hợp của nó, ví dụ - { name: {name}, case: {case} }, hoặc thụt lề các thành phần vào dưới trường hợp',
    dossierEmptyCase:
      '{case} là tiêu đề một trường hợp nhưng không có thành phần hồ sơ nào phía sau, không phải một giấy tờ: hãy ghi các giấy tờ của trường hợp đó ngay sau nó, mỗi giấy tờ kèm trường hợp, ví dụ - { name: "Tờ khai", case: {case} }, hoặc xóa dòng tiêu đề',
    dossierColon:
      '{text} kết thúc bằng dấu hai chấm như một tiêu đề, không như tên giấy tờ: nếu đó là một trường hợp, hãy ghi trường hợp ấy ở từng giấy tờ của nó thay cho dòng này, ví dụ - { name: {name}, case: {case} }; nếu đó là một giấy tờ, hãy ghi tên không có dấu hai chấm',
    stepRowName: 'Số bước và tên bước là hai trường: hãy ghi id: {id} và, ở dòng dưới, name: {name}',
    stepRowHasId: 'Bước này đã có mã bước {id} nên số bước "{key}" được bỏ: hãy ghi tên bước là name: {name}',
    stepRowHasName: 'Bước này đã có tên ở "{nameKey}": hãy ghi id: {id} thay cho "{key}: {name}"',
    stepRowTwoNames:
      'Bước này có hai tên, "{row}" sau số bước và "{name}" ở "{nameKey}": hãy giữ tên đúng ở name, và ghi id: {id} thay cho "{key}"',
    stepRowBoth:
      'Bước này đã có mã bước ({id}) và tên ("{name}"): hãy xóa dòng "{key}: {row}", hoặc sửa id và name theo dòng đó',
    stepRowFields:
      'Số bước là mã bước (id), các trường của bước đứng ngang hàng với nó: hãy ghi id: {id} thay cho "{key}:", và các dòng bên dưới lùi về thẳng cột với nó',
    splitList:
      '{name} không có giá trị: trong { }, dấu phẩy kết thúc giá trị của "{field}"; để ghi nhiều mục, hãy đặt chúng trong ngoặc vuông, ví dụ {field}: [{value}]',
    splitText:
      '{name} không có giá trị: trong { }, dấu phẩy kết thúc giá trị của "{field}"; để giữ dấu phẩy, hãy đặt cả câu trong ngoặc kép, ví dụ {field}: "{value}"',
    keys: '; các trường ở đây là {keys}',
    type: '{what} phải là {expected}, không phải {value}',
    numberText:
      '{what} phải là văn bản, không phải số {value}: hãy ghi cả điều nó đếm, trong ngoặc kép, ví dụ {example}',
    enum: '{what} phải là một trong {values}, không phải {value}',
    severities: 'off (tắt), info (thông tin), warn (cảnh báo), error (lỗi)',
    originals: '{what} là {value}, không phải số bản chính: hãy ghi một số, ví dụ 1 hoặc "01 bản chính", hoặc 0',
    duration: '{value} không phải là thời gian: ghi số và đơn vị, ví dụ 4h, 0.5d, 15d, 30cd hoặc "3 ngày làm việc"',
    date: '{what} phải là một ngày viết dạng 01/07/2026 (ngày trước) hoặc 2026-07-01, không phải {value}',
    dateRange:
      '{what} phải là một ngày, 01/07/2026 (ngày trước) hoặc 2026-07-01, hoặc một khoảng ngày viết dạng 04/02/2027 - 14/02/2027 hoặc { date: 04/02/2027, to: 14/02/2027, name: Tết }, không phải {value}',
    dateRemark:
      '{what} có ghi chú sau ngày, {value}: hãy ghi riêng ngày, {date}, và ghi chú thành lời chú thích sau đó (# {remark})',
    dateSigned:
      '{what} gọi tên một ngày, {value}, nhưng procmap cần chính ngày đó: hãy ghi ngày ký hoặc ban hành quyết định, ví dụ 01/07/2026',
    dateNumber: '{what} là số {value}, không phải ngày: {how} thì đó là ngày {date}; hãy ghi "{date}"',
    excelDays: 'đọc theo cách Excel đếm ngày (ô ngày được dán dưới dạng giá trị)',
    dateDigits: 'đọc là năm, tháng, ngày viết liền',
    shortYear: '{what} {value} ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ {example}',
    monthLunar:
      '{what} {value} ghi "{word}", là tháng âm lịch: hãy ghi ngày dương lịch, tháng bằng số, ví dụ 01/02/2027',
    dayLunar:
      '{what} {value} ghi "mùng", thường chỉ ngày âm lịch: hãy ghi ngày dương lịch bằng số, ví dụ "{figures}" nếu đúng là ngày đó, hoặc ghi rõ là ngày dương lịch: thêm "(dương lịch)" sau ngày',
    dayMissing:
      '{what} {value} ghi tháng và năm nhưng thiếu ngày: hãy ghi đủ ngày, tháng, năm, ngày trước, ví dụ "{example}"',
    bodiesText:
      '"bodies" liệt kê các đơn vị, mỗi đơn vị một dòng bên dưới "bodies:", lùi vào hai dấu cách, ghi mã, dấu hai chấm rồi tên, ví dụ {example}; procmap không tách {value} theo dấu phẩy vì tên một đơn vị có thể có dấu phẩy',
    nestedItem:
      '{what} được ghi sau hai dấu "- ", YAML hiểu là một danh sách trong danh sách: hãy viết mỗi mục một dấu "- ", ví dụ - {example}',
    stepName:
      'Bước {n} chỉ có tên, {value}: mỗi bước là một bảng gồm mã bước, tên, đơn vị và thời gian, ví dụ "- id: B{n}", rồi name, body và duration ở các dòng bên dưới, thẳng cột với "id"',
    pastedTable:
      '{what} là một bảng dán từ Word hay Excel (các cột cách nhau bằng phím Tab), procmap không đọc được thành danh sách: hãy viết mỗi mục trên một dòng bắt đầu bằng "- " (một bước là "- id: B1" cùng tên, bộ phận và thời gian ở các dòng dưới), hoặc tạo quy trình từ bảng bằng lệnh procmap import',
    stepsMap:
      '"steps" là một danh sách, mỗi bước một mục theo thứ tự: ghi mỗi bước trên một dòng bắt đầu bằng "- ", ví dụ "- id: {id}", rồi tên, đơn vị và thời gian bên dưới',
    stepsOne:
      '"steps" là một danh sách, và bước này thiếu dấu "- " ở đầu: hãy viết "- id: {id}", rồi name, body và duration ở các dòng bên dưới, thẳng cột với "id"',
    logo: '{what} phải là tệp ảnh .png, .jpg/.jpeg hoặc .svg, đường dẫn tính từ thư mục của tệp này, ví dụ logo: logo.png, không phải {value}',
    urlSpace:
      '{what} có dấu cách, {value}: địa chỉ trang web không chứa dấu cách; hãy bỏ dấu cách hoặc viết %20 thay cho nó, ví dụ {fixed}',
    urlQuery: '{what} là địa chỉ thư mục của trang, không có phần từ dấu "?" hay "#" trở đi: hãy ghi {fixed}',
    noMonth:
      '{what} {value} không phải là ngày: không có tháng {month}; hãy viết ngày trước, ví dụ 01/07/2026 là ngày 1 tháng 7 năm 2026',
    noDay: '{what} {value} không phải là ngày: tháng {month} năm {year} có {days} ngày',
    farYear: '{what} {value} không phải là ngày: không tính được năm {year}; hãy ghi năm đủ bốn chữ số, ví dụ 2026',
    weekday: '{what} {value} ghi {written}, nhưng ngày {date} là {weekdayVi}: hãy sửa ngày hoặc thứ',
    time: '{what} phải là giờ viết dạng 15:00 hoặc 15h30, không phải {value}',
    cutoffEndOfDay:
      '{what} {value} là lúc hết ngày, không phải một giờ trong ngày: hồ sơ nhận sau giờ chốt được tính từ ngày làm việc tiếp theo, nên giờ chốt phải là một giờ trong ngày làm việc, trước khi hết giờ làm việc; hãy viết dạng 15:00 hoặc 16h30',
    ambiguousHour:
      '{what} {value} có thể là {hour} giờ chiều ({afternoon}) hoặc {hour} giờ sáng ({morning}): hãy ghi "{afternoon}", hoặc giờ kèm buổi, ví dụ "{hour} giờ chiều"',
    ambiguousLimitHour:
      '{what} ghi hồ sơ nhận sau "{said}" được tính từ ngày làm việc tiếp theo, nhưng giờ đó có thể là {hour} giờ chiều ({afternoon}) hoặc {hour} giờ sáng ({morning}): hãy ghi cutoff: "{afternoon}" bên cạnh, hoặc "{hour} giờ chiều" trong thời hạn',
    hours: '{what} phải là khoảng giờ làm việc viết dạng 07:30-11:30, không phải {value}',
    flag: '{what} phải là true hoặc false (cũng nhận có hoặc không, yes hoặc no, dấu x hoặc ✓ là có), không phải {value}',
    flagCross:
      '{what} là dấu chéo {value}, có bảng dùng để đánh dấu mục áp dụng, có bảng dùng để ghi không áp dụng: hãy ghi true nếu áp dụng, false nếu không',
    revision: '{what} phải là số nguyên từ 1, ví dụ 2 hoặc "Lần 2", không phải {value}',
    branchTwice: '{what} có hai nhánh cùng trường hợp "{label}": mỗi trường hợp của một bước rẽ nhánh dẫn tới một bước',
    branchKeys:
      'Mục thứ {n} của next ghi {count} trường hợp trong một mục ({keys}): bước rẽ nhánh ghi dạng danh sách thì mỗi mục một trường hợp, "- {first}: mã bước"; hoặc ghi next dạng bảng trường hợp → mã bước, ví dụ next: { Hợp lệ: B2, Không hợp lệ: B5 }',
    branchMixed:
      'Bước tiếp theo "{item}" không ghi trường hợp, bên cạnh trường hợp "{label}": ở bước rẽ nhánh, mỗi bước ghi kèm trường hợp dẫn tới bước đó, "- trường hợp: {item}"; nếu "{item}" làm đồng thời với việc rẽ nhánh, hãy thêm một bước quyết định có các trường hợp ở next, rồi ghi next: [{item}, mã bước đó]',
    choiceInParallel:
      'Bước tiếp theo {value} vừa chọn một trong các bước {choiceVi}, vừa chuyển đồng thời sang {othersVi}, nhưng procmap không ghi được một lựa chọn nằm trong các nhánh làm đồng thời: hãy thêm một bước quyết định chọn giữa {choiceVi}, với next: { {casesVi} } (ghi tên từng trường hợp), rồi ở đây ghi next: [mã bước đó, {others}]; nếu mọi bước đều làm đồng thời, hãy ghi next: [{all}]',
    caseChoice:
      'Trường hợp "{label}" dẫn tới {choiceVi}, nhưng mỗi trường hợp của một bước rẽ nhánh chỉ dẫn tới một bước: hãy tách thành các trường hợp, mỗi trường hợp một bước, ví dụ { {splitVi} } (ghi rõ khi nào chuyển sang bước nào), hoặc thêm một bước quyết định chọn giữa {stepsVi}, với next: { {casesVi} }, rồi ghi mã bước đó cho trường hợp "{label}"',
    caseSteps:
      'Trường hợp "{label}" dẫn tới {stepsVi}, nhưng mỗi trường hợp của một bước rẽ nhánh chỉ dẫn tới một bước: nếu các bước đó làm đồng thời, hãy thêm một bước cho trường hợp này với next: [{all}], rồi ghi mã bước đó cho trường hợp "{label}"; nếu chỉ chuyển sang một trong các bước, hãy tách thành các trường hợp, mỗi trường hợp một bước, ví dụ { {splitVi} } (ghi rõ khi nào chuyển sang bước nào)',
    caseBare:
      'Sau trường hợp "{label}" có {bareVi} nhưng không ghi bước: trong { }, dấu phẩy kết thúc bước của một trường hợp, nên không rõ đây là các bước tiếp theo của "{label}" hay các trường hợp chưa ghi bước. Nếu là các bước: mỗi trường hợp chỉ dẫn tới một bước; hãy thêm một bước cho trường hợp này với next: [{all}], rồi ghi mã bước đó cho "{label}", hoặc tách thành các trường hợp, ví dụ { {splitVi} }. Nếu là trường hợp: hãy ghi bước sau dấu hai chấm, ví dụ {first}: B3',
    branchSplit:
      'Nhánh "{label}" không dẫn tới bước nào: trong { }, dấu phẩy kết thúc tên nhánh; để giữ dấu phẩy, hãy đặt cả tên nhánh trong ngoặc kép, ví dụ "{joined}": {step}',
    form: '{what} không viết theo dạng procmap đọc được: {value}',
    definition:
      '{what} {value} chưa có thuật ngữ và lời giải thích: hãy ghi cả hai, ví dụ "TTPVHCC: Trung tâm Phục vụ hành chính công" hoặc { term: TTPVHCC, meaning: … }',
    listedBody:
      'Đơn vị thứ {n} trong danh sách chưa ghi theo cách procmap đọc được: hãy ghi tên đơn vị ("- Bộ phận Một cửa"), mã và tên ("- BPMC: Bộ phận Một cửa"), hoặc một bảng gồm id, name, single_window và on_site ("- { id: BPMC, name: Bộ phận Một cửa }")',
    listedKey: 'Đơn vị thứ {n} trong danh sách có trường "{key}", procmap không đọc trường này; có phải là "{hint}"?',
    bodyTwice: 'Đơn vị thứ {n} trong danh sách lại ghi mã {key}: mỗi đơn vị một mã riêng',
    stepId:
      '{value} không dùng được làm mã bước: mã bước gồm chữ cái (có dấu hay không dấu), chữ số, dấu cách, ".", "-" và "_", bắt đầu bằng chữ cái hoặc chữ số, dài tối đa 64 ký tự, ví dụ B1, "Bước 1", 1 hoặc receive',
    procedureId:
      '{value} không dùng được làm mã hiệu quy trình: mã hiệu gồm chữ cái Latinh không dấu (và chữ Đ, đ), chữ số, ".", "-" và "_", bắt đầu bằng chữ cái hoặc chữ số và không kết thúc bằng "."; mã hiệu dùng để đặt tên tệp tài liệu, ví dụ {example}',
    device:
      '{value} không dùng được làm mã hiệu quy trình: Windows dành tên này cho thiết bị (CON, PRN, AUX, NUL, COM1 đến COM9, LPT1 đến LPT9), mà tài liệu được đặt tên theo mã hiệu; hãy viết dài hơn, ví dụ QT-{id}',
    bodyId:
      '{key} không dùng được làm mã đơn vị: mã đơn vị gồm chữ cái Latinh không dấu, chữ số, "-" và "_", bắt đầu bằng chữ cái, ví dụ TNTKQ hoặc mot_cua; tên đầy đủ ghi ở "name"',
    bodyIdAscii: '; hãy ghi {key}',
    bodyIdNamed: '; hãy ghi {key}: {name}',
    bodyNameFirst: '{key} là tên, không phải mã đơn vị: ghi mã trước, tên sau; hãy ghi {entry}',
    ruleId: '{key} không phải là mã quy tắc: mã quy tắc là các từ viết thường nối bằng "-", ví dụ known-body',
    channel:
      '{what} {value} không phải là một cách nộp hồ sơ: hãy ghi trực tiếp, trực tuyến hoặc qua dịch vụ bưu chính công ích; hoặc in_person, online, postal',
    channelGrades:
      '{what} {value} ghi cách nộp trực tuyến hai lần, là "{first}" và "{second}": hãy ghi trực tuyến một lần, với mức độ mà thủ tục được cung cấp ở note, ví dụ { kind: online, note: "{second}" }',
    levels:
      '{what} {value} có nhiều cấp, như Cơ sở dữ liệu quốc gia về thủ tục hành chính ghi cho thủ tục liên thông: hãy giữ một quy trình để một thời hạn giải quyết bao mọi bước, và ghi cấp giải quyết hồ sơ, là cấp của cơ quan ở "agency", ví dụ level: {levelVi}; cơ quan ở cấp kia ghi ở bodies, là đơn vị thực hiện các bước của mình',
    regionalLevel:
      '{what} {value} không phải là cấp thực hiện: không có cấp khu vực, và từ 01/7/2025 không còn cấp huyện; chi nhánh "… khu vực" thuộc cấp của cơ quan mà nó là chi nhánh: chi nhánh của sở (Chi nhánh Văn phòng đăng ký đất đai khu vực …) là cấp tỉnh, hãy ghi level: Cấp tỉnh; chi nhánh của cơ quan trung ương (thuế, kho bạc, bảo hiểm xã hội) là level: Trung ương',
    level:
      '{what} {value} không phải là cấp thực hiện: hãy ghi xã (phường, đặc khu), huyện, tỉnh (thành phố) hoặc trung ương (bộ), có hoặc không có chữ "cấp"; hoặc commune, district, province, central',
    next: '{what} phải là một mã bước, danh sách mã bước, một bảng nhãn nhánh → mã bước, hoặc [] để kết thúc luồng',
    url: '{what} phải là địa chỉ trang web bắt đầu bằng https:// (hoặc http://), ví dụ https://dichvucong.example.gov.vn/quy-trinh/, không phải {value}',
    empty: '{what} không được để trống',
    tooLong: '{what} dài quá {limit} ký tự',
    tooMany: '{what} có hơn {limit} mục; procmap xử lý tối đa {limit}',
    minimum: '{what} phải từ {limit} trở lên, không phải {value}',
    above: '{what} phải lớn hơn {limit}, không phải {value}',
    hoursPerDay:
      '{what} là số giờ làm việc tính là một ngày làm việc: một số lớn hơn 0 và không quá 24, ví dụ 8, không phải {value}',
    maximum: '{what} quá lớn: tối đa {limit}',
    twice: '{what} liệt kê một bước hai lần',
    invalid: '{what} không hợp lệ ở đây: {value}',
    procedure: 'Quy trình',
    item: 'Mục {n}',
    emptyValue: 'rỗng',
    list: 'một danh sách',
    map: 'một bảng khóa – giá trị',
    mapWithKeys: 'một bảng có các trường {keys}',
    types: {
      integer: 'số nguyên',
      number: 'một số',
      string: 'văn bản',
      object: 'một bảng khóa – giá trị',
      array: 'một danh sách',
      boolean: 'true hoặc false',
      or: ' hoặc ',
    },
  },
} as const;

/** Every template the schema layer words its messages with, for the test that keeps jargon out of them. */
export const SCHEMA_MESSAGES = MESSAGES;

type Words = (typeof MESSAGES)[Lang];

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The schema object a schemaPath like `#/$defs/step/additionalProperties` points into (its parent). */
function schemaAt(root: object, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** A schema object and the schema file it stands in, against which its own `#/…` references resolve. */
interface Located {
  doc: object;
  schema: Record<string, unknown>;
}

/**
 * What a `$ref` points to: `#/$defs/hours` in the same file, `calendar.schema.json` (and `calendar.schema.json#/…`)
 * in another of `documents`, found by the end of its `$id`. A reference to a file not given stays as it is.
 */
function resolveRef(
  doc: object,
  schema: Record<string, unknown> | undefined,
  documents: readonly object[] = [],
): Located | undefined {
  if (!schema) return undefined;
  const ref = schema.$ref;
  if (typeof ref !== 'string') return { doc, schema };
  const [file = '', pointer = ''] = ref.split('#');
  const target =
    file === ''
      ? doc
      : documents.find((d) => {
          const id = (d as { $id?: unknown }).$id;
          return typeof id === 'string' && (id === file || id.endsWith(`/${file}`));
        });
  if (!target) return { doc, schema };
  const node =
    pointer === '' || pointer === '/' ? (target as Record<string, unknown>) : schemaAt(target, `#${pointer}/_`);
  return node && { doc: target, schema: node };
}

/**
 * The schema that applies at a data path, and the file it stands in, found by walking the data path through the root
 * schema (and the schema files it refers to): Ajv's schemaPath is relative to the last `$ref`, which says nothing
 * about where in the document it stands.
 */
function locatedAt(root: object, path: NodePath, documents: readonly object[]): Located | undefined {
  let at = resolveRef(root, root as Record<string, unknown>, documents);
  for (const segment of path) {
    if (!at) return undefined;
    const { doc, schema } = at;
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    const items = schema.items as Record<string, unknown> | undefined;
    const extra = schema.additionalProperties;
    if (typeof segment === 'number' && items) at = resolveRef(doc, items, documents);
    else if (properties && Object.hasOwn(properties, segment)) at = resolveRef(doc, properties[segment], documents);
    else if (extra !== null && typeof extra === 'object')
      at = resolveRef(doc, extra as Record<string, unknown>, documents);
    else return undefined;
  }
  return at;
}

/** The schema that applies at a data path (see locatedAt). */
function schemaFor(
  root: object,
  path: NodePath,
  documents: readonly object[] = [],
): Record<string, unknown> | undefined {
  return locatedAt(root, path, documents)?.schema;
}

/** The schema's first example of a property below a data path, as it would be written after `name: `. */
function exampleOf(root: object, path: NodePath, name: string, documents: readonly object[] = []): string | undefined {
  const parent = locatedAt(root, path, documents);
  const property = (parent?.schema.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
  // A property defined by reference has its examples where the reference leads, in this schema file or another.
  const examples = property?.examples ?? (parent && resolveRef(parent.doc, property, documents)?.schema.examples);
  const first: unknown = Array.isArray(examples) ? examples[0] : undefined;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : undefined;
}

/** A value as the officer wrote it after its key, to say "write body: …" with it; "…" for a list, map or long text. */
function writtenText(value: unknown): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return text !== '' && text.length <= 60 && !/[\r\n]/.test(text) ? text : '…';
}

function describeValue(value: unknown, w: Words): string {
  if (value === null || value === undefined) return w.emptyValue;
  if (Array.isArray(value)) return w.list;
  if (typeof value === 'object') return w.map;
  if (typeof value === 'number' && !Number.isFinite(value)) return yamlNumber(value);
  return typeof value === 'string' ? quoted(value) : JSON.stringify(value);
}

/** `.inf`, `-.inf` or `.nan` as YAML writes them: JSON has no such number and would say null, which no one wrote. */
function yamlNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  return value > 0 ? '.inf' : '-.inf';
}

function valueAt(data: unknown, path: NodePath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A merge key's message, naming what the map that holds it at `path` is: a step, a holiday, the rules' settings… */
function mergeKeyText(path: NodePath, w: Words, whole: string): string {
  const [holder, last] = [path.at(-2), path.at(-1)];
  const entry = holder === undefined ? undefined : w.mergedEntry[String(holder)];
  const what =
    last === 'rules'
      ? w.mergedRules
      : (entry ?? fill(w.mergedFields, { what: path.length === 0 ? lowerFirst(whole) : label(path, w, whole) }));
  return fill(w.mergeKey, { what });
}

/** A name that starts a sentence, for the middle of one ("The procedure" → "the procedure"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The message for a merge key (`<<`) in the map at `path` of a file whose root is called `whole` (as in messages). */
export function mergeKeyMessage(path: NodePath, lang: Lang, whole?: Translated): string {
  const w = MESSAGES[lang];
  return mergeKeyText(path, w, whole?.[lang] ?? w.procedure);
}

function label(path: NodePath, w: Words, whole: string = w.procedure): string {
  const last = path[path.length - 1];
  return last === undefined ? whole : typeof last === 'number' ? fill(w.item, { n: last + 1 }) : quoted(last);
}

function expectedTypes(types: string, schema: Record<string, unknown> | undefined, w: Words): string {
  // A map with few properties is best described by them: "a name, or a map with the properties name, title".
  const keys = Object.keys((schema?.properties as object | undefined) ?? {});
  return types
    .split(',')
    .map((type) =>
      type === 'object' && keys.length > 0
        ? fill(w.mapWithKeys, { keys: keys.join(', ') })
        : (w.types[type as keyof Words['types']] ?? type),
    )
    .join(w.types.or);
}

// Other words officers and step tables use for a field than its schema title: the column "Trách nhiệm" is a step's
// body, "Thời gian thực hiện" its duration; and the national procedure record's field names for the fields that
// hold one text there too (MATTHC, TENTTHC, CAPTHUCHIEN…), as drafts copied from it keep them. Only the properties
// of the map at hand are suggested.
const KEY_WORDS: Readonly<Record<string, readonly string[]>> = {
  id: ['mã hiệu quy trình', 'mã quy trình', 'mã hiệu tài liệu', 'số hiệu quy trình'],
  title: ['tên', 'tên thủ tục', 'tên thủ tục hành chính', 'tên quy trình', 'name', 'TENTTHC'],
  code: ['mã thủ tục', 'mã thủ tục hành chính', 'mã số thủ tục', 'mã số tthc', 'MATTHC'],
  level: ['CAPTHUCHIEN'],
  field: ['LINHVUCTHUCHIEN'],
  applicants: ['đối tượng', 'đối tượng thực hiện thủ tục', 'MOTADOITUONGTHUCHIEN'],
  conditions: ['điều kiện', 'yêu cầu, điều kiện', 'yêu cầu, điều kiện thực hiện', 'YEUCAU'],
  result: ['kết quả thực hiện', 'kết quả thực hiện thủ tục', 'kết quả giải quyết', 'KETQUATHUCHIEN'],
  revision: ['phiên bản', 'lần sửa đổi', 'lần', 'version'],
  effective: ['hiệu lực', 'ngày áp dụng'],
  // A procedure has one time: bare "thời gian" above the steps is its limit (a step's is its duration, below).
  time_limit: ['thời hạn', 'deadline', 'thời gian giải quyết', 'thời hạn giải quyết thủ tục', 'thời gian'],
  agency: ['cơ quan', 'cơ quan giải quyết'],
  channels: ['cách thức'],
  dossier: ['hồ sơ', 'thành phần, số lượng hồ sơ'],
  fee: ['lệ phí', 'phí'],
  place: ['địa điểm', 'địa điểm thực hiện', 'nơi tiếp nhận'],
  steps: ['trình tự', 'trình tự thực hiện', 'quy trình xử lý', 'các bước thực hiện'],
  // Decrees and officers say "cơ sở pháp lý" as often as "căn cứ pháp lý".
  legal_basis: ['căn cứ pháp lý', 'cơ sở pháp lý', 'căn cứ', 'cơ sở pháp lý của thủ tục'],
  scope: ['phạm vi'],
  name: ['tên', 'nội dung', 'nội dung công việc', 'công việc', 'tên công việc'],
  body: ['trách nhiệm', 'đơn vị', 'bộ phận', 'responsible', 'owner', 'bộ phận thực hiện', 'đơn vị chủ trì', 'chủ trì'],
  duration: ['thời gian thực hiện', 'thời gian xử lý', 'time', 'thời lượng', 'processing time'],
  outputs: ['kết quả'],
  records: ['hồ sơ lưu', 'lưu hồ sơ', 'hồ sơ lưu trữ'],
  bodies: ['đơn vị thực hiện', 'đơn vị', 'đơn vị liên quan', 'đơn vị chịu trách nhiệm'],
  signoff: ['người ký', 'ký duyệt', 'trách nhiệm ký', 'soạn thảo, kiểm tra, phê duyệt'],
  history: ['lịch sử', 'lịch sử sửa đổi', 'lịch sử ban hành', 'theo dõi sửa đổi tài liệu', 'sửa đổi'],
  changes: ['nội dung', 'nội dung thay đổi', 'tóm tắt nội dung sửa đổi'],
};

// Words that name a field only inside a step, as a step table's columns: "Bước" (its number) is the step's id.
const STEP_KEY_WORDS: Readonly<Record<string, readonly string[]>> = {
  id: ['mã', 'bước', 'stt', 'tt', 'số thứ tự'],
  next: ['tiếp theo', 'chuyển', 'chuyển sang', 'chuyển tiếp', 'chuyển bước', 'bước sau'],
  // A step's own time: the word a procedure uses for its limit names the step's duration here.
  duration: ['thời hạn', 'thời hạn xử lý', 'thời hạn giải quyết'],
  body: ['cơ quan', 'cơ quan thực hiện', 'cơ quan giải quyết', 'đơn vị xử lý'],
};

// The properties of a schema by each word that names them, folded, built once per schema and context: a file of
// twenty thousand unknown keys asks for each.
const titleWords = new WeakMap<object, [inProcedure?: Map<string, string>, inStep?: Map<string, string>]>();

/**
 * The property whose schema title, or one of its other words, names `name`: a Vietnamese heading or its English
 * words, any letter case, with or without accents.
 */
function titled(name: string, properties: Record<string, { title?: unknown }>, inStep: boolean): string | undefined {
  const cached = titleWords.get(properties) ?? [];
  titleWords.set(properties, cached);
  const index = inStep ? 1 : 0;
  return (cached[index] ??= wordsOf(properties, inStep)).get(asciiWords(name));
}

/** Whether a path is a step's: `steps` and its index. */
function isStepPath(path: NodePath): boolean {
  return path.length === 2 && path[0] === 'steps' && typeof path[1] === 'number';
}

/**
 * The field a step table's column is written as: a "Người thực hiện" column names the step's role, but on a step with
 * no body (nor a column that names it), the person's unit is who does the step: its body, as written.
 */
function personAsBody(
  heading: string | undefined,
  name: string,
  step: unknown,
  properties: Record<string, { title?: unknown }>,
  inStep: boolean,
): string | undefined {
  if (heading !== 'role' || !inStep || !isMap(step) || typeof step[name] !== 'string') return heading;
  const named = Object.keys(step).some((key) => key === 'body' || titled(key, properties, inStep) === 'body');
  return named ? heading : 'body';
}

/** The line that declares the first body a one-line `bodies` names, or the example every officer knows. */
function bodyLine(written: string): string {
  const first = escapeControls(written.split(/[,;]/)[0]!.trim());
  if (first === '' || first.length > 60) return 'VPDK: Văn phòng Đăng ký đất đai';
  return `${isBodyKey(first) ? first : initials(first, 8)}: ${first}`;
}

// A national procedure code as the national database writes it (2.000575, 1.001234): YAML may read it as a number.
const NATIONAL_CODE = /^\d\.\d{6}$/;

/**
 * The field a procedure's bare "mã" (or "ma") or "bước" names, told by its value: a national code (2.000575) is
 * `code`, any other value (QT-TNMT-01) the document's own `id`; "bước" over a list is `steps`. Why: these words alone
 * name more than one thing, and only the value settles which.
 */
function bareCode(
  name: string,
  path: NodePath,
  data: unknown,
  properties: Record<string, { title?: unknown }>,
): string | undefined {
  if (path.length !== 0 || !isMap(data)) return undefined;
  // "buoc:" over a list is the steps, as a first draft without accents heads them; "Bước: 1" alone is a step's number
  // written outside any step, which no field of the procedure is.
  if (asciiWords(name) === 'buoc')
    return Array.isArray(data[name]) && Object.hasOwn(properties, 'steps') ? 'steps' : undefined;
  if (asciiWords(name) !== 'ma') return undefined;
  if (!Object.hasOwn(properties, 'id') || !Object.hasOwn(properties, 'code')) return undefined;
  const value = data[name];
  if (typeof value === 'number') return 'code';
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return NATIONAL_CODE.test(value.trim()) ? 'code' : 'id';
}

/** Each folded word that names a property, for the first property it names. */
function wordsOf(properties: Record<string, { title?: unknown }>, inStep: boolean): Map<string, string> {
  const named = new Map<string, string>();
  for (const [key, schema] of Object.entries(properties)) {
    if (typeof schema.title !== 'string') continue;
    // "Tài liệu viện dẫn / căn cứ pháp lý (legal basis)": the whole Vietnamese title, each of its names, the English.
    const [, vi = schema.title, en = ''] = /^(.*?)\s*\(([^()]*)\)$/.exec(schema.title) ?? [];
    // The key itself too, as Word capitalises it or a hand writes it: `ID`, `Time_limit`, `Time limit`.
    const words = [key, vi, ...vi.split(/\s*[/,]\s*/), en, ...(KEY_WORDS[key] ?? [])];
    if (inStep) words.push(...(STEP_KEY_WORDS[key] ?? []));
    for (const word of words) {
      const folded = asciiWords(word);
      if (!named.has(folded)) named.set(folded, key);
    }
  }
  return named;
}

// The ids missing step ids are given, by the data they were found in: each step's number in the list as step tables
// write it (B2), or the next number no step has.
const missingIds = new WeakMap<object, Map<number, string>>();

/** The id each step without one is given (`B` and its number in the list), none the same as another step's. */
function missingStepIds(data: unknown): Map<number, string> {
  const steps = isMap(data) && Array.isArray(data.steps) ? (data.steps as unknown[]) : [];
  const cached = missingIds.get(steps);
  if (cached) return cached;
  // An id of the wrong type (a map, a list) is written all the same: its step is not given another.
  const written = steps.map((step) =>
    !isMap(step) || step.id === undefined
      ? undefined
      : step.id === null || typeof step.id !== 'object'
        ? String(step.id).trim()
        : '',
  );
  const taken = new Set(written.filter((id): id is string => id !== undefined).map((id) => id.toUpperCase()));
  const ids = new Map<number, string>();
  written.forEach((id, i) => {
    if (id !== undefined) return;
    let n = i + 1;
    while (taken.has(`B${n}`)) n++;
    taken.add(`B${n}`);
    ids.set(i, `B${n}`);
  });
  missingIds.set(steps, ids);
  return ids;
}

/** What describing one error needs besides the error: the schema files the root refers to, the document's name. */
interface Context {
  documents: readonly object[];
  whole: string;
  listKeys: number;
  name?: ((path: NodePath) => string | undefined) | undefined;
}

/**
 * A branch label cut at its comma in a `{ }` map (`{ Chuyển nhượng, tặng cho: B2 }` reads as "Chuyển nhượng" with no
 * step, then "tặng cho"): the label as written, the label joined with the next one, and that one's step.
 */
function splitBranch(data: unknown, path: readonly (string | number)[]): Record<string, string> | undefined {
  const label = path[path.length - 1];
  if (path.length !== 4 || path[0] !== 'steps' || path[2] !== 'next' || typeof label !== 'string') return undefined;
  const branches = valueAt(data, path.slice(0, -1));
  if (!isMap(branches) || (branches[label] !== null && branches[label] !== undefined)) return undefined;
  const labels = Object.keys(branches);
  const following = labels[labels.indexOf(label) + 1];
  const step = following === undefined ? undefined : branches[following];
  if (following === undefined || typeof step !== 'string') return undefined;
  return { label, joined: `${label}, ${following}`, step };
}

/**
 * A step without its body: the body to write when the file tells it (written by `--fix` when nothing else can be
 * meant); beside a role, words that say the body is the office, not the person.
 */
function missingBodyProblem(
  step: Record<string, unknown>,
  data: unknown,
  path: NodePath,
  w: Words,
  say: (template: string, extra?: Record<string, string | number>) => SchemaProblem,
): SchemaProblem {
  const { body, sure, declared } = missingBody(data, path[1] as number);
  const role = typeof step.role === 'string' && step.role.trim() !== '';
  // What lint stands in for the body to run the rules: any body will do, as rules reading it are dropped.
  const example = body ?? declared[0] ?? 'Bộ phận Một cửa';
  const message =
    body !== undefined
      ? role
        ? say(w.requiredBody, { example: body })
        : say(w.requiredExample, { name: 'body', example: `body: ${body}` })
      : declared.length > 0
        ? say(role ? w.requiredBodyDeclared : w.requiredBodyKeys, { keys: declared.join(', ') })
        : say(role ? w.requiredBodyPlain : w.requiredExample, { name: 'body', example: 'body: Bộ phận Một cửa' });
  // Written after the role, which it goes with; first in the step when the role is no line of its own.
  const insert = { key: 'body', value: body!, ...(role ? { after: [...path, 'role'] } : {}) };
  return { ...message, property: 'body', example, ...(sure ? { insert } : {}) };
}

/**
 * The entry to write for a key left empty (`: Thẩm định`), when the map lacks exactly one required field and the value
 * is a text for it (`name: Thẩm định`); no guess among several.
 */
function emptyKeyExample(root: object, path: NodePath, map: unknown, documents: readonly object[]): string | undefined {
  const required = schemaFor(root, path, documents)?.required;
  if (!isMap(map) || !Array.isArray(required)) return undefined;
  const missing = required.filter((name): name is string => typeof name === 'string' && !Object.hasOwn(map, name));
  const text = writtenText(map['']);
  return missing.length !== 1 || text === '…' ? undefined : `${missing[0]}: ${text}`;
}

/**
 * The message for a key left empty in a map written in braces (`{ id: B2, : Thẩm định }`), where what goes is an
 * entry, with the comma after it, the one before it (the last entry), or none (the only one), not a line; `example`
 * as emptyKey carries it.
 */
export function emptyKeyEntryText(lang: Lang, example: string | undefined, comma: 'after' | 'before' | 'none'): string {
  const w = MESSAGES[lang];
  const entry = comma === 'after' ? w.entryCommaAfter : comma === 'before' ? w.entryCommaBefore : w.entryAlone;
  return example === undefined ? fill(w.emptyKeyEntry, { entry }) : fill(w.emptyKeyEntryExample, { example, entry });
}

function toProblem(error: AjvError, data: unknown, root: object, w: Words, context: Context): SchemaProblem {
  const { documents } = context;
  const path = parsePointer(error.instancePath);
  const params = error.params;
  const value = valueAt(data, path);
  const say = (template: string, extra: Record<string, string | number> = {}): SchemaProblem => ({
    path,
    target: 'value',
    message: fill(template, {
      what: context.name?.(path) ?? label(path, w, context.whole),
      value: describeValue(value, w),
      ...extra,
    }),
  });
  const parent = path[path.length - 1];
  // Step ids are read wherever they stand (id, next, a branch): one message says what a step id may hold.
  if (error.schemaPath.startsWith('#/$defs/stepId/') && error.keyword !== 'maxLength') {
    const split = splitBranch(data, path);
    if (split) return { path, target: 'value', message: fill(w.branchSplit, split) };
    // "B2, B3!" is neither one id nor ids separated by commas: name the part that cannot be an id. A mark with nothing
    // before or after it ("&receive") separates nothing: the whole value is named, not an empty part.
    const stepId = new RegExp(String(schemaAt(root, '#/$defs/stepId/pattern')?.pattern), 'u');
    const parts =
      typeof value === 'string' && /[,;/+&]/.test(value)
        ? value
            .split(/[,;/+&]/)
            .map((p) => p.trim())
            .filter((p) => p !== '')
        : [];
    const bad = parts.find((part) => !stepId.test(part));
    return bad === undefined ? say(w.stepId) : say(w.stepId, { value: describeValue(bad, w) });
  }
  // A yes-or-no value fails on its type (a number) or its words ("x"): one message says what it may be.
  if (error.schemaPath.startsWith('#/$defs/flag/'))
    return say(
      typeof value === 'string' && CROSS_MARKS.has(foldCase(value).replace(/\uFE0F/g, '')) ? w.flagCross : w.flag,
    );
  // The length of a working day (schemas/calendar.schema.json): its type and both bounds say the same thing.
  if (error.schemaPath.includes('/hours_per_day/')) return say(w.hoursPerDay);
  // A revision that is neither a whole number nor one written in words; bounds keep their own messages.
  if (/^#\/\$defs\/revision\/(?:type|pattern)$/.test(error.schemaPath)) return say(w.revision);
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      // A step without its id: the id of its place in the list, as step tables number them.
      const numbered = name === 'id' && path.length === 2 && path[0] === 'steps' && typeof path[1] === 'number';
      const id = numbered ? missingStepIds(data).get(path[1] as number) : undefined;
      // A step without its body: the office the file says does it (missing-body.ts), not the schema's one-stop unit,
      // which is some other step's, nor the person its role names.
      if (name === 'body' && isStepPath(path) && isMap(value)) return missingBodyProblem(value, data, path, w, say);
      // A history row without what changed: the first issue's words only on the first issue's row.
      const changes =
        name === 'changes' && path.length === 2 && path[0] === 'history' && isMap(value)
          ? changesExample(revisionOf(value.revision) ?? (path[1] === 0 ? 1 : undefined))
          : undefined;
      const example = id ?? changes ?? exampleOf(root, path, name, documents);
      if (example === undefined) return { ...say(w.required, { name }), property: name };
      const problem = { ...say(w.requiredExample, { name, example: `${name}: ${example}` }), property: name, example };
      return id === undefined ? problem : { ...problem, insert: { key: 'id', value: id } };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      // A YAML merge key (`<<: *step`): procmap reads YAML 1.2, which has none.
      if (name === '<<') return { path: [...path, name], target: 'key', message: mergeKeyText(path, w, context.whole) };
      const properties = ((schemaFor(root, path, documents) ?? schemaAt(root, error.schemaPath))?.properties ??
        {}) as Record<string, { title?: unknown }>;
      const known = Object.keys(properties);
      // A key written as the document's heading calls it ("thời hạn giải quyết", "căn cứ pháp lý"), or a near spelling.
      const inStep = isStepPath(path);
      const heading =
        personAsBody(titled(name, properties, inStep), name, value, properties, inStep) ??
        bareCode(name, path, value, properties);
      const hint = heading ?? closest(name, known);
      const problem: SchemaProblem = {
        path: [...path, name],
        target: 'key',
        message: fill(w.unknown, { name: quoted(name) }),
      };
      // `: x` or `"": x`: quoting "" and guessing a field close to nothing would say nothing of what was written.
      if (name === '') {
        const example = emptyKeyExample(root, path, value, documents);
        return {
          ...problem,
          message: example === undefined ? w.emptyKey : fill(w.emptyKeyExample, { example }),
          emptyKey: example === undefined ? {} : { example },
          // The field it names is the one missing: "Missing required property" beside it would say the same mistake
          // again, with an example of its own ("name: Phòng Kinh tế" beside "name: Thẩm định").
          ...(example === undefined ? {} : { property: example.slice(0, example.indexOf(':')) }),
        };
      }
      // `~: x` reads as the key "null": the linter, which has the text, quotes the key as written.
      if (name === 'null') problem.nullKey = true;
      // `{ …, next: B2, B3 }`: the comma may have ended next's value, and B3 become a key of its own without one.
      const splits = splitFrom(value, name).map(({ run, previous }): SplitKey => {
        const list = LIST_FIELDS.has(run.field);
        const field = [...path, run.field];
        return {
          message: fill(list ? w.splitList : w.splitText, { name: quoted(name), field: run.field, value: run.value }),
          after: [...path, previous],
          afterKey: previous !== run.field,
          field,
          // One fix for the run of keys, on its first: the others go with it.
          ...(run.first === name
            ? { rejoin: { from: field, to: [...path, run.last], wrap: list ? 'brackets' : 'quotes' } }
            : {}),
          ...(schemaFor(root, field, documents) === schemaAt(root, '#/$defs/duration/_') ? { timed: true } : {}),
          ...(list ? {} : { through: [...path, run.last] }),
        };
      });
      if (splits[0]) problem.split = splits[0];
      if (splits.length > 1) problem.otherSplits = splits.slice(1);
      // A heading's words name the field for sure: the message says what to write and --fix renames the key, unless
      // the map has that field too. A near spelling is only a guess, left to the officer.
      if (heading !== undefined && isMap(value)) {
        const taken = Object.hasOwn(value, heading);
        const said = taken
          ? fill(w.writeTaken, { key: heading })
          : fill(w.write, { key: heading, value: writtenText(value[name]) });
        return {
          ...problem,
          message: problem.message + said,
          property: heading,
          ...(taken ? {} : { rename: heading }),
        };
      }
      if (hint) return { ...problem, message: problem.message + fill(w.hint, { hint }), property: hint };
      return known.length > 0 && known.length <= context.listKeys
        ? { ...problem, message: problem.message + fill(w.keys, { keys: known.join(', ') }) }
        : problem;
    }
    case 'type':
      // Steps keyed by their ids, as a table would list them: say how a list item is written.
      if (
        path.length === 1 &&
        parent === 'steps' &&
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        // One step's own fields with the "- " left out: its id (or B1), not its first field's name, goes after "- id:".
        const fields = Object.keys(value);
        const own = schemaAt(root, '#/$defs/step/_')?.properties as Record<string, unknown> | undefined;
        if (own && fields.length > 0 && fields.every((key) => Object.hasOwn(own, key))) {
          const id = (value as Record<string, unknown>).id;
          const written = typeof id === 'string' || typeof id === 'number' ? String(id) : 'B1';
          return say(w.stepsOne, { id: escapeControls(written) });
        }
        const [id] = fields;
        return say(w.stepsMap, { id: id === undefined ? 'B1' : escapeControls(id) });
      }
      // `- - • Nam …`: an item pasted with its dash after the list's "- ", which YAML reads as a list in the list. One
      // text there is that item (its own marks left out, as lenient.ts reads an item's); several may be one item or many.
      if (
        String(params.type).split(',').includes('string') &&
        typeof path.at(-1) === 'number' &&
        Array.isArray(value) &&
        value.length > 0
      ) {
        const [first] = value;
        if (typeof first === 'string') {
          const item = blockItem(withoutItemMarks(first));
          const problem = say(w.nestedItem, { example: escapeControls(item) });
          return value.length === 1 ? { ...problem, nestedItem: item } : problem;
        }
      }
      // A table pasted with its Tabs where a list is meant: its text, escaped, would say nothing; the way out does.
      if (params.type === 'array' && typeof value === 'string' && value.includes('\t')) return say(w.pastedTable);
      // `bodies: Bộ phận Một cửa, Công chức Tư pháp`: names on one line; a name may hold a comma, so it is not split.
      if (path.length === 1 && parent === 'bodies' && (typeof value === 'string' || typeof value === 'number'))
        return say(w.bodiesText, { example: bodyLine(String(value)) });
      // A step written by its name alone, as a first draft lists them.
      if (path.length === 2 && path[0] === 'steps' && typeof value === 'string')
        return say(w.stepName, { n: Number(path[1]) + 1 });
      // `effective: 45839`, `effective: 20250701`: a date cell pasted as its number; say the date it stands for.
      if (error.schemaPath.startsWith('#/$defs/date/') && typeof value === 'number') {
        const dated = numberDate(value);
        if (dated)
          return say(w.dateNumber, { date: dated.date, how: dated.how === 'excel' ? w.excelDays : w.dateDigits });
      }
      // `retention: 5`, `pages: 3`: a number where the document prints text — five what? The schema's example says.
      if (params.type === 'string' && typeof value === 'number') {
        const described = String(schemaFor(root, path, documents)?.description ?? '');
        const example = /ví dụ "([^"]+)"/.exec(described)?.[1];
        if (example !== undefined) return say(w.numberText, { example: `${String(parent)}: "${example}"` });
      }
      return say(w.type, {
        expected: expectedTypes(
          String(params.type),
          schemaFor(root, path, documents) ?? schemaAt(root, error.schemaPath),
          w,
        ),
      });
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).join(', ');
      // A rule's severity: the Vietnamese words the configuration reads too.
      return say(w.enum, { values: allowed === 'off, info, warn, error' ? w.severities : allowed });
    }
    case 'pattern': {
      if (error.schemaPath.includes('duration')) return say(w.duration);
      if (String(params.pattern).includes('\\d{4}-\\d{2}-\\d{2}')) {
        // "ngày 10 tháng Giêng năm 2027", "mùng 5 tháng 2 năm 2027": a lunar month or day, never read as a solar one.
        const lunar = typeof value === 'string' ? lunarDate(value) : undefined;
        if (lunar !== undefined)
          return 'word' in lunar
            ? say(w.monthLunar, { word: lunar.word })
            : say(w.dayLunar, { figures: lunar.figures });
        // "tháng 8/2025": the day is missing, and procmap does not guess it.
        const month = typeof value === 'string' ? monthWithoutDay(value) : undefined;
        if (month !== undefined) return say(w.dayMissing, { example: month });
        // A holidays entry, whose pattern takes a range ("đến"): say how one is written, not only a date.
        if (String(params.pattern).includes('[Đđ][Ếế][Nn]')) return say(w.dateRange);
        // "01/07/25": the century is not said, and procmap does not guess it.
        const short = typeof value === 'string' ? /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(value.trim()) : null;
        if (short)
          return say(w.shortYear, {
            example: `${short[1]!.padStart(2, '0')}${short[2]}${short[3]!.padStart(2, '0')}${short[2]}20${short[4]}`,
          });
        // "10-Mar-26", as Excel's "dd-mmm-yy" shows a date cell: the same, with the month in figures to write.
        const english = typeof value === 'string' ? englishShortYear(value) : undefined;
        if (english !== undefined) return say(w.shortYear, { example: english });
        // "01/07/2025 (theo Quyết định 123)": a date with a remark, which has no place in the field; after its label too
        // ("Ngày hiệu lực: 01/7/2025 – ngày ký").
        const text = typeof value === 'string' ? withoutDateLabel(value) : undefined;
        // The date ends on a letter or figure: `(.+?)\s*` read a long run of spaces once from each of its starts.
        const remark = text !== undefined ? /^(.*?\S)\s*\(([^()]+)\)$/su.exec(text) : null;
        if (remark && dateParts(remark[1]!) !== undefined)
          return say(w.dateRemark, { date: remark[1]!, remark: remark[2]!.trim() });
        // "01/07/2025 – ngày ký ban hành": the date is there, a remark after a dash or a comma.
        const after = text !== undefined ? /^(\S+(?: ?[/.-] ?\S+)*?)\s*(?:\s[-–—]|,)\s+(.+)$/su.exec(text) : null;
        if (after && dateParts(after[1]!) !== undefined)
          return say(w.dateRemark, { date: after[1]!, remark: after[2]!.trim() });
        // "Kể từ ngày ký", "từ ngày ban hành": the day is named, not given.
        if (typeof value === 'string' && /(?<!\p{L})(?:ký|ky|ban hành|ban hanh|signed|signing)(?!\p{L})/iu.test(value))
          return say(w.dateSigned);
        return say(w.date);
      }
      if (path.length === 3 && path[0] === 'bodies' && parent === 'id')
        return say(w.bodyId, { key: describeValue(value, w) });
      if (path.length === 1 && parent === 'id') {
        const like = typeof value === 'string' ? procedureIdLike(value) : undefined;
        const problem = say(w.procedureId, { example: like ?? 'QT-HT-01' });
        // An id that differs only by its accents and spaces (`QT-ẤP-07`, `QT HT 01`) is that id: --fix writes it. Any
        // other change (`QT-01/UBND`) is only suggested: the officer chooses the code.
        // Letters that only look Latin (a Cyrillic "Т") are that id's letters too.
        // Đ and đ stay: an id may hold them.
        const accentsOnly =
          typeof value === 'string' && like === withoutMarks(inLatin(value)).trim().replace(/\s+/g, '-');
        return accentsOnly ? { ...problem, rename: like } : problem;
      }
      if (parent === 'originals') return say(w.originals);
      // 24:00 is a time only as the end of a day (parseClock reads it so when asked): no dossier is received after it.
      if (parent === 'cutoff')
        return say(
          typeof value === 'string' && parseClock(value, true) === MINUTES_PER_DAY ? w.cutoffEndOfDay : w.time,
        );
      if (parent === 'url') {
        // An address that starts right but holds a space, or a query: say that, not how it starts.
        // Trimmed, not matched around its spaces: a lazy pattern before a run of spaces takes quadratic time.
        const trimmed = typeof value === 'string' ? value.trim() : undefined;
        const web = trimmed !== undefined && /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
        if (web !== undefined && /\s/u.test(web)) return say(w.urlSpace, { fixed: web.replace(/\s+/gu, '%20') });
        if (web !== undefined && /[?#]/u.test(web)) return say(w.urlQuery, { fixed: web.replace(/[?#].*$/su, '') });
        return say(w.url);
      }
      if (parent === 'logo') return say(w.logo);
      if (path[0] === 'definitions' && path.length <= 2) return say(w.definition);
      // Calendar office hours (schemas/calendar.schema.json $defs/hours).
      if (error.schemaPath.includes('/hours/')) return say(w.hours);
      return say(w.form);
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const problem: SchemaProblem = {
        path: [...path, key],
        target: 'key',
        message: fill(parent === 'rules' ? w.ruleId : w.bodyId, { key: quoted(key) }),
      };
      if (parent === 'rules') return problem;
      const body = isMap(value) ? value[key] : undefined;
      // The name written first and its id after it, as a list of abbreviations reads ("Bộ phận Một cửa: MC"): the
      // entry the other way round. Renaming the key to "Bo_phan_Mot_cua" would have lost the name's accents.
      if (typeof body === 'string' && isBodyKey(body) && isMap(value) && !Object.hasOwn(value, body))
        return {
          ...problem,
          message: fill(w.bodyNameFirst, { key: quoted(key), entry: `${body}: ${key}` }),
          entry: { key: body, value: key },
        };
      // `LĐ`, `VP ĐK`: the key without its accents, spaces as "_", is the one to write, unless the map has it already.
      const ascii = asciiBodyKey(key);
      if (!isBodyKey(ascii) || (isMap(value) && Object.hasOwn(value, ascii))) return problem;
      // A name with no value ("Bộ phận Một cửa:") keeps its accents as the body's name.
      if (body === null && ascii !== key)
        return {
          ...problem,
          message: problem.message + fill(w.bodyIdNamed, { key: ascii, name: key }),
          entry: { key: ascii, value: key },
        };
      return { ...problem, message: problem.message + fill(w.bodyIdAscii, { key: ascii }), rename: ascii };
    }
    case 'oneOf':
    case 'anyOf':
      return say(w.next);
    case 'minItems':
    case 'minProperties':
      return say(w.empty);
    case 'minLength':
      // Empty as read: the loader has taken out the invisible characters the text may hold.
      return { ...say(w.empty), blank: true };
    case 'maxLength':
      return say(w.tooLong, { limit: String(params.limit) });
    case 'maxItems':
      return say(w.tooMany, { limit: String(params.limit) });
    case 'minimum':
      return say(w.minimum, { limit: String(params.limit) });
    case 'exclusiveMinimum':
      return say(w.above, { limit: String(params.limit) });
    case 'maximum':
      return say(w.maximum, { limit: String(params.limit) });
    case 'uniqueItems':
      return say(w.twice);
    default:
      return say(w.invalid);
  }
}

/**
 * A failed anyOf or oneOf (`next`) is best explained by the alternative the value was meant for: errors inside a list
 * or map, or a bad step id, say more than "must be one of"; only when there are none does the union's own message stand.
 */
function explainUnion(errors: readonly AjvError[]): AjvError[] {
  const union = (e: AjvError) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const failed = errors.filter(union).map((e) => e.instancePath);
  const under = (e: AjvError, p: string) => e.instancePath === p || e.instancePath.startsWith(`${p}/`);
  const specific = (e: AjvError, p: string) => !union(e) && (e.instancePath !== p || e.keyword !== 'type');
  const explained = new Set(failed.filter((p) => errors.some((e) => under(e, p) && specific(e, p))));
  // A text fails both the one-id and the ids-with-commas forms; the first (one id) explains it, once.
  const patternAt = new Set<string>();
  return errors.filter((e) => {
    // Branches in words are a lenient reading of lists and texts: what fails there is explained as a step id.
    if (e.schemaPath.startsWith('#/$defs/branch/')) return false;
    // So is a list of cases (`- Hợp lệ: B2`): an item of `next` that is no case is never asked to be one (valueProblems
    // says what makes a list of cases no decision). Its own validator reports the item at the root of its schema.
    if (isListedBranchFault(e)) return false;
    const p = failed.find((q) => under(e, q));
    if (p === undefined) return true;
    if (!explained.has(p)) return union(e);
    if (e.keyword === 'pattern' && e.instancePath === p) {
      if (patternAt.has(p)) return false;
      patternAt.add(p);
    }
    return specific(e, p);
  });
}

/** Whether an error is the listed branch's (`- Hợp lệ: B2`) own: an item of a step's `next` that is no map. */
function isListedBranchFault(e: AjvError): boolean {
  return e.keyword === 'type' && e.params.type === 'object' && /^\/steps\/\d+\/next\/\d+$/.test(e.instancePath);
}

/** How describeSchemaErrors names what it checks, and where the root schema's references to other files lead. */
export interface DescribeOptions {
  /** What a message about the whole document calls it ("The configuration"); "The procedure" when not given. */
  whole?: Translated;
  /** The schema files the root refers to by name (`calendar.schema.json`), so hints inside them know their properties. */
  documents?: readonly object[];
  /**
   * An unknown property with no near name is followed by the properties its map takes when there are at most this many
   * (8 when not given): a procedure's 32 would bury the message, a configuration section's are what to write instead.
   */
  listKeys?: number;
  /** A value's name where its key alone says too little ("Item 1" for a rule's severity); undefined for the usual name. */
  name?: (path: NodePath) => string | undefined;
}

/** Turns Ajv's errors for data under a root schema into one readable problem per violation, in a language. */
export function describeSchemaErrors(
  errors: readonly AjvError[],
  data: unknown,
  root: object,
  lang: Lang = 'en',
  options: DescribeOptions = {},
): SchemaProblem[] {
  const context: Context = {
    documents: options.documents ?? [],
    whole: options.whole?.[lang] ?? MESSAGES[lang].procedure,
    listKeys: options.listKeys ?? 8,
    name: options.name,
  };
  const kept = explainUnion(errors);
  // propertyNames reports the bad key twice (pattern, then propertyNames): the pattern one names the key.
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of kept) {
    if (error.keyword === 'pattern' && error.schemaPath.includes('propertyNames')) continue;
    const problem = toProblem(error, data, root, MESSAGES[lang], context);
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  // A misspelt required key is one problem, not two: the "did you mean" says it all.
  const typos = new Set(
    problems
      .filter((p) => p.target === 'key' && p.property)
      .map((p) => `${p.path.slice(0, -1).join('\u0000')}|${p.property}`),
  );
  // Two keys of one map named after the same field ("Thời gian", "Thời gian thực hiện"), or two bodies that would
  // take one id ("Bộ phận A: VP", "Bộ phận B: VP"): writing both would write the key twice, so neither is written.
  const written = (p: SchemaProblem) => p.rename ?? p.entry?.key;
  const slot = (p: SchemaProblem) => `${p.path.slice(0, -1).join('\u0000')}|${written(p)}`;
  const renames = new Map<string, number>();
  for (const p of problems) if (written(p) !== undefined) renames.set(slot(p), (renames.get(slot(p)) ?? 0) + 1);
  return problems
    .filter((p) => !(p.target === 'value' && p.property && typos.has(`${p.path.join('\u0000')}|${p.property}`)))
    .map((p) => {
      if (written(p) === undefined || renames.get(slot(p)) === 1) return p;
      const { rename: _, entry: __, ...kept } = p;
      return kept;
    });
}

/**
 * Validates procedure data against schemas/procedure.schema.json, then what a schema cannot state (real dates,
 * level words, ids Windows can store); one readable problem per violation. `hoursPerDay`: the catalog's working day,
 * in which the messages count days and hours written together.
 */
export function validateProcedure(data: unknown, lang: Lang = 'en', hoursPerDay?: number): SchemaProblem[] {
  const w = MESSAGES[lang];
  const found = validate(data) ? [] : describeSchemaErrors(validate.errors ?? [], data, schemaJson, lang);
  // Durations are read by parseDuration, which knows every accepted form and says what to write instead.
  const durations: SchemaProblem[] = durationProblems(data, lang, hoursPerDay).map((problem) => ({
    ...problem,
    target: 'value',
  }));
  const valueFound = valueProblems(data);
  // A misspelt key is the problem itself: what the schema says of its value follows from it. So is a decision's case
  // that names several steps: the schema only sees a text that is no step id.
  const replaced = new Set(
    valueFound.flatMap((p) => (p.target === 'key' ? [p.path] : (p.replaces ?? []))).map((path) => path.join('\u0000')),
  );
  const problems = [
    ...found.filter((problem) => !isDurationPath(data, problem.path) && !replaced.has(problem.path.join('\u0000'))),
    ...durations,
  ];
  const placed = new Set(problems.map((p) => p.path.join('\u0000')));
  for (const { path, messageId, data: values, target } of valueFound) {
    if (placed.has(path.join('\u0000'))) continue;
    const text = typeof values.value === 'string' ? values.value : '';
    problems.push({
      path,
      target: target ?? 'value',
      message: fill(w[messageId], { ...values, what: label(path, w), value: quoted(text), id: text }),
      ...(messageId === 'empty' ? { blank: true as const } : {}),
    });
  }
  return dossierCases(data, stepRows(data, totalKeys(data, problems, lang, hoursPerDay), w), w);
}

/**
 * A step table's total written as a field of the procedure (`Tổng thời gian giải quyết: 06 ngày làm việc`): not an
 * unknown field to rename but a line to delete, for procmap computes the total; one that disagrees with the steps,
 * run one after the other, is said.
 */
function totalKeys(
  data: unknown,
  problems: SchemaProblem[],
  lang: Lang,
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): SchemaProblem[] {
  if (!isMap(data)) return problems;
  const w = MESSAGES[lang];
  return problems.map((problem) => {
    const [key] = problem.path;
    if (problem.target !== 'key' || problem.path.length !== 1 || typeof key !== 'string' || !isTotalKey(key))
      return problem;
    const written = data[key];
    // The total is a step table's last row, written in the table's forms ("Ngày làm việc: 06") as its steps are.
    const duration =
      typeof written === 'string' || typeof written === 'number' ? parseStepDuration(written) : undefined;
    const writtenHours = duration && isWorkingTime(duration) ? toWorkingHours(duration, hoursPerDay) : undefined;
    const stepsHours = sequentialHours(data.steps, hoursPerDay);
    const disagrees =
      writtenHours !== undefined && stepsHours !== undefined && Math.abs(writtenHours - stepsHours) > 1e-9;
    const message = disagrees
      ? fill(w.totalKeyDisagrees, {
          name: quoted(key),
          total: formatWorkingTime(stepsHours, hoursPerDay, lang),
          written: formatWorkingTime(writtenHours, hoursPerDay, lang),
        })
      : fill(w.totalKey, { name: quoted(key) });
    const { rename: _, property: __, ...kept } = problem;
    return { ...kept, message, remove: true };
  });
}

/**
 * Dossier items under their case, as the national portal lays them out (`- Trường hợp …:` and the items below it):
 * one problem at the case, which says (and `--fix` writes) each item with its case, in place of the missing name.
 */
function dossierCases(data: unknown, problems: SchemaProblem[], w: (typeof MESSAGES)[Lang]): SchemaProblem[] {
  if (!isMap(data) || !Array.isArray(data.dossier)) return problems;
  const cases = new Map<number, { case: string; items: DossierCaseItem[] }>();
  data.dossier.forEach((item, i) => {
    if (!isMap(item)) return;
    const entries = Object.entries(item);
    if (entries.length !== 1) return;
    const [key, list] = entries[0]!;
    if (!isCaseWording(key) || !Array.isArray(list) || list.length === 0) return;
    const items = list.map(caseItem);
    if (!items.every((found) => found !== undefined)) return;
    cases.set(i, { case: key.trim(), items });
  });
  const flat = flatCases(data.dossier, w);
  if (cases.size === 0 && flat.size === 0) return problems;
  const said = problems.filter((problem) => {
    const [top, index] = problem.path;
    // A flat heading's own problems (no "name", its case as a field) are the schema's words for it: one message says it.
    return !(top === 'dossier' && typeof index === 'number' && flat.has(index));
  });
  return [...said, ...flat.values()].flatMap((problem) => {
    const [top, index] = problem.path;
    const found = top === 'dossier' && typeof index === 'number' ? cases.get(index) : undefined;
    if (found === undefined) return [problem];
    if (problem.path.length === 2) return [];
    if (problem.path.length !== 3 || problem.target !== 'key') return [problem];
    const first = found.items[0]!;
    const name = 'line' in first ? first.line.name : first.map;
    const message = fill(w.dossierCase, { name: jsonString(name), case: jsonString(found.case) });
    return [{ ...problem, message, dossierCase: found }];
  });
}

/**
 * Case headings written flat among the dossier items (`- Trường hợp 1: Người đề nghị trực tiếp`, `- Trường hợp 2:`,
 * `- "a) Trường hợp ủy quyền:"`, `- "TH3: Tổ chức"`, then the items at the same indent), each with the items after it:
 * one problem at the heading, saying to write each item with its case. A heading with no items after it is a case
 * with no papers, and a line that only ends with a colon (`Giấy tờ khác:`) may be either: both are said, with no fix.
 * A heading read as a document would print as one, and its items under no case.
 */
function flatCases(dossier: unknown[], w: (typeof MESSAGES)[Lang]): Map<number, SchemaProblem> {
  const headings = dossier.map((item) => {
    const line = headingLine(item);
    return line === undefined ? undefined : caseHeadingOf(line);
  });
  const found = new Map<number, SchemaProblem>();
  // Where a heading's items end: at the next heading, or at an item that gives its own case (`{ …, case: … }`).
  const ends = (j: number) => j === dossier.length || headings[j] !== undefined || hasCase(dossier[j]);
  headings.forEach((heading, i) => {
    if (heading === undefined) return;
    // Its items: those after it, up to the next heading, an item with its own case, or the end.
    const items: DossierCaseItem[] = [];
    for (let j = i + 1; !ends(j); j++) {
      const item = caseItem(dossier[j]);
      if (item === undefined) break;
      items.push(item);
    }
    const at = { path: ['dossier', i], target: 'value' as const };
    const first = items[0];
    const name = first === undefined ? 'Tờ khai' : 'line' in first ? first.line.name : first.map;
    const filled = { name: jsonString(name), case: jsonString(heading.case) };
    if (!heading.sure) {
      const text = jsonString(headingLine(dossier[i])!.trim());
      found.set(i, { ...at, message: fill(w.dossierColon, { ...filled, text }) });
      return;
    }
    if (first === undefined) {
      found.set(i, { ...at, message: fill(w.dossierEmptyCase, filled) });
      return;
    }
    const message = fill(w.dossierFlatCase, filled);
    const whole = ends(i + items.length + 1);
    // --fix only where every item up to where its items end is one it can write.
    const fix = whole ? { dossierFlatCase: { case: heading.case, items } } : {};
    found.set(i, { ...at, message, ...fix });
  });
  return found;
}

/** Whether a dossier item is a map that gives its own case, which no heading above it writes over. */
function hasCase(item: unknown): boolean {
  return isMap(item) && Object.hasOwn(item, 'case');
}

/**
 * A dossier item as the line it was written as: a text, or a map of one entry that YAML read from a line's colon,
 * `Trường hợp 2:` with nothing after it among them; undefined for an item with a field's key (`name:`) or another shape.
 */
function headingLine(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (!isMap(item) || Object.keys(item).length !== 1) return undefined;
  const [key, value] = Object.entries(item)[0]!;
  if (/^[a-z][a-z_]*$/.test(key)) return undefined;
  if (value === null || value === '') return `${key}:`;
  return typeof value === 'string' ? `${key}: ${value}` : undefined;
}

/**
 * An item under a case in any form a dossier item takes at the top level: a line (`Tờ khai`, `Tờ khai: 01 bản chính`
 * even where YAML reads its colon as a map's), or a map with its name and no case of its own; undefined otherwise.
 */
function caseItem(item: unknown): DossierCaseItem | undefined {
  const line = typeof item === 'string' ? item : keyedLine(item);
  if (line !== undefined) return line.trim() === '' ? undefined : { line: dossierItemOf(line.trim()) };
  if (!isMap(item) || typeof item.name !== 'string' || item.name.trim() === '' || Object.hasOwn(item, 'case'))
    return undefined;
  return { map: item.name.trim() };
}

// A step table's row as a step: "Bước 1" (or "Step 1") as a key, the step's name its value or its fields under it.
const STEP_ROW = /^(?:bước|buoc|step)\s*(\d{1,3})$/iu;

/**
 * False when a key cannot be a step table's row: STEP_ROW ends in an ASCII digit, and a key whose last character
 * (spaces aside) is none (`id`, `name`, `duration`) is no row. Why: every key of every step is asked.
 */
function mayBeStepRow(key: string): boolean {
  const trimmed = key.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/**
 * Steps written as a step table's rows, `- Bước 1: Tiếp nhận hồ sơ` or `- Bước 1:` with the fields under it: one
 * problem at the number, which says (and `--fix` writes) the id and the name, in place of the unknown key and the
 * missing id and name (and, for fields under it, every field missing beside it).
 */
function stepRows(data: unknown, problems: SchemaProblem[], w: (typeof MESSAGES)[Lang]): SchemaProblem[] {
  if (!isMap(data) || !Array.isArray(data.steps)) return problems;
  // Keys --fix writes as id or name (`Tên:`, `Mã bước:`): the step has that field once they are written.
  const renamed = new Map<string, string>();
  for (const p of problems)
    if (p.path[0] === 'steps' && p.path.length === 3 && (p.rename === 'id' || p.rename === 'name'))
      renamed.set(`${String(p.path[1])}|${p.rename}`, String(p.path[2]));
  const rows = new Map<number, { key: string; nested: boolean; idKey?: string; nameKey?: string }>();
  data.steps.forEach((step, i) => {
    if (!isMap(step)) return;
    const keys = Object.keys(step).filter((key) => mayBeStepRow(key) && STEP_ROW.test(key.trim()));
    if (keys.length !== 1) return;
    const value = step[keys[0]!];
    const nested = isMap(value);
    if (!nested && (typeof value !== 'string' || value.trim() === '')) return;
    const idKey = Object.hasOwn(step, 'id') ? 'id' : renamed.get(`${i}|id`);
    const nameKey = Object.hasOwn(step, 'name') ? 'name' : renamed.get(`${i}|name`);
    if (nested && (Object.keys(step).length !== 1 || Object.hasOwn(value, 'id'))) return;
    rows.set(i, {
      key: keys[0]!,
      nested,
      ...(idKey === undefined ? {} : { idKey }),
      ...(nameKey === undefined ? {} : { nameKey }),
    });
  });
  if (rows.size === 0) return problems;
  const ids = new Set(data.steps.flatMap((step) => (isMap(step) && step.id !== undefined ? [String(step.id)] : [])));
  const out: SchemaProblem[] = [];
  for (const problem of problems) {
    const [top, index, key] = problem.path;
    const row = top === 'steps' && typeof index === 'number' ? rows.get(index) : undefined;
    if (row === undefined) {
      out.push(problem);
      continue;
    }
    // The step's missing fields: the id and name the row gives, or any the fields under the number give.
    if (problem.path.length === 2 && (row.nested || problem.property === 'id' || problem.property === 'name')) continue;
    if (problem.path.length !== 3 || key !== row.key || problem.target !== 'key') {
      out.push(problem);
      continue;
    }
    out.push(stepRowProblem(problem, (data.steps as Record<string, unknown>[])[index as number]!, row, ids, w));
  }
  return out;
}

/**
 * The problem at a step table's row, `Bước 1: Tiếp nhận hồ sơ`: its number is the id and its name the name, unless
 * the step gives them already (an id kept, the number left out; a name given twice is the officer's to choose).
 */
function stepRowProblem(
  problem: SchemaProblem,
  step: Record<string, unknown>,
  row: { key: string; nested: boolean; idKey?: string; nameKey?: string },
  ids: ReadonlySet<string>,
  w: (typeof MESSAGES)[Lang],
): SchemaProblem {
  const number = STEP_ROW.exec(row.key.trim())![1]!;
  const id = ids.has(`B${Number(number)}`) ? row.key.trim() : `B${Number(number)}`;
  if (row.nested)
    return { ...problem, message: fill(w.stepRowFields, { id, key: row.key }), stepRow: { id, nested: true } };
  const name = String(step[row.key]).trim();
  const text = (value: unknown) => escapeControls(String(value).trim());
  const given = row.nameKey === undefined ? undefined : text(step[row.nameKey]);
  if (row.idKey !== undefined && given !== undefined) {
    const data = { id: text(step[row.idKey]), name: given, key: row.key.trim(), row: name };
    return { ...problem, message: fill(w.stepRowBoth, data) };
  }
  if (row.idKey !== undefined) {
    const data = { id: text(step[row.idKey]), key: row.key.trim(), name };
    return { ...problem, message: fill(w.stepRowHasId, data), stepRow: { name } };
  }
  if (given !== undefined) {
    const nameKey = row.nameKey!;
    if (foldCase(given) === foldCase(name))
      return {
        ...problem,
        message: fill(w.stepRowHasName, { id, key: row.key.trim(), name, nameKey }),
        stepRow: { id },
      };
    const data = { id, key: row.key.trim(), row: name, name: given, nameKey };
    return { ...problem, message: fill(w.stepRowTwoNames, data) };
  }
  return { ...problem, message: fill(w.stepRowName, { id, name }), stepRow: { id, name } };
}

/** An item's text without the bullet or the two marks pasted before it: "• Nam …" → "Nam …". */
function withoutItemMarks(text: string): string {
  return text.slice((textBulletOf(text) || itemBulletOf(text)).length).trim();
}

// A text a block list's item can hold unquoted: starting with a letter, no ": " or " #", no quote or bracket in it.
const PLAIN_ITEM = /^\p{L}[^:#"'{}[\]&*!|>%@`\\\p{Cc}\u2028\u2029]*(?<!\s)$/u;

/** A text as a block list's item: plain when it reads back as itself, else in double quotes. */
function blockItem(text: string): string {
  return PLAIN_ITEM.test(text) ? text : jsonString(text);
}
