import { DEFAULT_HOURS_PER_DAY, limitLinesJoined, parseDuration, withoutHoursGloss } from '../model/duration.js';
import { limitPerChannel } from '../model/channel-split.js';
import { withoutDocumentReading } from '../time/limit-words.js';
import type { WordDocument } from './docx-read.js';
import { titleAsName } from './title-case.js';
import { inCapitals, isTotalRow, unpunctuated } from './text.js';
import { endsSection, linesUnder, NOT_SPECIFIED, sectionNumber, sectionTable } from './document-sections.js';
import { FIELD_HEADINGS, headsList, isFieldLine, LABELS, LIMIT, LIST_SECTIONS, withFeeLabel } from './field-labels.js';
import { revisionOf } from '../model/lenient.js';
import { writtenDuration } from './draft.js';
import { isLabelAlone } from './unread-sections.js';

// What a Word document states in its own words: labelled lines ("Lĩnh vực: …", "Mã TTHC: …"), the limit on its line
// or under its heading, the title after "QUY TRÌNH", and the lists under their headings; and which rows of a step
// table are steps. An ISO document gives them for its one procedure, an annex for each of its procedures.

// The document's title: after "QUY TRÌNH" in capitals, on its line or the next one.
const TITLE = /^QUY TRÌNH(?:\s*[:：]?\s+(.+))?$/u;

/**
 * The words of a revision after its label, as the catalog's reader reads them (revisionOf: "02", "Ban hành lần 2",
 * "Lần thứ hai"): the longest run of its first words it reads, without what follows on the line ("02 Trang: 1/3");
 * the whole text when none reads, for the import to say so.
 */
function revisionWords(text: string): string {
  const words = text.split(/\s+/u);
  for (let n = Math.min(words.length, 8); n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    if (revisionOf(head) !== undefined) return head;
  }
  return text;
}

// The most lines under a limit's heading that may each give a way of filing its limit ("- Trực tiếp: 05 ngày làm việc").
const MAX_CHANNEL_LINES = 4;

/**
 * The lines under the limit's heading at `at` that give a limit per way of filing, a line each, joined as one limit
 * ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc"); undefined when the lines under it are no such limit.
 */
function limitLines(run: readonly string[], at: number): string | undefined {
  for (let n = Math.min(MAX_CHANNEL_LINES, run.length - at - 1); n >= 2; n--) {
    const joined = limitLinesJoined(run.slice(at + 1, at + 1 + n).join('\n'));
    if (joined !== undefined && limitPerChannel(joined)) return joined;
  }
  return undefined;
}

// A step of a public sequence, by its number: "Bước 2: Nộp hồ sơ qua một trong các cách sau:" is a step, not a heading.
const STEP_LINE = /^bước\s+\d+/iu;

/**
 * Whether a line of a list is an item that introduces the lines under it ("Công chức tư pháp - hộ tịch kiểm tra hồ
 * sơ:", "Trường hợp cha, mẹ là người nước ngoài, nộp thêm:"): a sentence ending in a colon, which without its colon
 * heads nothing and is no short label alone ("Lưu ý:", which the report names as a section it does not read). Taken
 * for a heading, it ended the list and the items after it were lost without a word.
 */
function introducesItems(line: string, section: number[] | undefined): boolean {
  return /[:：]$/u.test(line) && !isLabelAlone(line) && !endsSection(line.replace(/\s*[:：]$/u, ''), section);
}

/** Where a list under a heading ends: the next heading, or a labelled line procmap reads as another field. */
function endsList(header: string): (line: string, section: number[] | undefined) => boolean {
  return (line, section) =>
    isFieldLine(line) ||
    (endsSection(line, section) &&
      !(header === 'Trình tự thực hiện' && STEP_LINE.test(line)) &&
      !introducesItems(line, section));
}

/**
 * The items of each list section: the paragraphs under its heading, up to the next heading or labelled field, one per
 * line; or the one item after its colon ("Căn cứ pháp lý của thủ tục hành chính: Nghị định số 20/2021/NĐ-CP").
 */
function listSections(paragraphs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  // A heading with nothing under it (a table of contents) leaves the section to a later one. The scans stay linear:
  // a later heading inside a scan is one of its items, so a heading is tried again only past the scan's end.
  paragraphs.forEach((line, i) => {
    const section = LIST_SECTIONS.find(([header, heading]) => !found.has(header) && heading.test(line));
    if (!section) return;
    const [header, heading] = section;
    const lines = headsList(header, line)
      ? linesUnder(paragraphs, i, NOT_SPECIFIED, endsList(header))
      : [heading.exec(line)![1]!.trim()];
    // A list in a document ends its items with ";" and the last with ".": punctuation, not part of the text.
    // "Không" (none) is kept, for the conditions it says are none; "Chưa quy định" (not laid down) is not.
    const items = lines.filter((item) => !NOT_SPECIFIED.test(item)).map(unpunctuated);
    if (items.length > 0) found.set(header, items.join('\n'));
  });
  return found;
}

// The labelled fields that name something (the agency, the applicants, the ways of filing…), not a sentence.
const NAMES = new Set(['Lĩnh vực', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Đối tượng thực hiện', 'Cách thức thực hiện']);

/** A row of a step table that is no step: the total, or one text across the whole row (a heading, a result). */
export function isStepRow(row: readonly string[]): boolean {
  const texts = row.filter(Boolean);
  if (texts.length === 0) return false;
  if (isTotalRow(texts)) return false;
  return texts.length === 1 || new Set(texts).size > 1;
}

/**
 * The facts an ISO document states in its labelled lines, by catalog header; the limit and the title too, the limit
 * read in a working day of `hoursPerDay` hours (the catalog's calendar).
 */
export function factsOf(
  document: Pick<WordDocument, 'paragraphs' | 'tables' | 'tableStarts' | 'footer'>,
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): Map<string, string> {
  const facts = new Map<string, string>();
  // Runs of lines where a heading's value may be the next line: the paragraphs, and each cell's lines; a row of two
  // texts is one labelled line ("Thời hạn giải quyết | 05 ngày làm việc").
  const runs: string[][] = [document.paragraphs];
  // The lines of the channels' table: a fee there is a way of filing's, printed in each row without one of its own
  // as the procedure's with its lines joined, never the procedure's fee itself (its section says that).
  const channelRuns = new Set<string[]>();
  for (const table of document.tables) {
    const channels = sectionTable(table.rows[0] ?? []) === 'channels';
    const push = (run: string[]) => {
      if (channels) channelRuns.add(run);
      runs.push(run);
    };
    for (const row of table.rows) {
      const texts = [...new Set(row.filter(Boolean))];
      const label = (text: string) => text.replace(/\s*[:：]$/u, '');
      // Two cells may also be the unit and its codes ("SỞ TƯ PHÁP" | "Mã hiệu: …"): each cell's lines are read too.
      if (texts.length === 2) push([`${label(texts[0]!)}: ${texts[1]}`]);
      texts.forEach((text, i) => {
        // A cell that ends with a colon labels the next one: "Mã hiệu:" | "QT-01".
        if (/[:：]$/u.test(text) && i + 1 < texts.length) push([`${label(text)}: ${texts[i + 1]}`]);
        else push(text.split('\n'));
      });
    }
  }
  // The title as the document writes it: the first written as a name wins over one in capitals, as an ISO document's
  // body repeats the header's "Cấp bản sao…" as "CẤP BẢN SAO…"; with only capitals, the first is written as a name.
  const titles: string[] = [];
  const found = (header: string, written: string | undefined) => {
    // A name ends with no full stop: "Cơ quan thực hiện thủ tục hành chính: Công an cấp xã." names "Công an cấp xã".
    const value = NAMES.has(header) ? written?.replace(/\s*[;.]$/u, '') : written;
    if (value && header === 'Tên thủ tục') titles.push(value);
    else if (value && !facts.has(header)) facts.set(header, value);
  };
  // The paragraphs a table stands before: a heading over a table ("Cách thức thực hiện" over its table) has no line of value.
  const tableBefore = new Set(document.tableStarts ?? []);
  for (const run of runs)
    run.forEach((line, i) => {
      // Once a line, not once a label: a document of 500,000 lines spent most of its import here.
      const read = withFeeLabel(line);
      for (const [header, label] of LABELS) {
        if (header === 'Phí, lệ phí' && channelRuns.has(run)) continue;
        const value = label.exec(read)?.[1]?.trim();
        found(header, header === 'Lần ban hành' && value !== undefined ? revisionWords(value) : value);
      }
      // A numbered heading with its value on the line under it ("5.7. Cơ quan thực hiện" over "Sở Tư pháp"), unless
      // that line is a heading or a field itself.
      const field = FIELD_HEADINGS.find(([, heading]) => heading.test(line));
      const text = run[i + 1];
      const between = run === document.paragraphs && tableBefore.has(i + 1);
      if (field && text !== undefined && !between && !isFieldLine(text) && !endsSection(text, sectionNumber(line)))
        found(field[0], text.trim());
      // A heading's value is on its line or, under it, the next line, unless that line is labelled itself ("II. THỜI
      // HẠN GIẢI QUYẾT" over "Thời hạn giải quyết: 03 ngày làm việc"): then it is read on its own.
      const limit = LIMIT.exec(line);
      const next = run[i + 1];
      const under = limit && next !== undefined && !LIMIT.test(next) ? (limitLines(run, i) ?? next) : undefined;
      const value = limit?.[1]!.trim() || under;
      // Without the hours a document prints after working days ("10 ngày làm việc (85 giờ)") when they are those days'
      // hours in the catalog's calendar: a gloss, not a remark; nor how the document says open hours are counted.
      const stated = value === undefined ? undefined : withoutHoursGloss(withoutDocumentReading(value), hoursPerDay);
      // A limit per way of filing is the import's to split, as lint --fix splits it; days and hours together
      // ("01 ngày làm việc 04 giờ"), the import's to join in the catalog's working hours.
      const joined = stated !== undefined && writtenDuration(stated, hoursPerDay)?.joined !== undefined;
      if (stated !== undefined && (parseDuration(stated) !== undefined || joined || limitPerChannel(stated)))
        found('Thời hạn giải quyết', stated);
      const title = TITLE.exec(line);
      if (title) found('Tên thủ tục', title[1]?.trim() || run[i + 1]);
    });
  // A line under "QUY TRÌNH" that is another label ("Mã hiệu: QT-01") names no title.
  const named = titles.filter((text) => !LIMIT.test(text) && !LABELS.some(([, label]) => label.test(text)));
  const title = named.find((text) => !inCapitals(text)) ?? named[0];
  if (title !== undefined) facts.set('Tên thủ tục', titleAsName(title, document.paragraphs));
  for (const [header, items] of listSections(document.paragraphs)) found(header, items);
  // The control data a page footer prints, where the header and the body do not: its fields on one line apart.
  for (const line of (document.footer ?? []).flatMap((text) => text.split(FOOTER_FIELDS)))
    for (const [header, label] of LABELS) {
      if (!FOOTER_LABELS.has(header)) continue;
      const value = label.exec(line.trim())?.[1]?.trim();
      found(header, header === 'Lần ban hành' && value !== undefined ? revisionWords(value) : value);
    }
  // The issue date is also the effective date of a document that states no other: the import says so.
  if (!facts.has('Ngày hiệu lực') && facts.has('Ngày ban hành')) {
    facts.set('Ngày hiệu lực', facts.get('Ngày ban hành')!);
    EFFECTIVE_FROM_ISSUE.add(facts);
  }
  return facts;
}

// The fields of a document's control data, which some documents print in the page footer rather than the header.
const FOOTER_LABELS = new Set(['Mã hiệu quy trình', 'Lần ban hành', 'Ngày hiệu lực', 'Ngày ban hành']);
// A footer line's fields apart: "Mã hiệu: QT-01 · Lần ban hành: 02 | Trang 1/3".
const FOOTER_FIELDS = /\s+[·|–]\s+|\s{3,}/u;

/** The facts whose effective date is the issue date, the document stating no other. */
export const EFFECTIVE_FROM_ISSUE = new WeakSet<Map<string, string>>();

// A total as a document states it: "Tổng thời gian giải quyết: 03 ngày làm việc", "Cộng: 03 ngày làm việc", "Total
// processing time: 2 h", on a line or in its table's foot (the words of isTotalRow).
const TOTAL_LINE =
  /^(?:(?:tổng(?: cộng)?|cộng)(?: thời (?:gian|hạn)(?: giải quyết| thực hiện| xử lý)?)?|total(?: processing)?(?: time)?)\s*[:：]?\s*(.*)$/isu;

/**
 * The time a total row or line states ("Tổng thời gian giải quyết | | 01 ngày làm việc", "Tổng thời gian giải quyết:
 * 2 giờ"): the last of its cells that is a time, or is one after the words of the total; undefined when none is.
 */
export function totalTime(cells: readonly string[]): string | undefined {
  for (const cell of [...cells].reverse()) {
    const line = cell?.split('\n')[0]?.trim() ?? '';
    const time = TOTAL_LINE.exec(line)?.[1]?.trim() || line;
    if (time && parseDuration(time) !== undefined) return time;
  }
  return undefined;
}

/**
 * The total of the steps a document states, for a document that states no limit: a line "Tổng thời gian giải quyết:
 * …", else the total row of a table. An approved process's total may not exceed the law's limit, so it is the safe one to count
 * against; the import says where it came from.
 */
export function statedTotal(
  paragraphs: readonly string[],
  tables: readonly { rows: string[][] }[],
): string | undefined {
  const totals = [...paragraphs.map((line) => [line]), ...tables.flatMap((table) => table.rows)];
  for (const cells of totals) {
    const time = isTotalRow(cells) ? totalTime(cells) : undefined;
    if (time) return time;
  }
  return undefined;
}

/** The note of a limit taken from the steps' total, for the officer to check against the law. */
export const TOTAL_AS_LIMIT =
  'Thời hạn giải quyết lấy từ dòng tổng thời gian của bảng các bước: hãy đối chiếu với văn bản';
