import { gradesIn } from '../model/channel-words.js';
import { parseDuration } from '../model/duration.js';
import { foldCase } from '../model/fold.js';
import type { Channel, NodePath } from '../model/types.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/**
 * Whether two channels are one way of filing: the same kind, and for online filing the same grade. Online filing at
 * two grades, each told apart by its note ("Trực tuyến một phần", "Trực tuyến toàn trình"), is two ways (Decree
 * 42/2022/NĐ-CP grades them apart; docs/calendar.md, docs/ontime.md); a grade beside none is left alone, as not known.
 */
function sameWay(a: Channel, b: Channel): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'online') return true;
  const [first, second] = [gradesIn(a.note ?? ''), gradesIn(b.note ?? '')];
  if (first.length === 0 || second.length === 0) return first.length === second.length;
  return first.some((grade) => second.includes(grade));
}

/** Whether two limits are one time, however written ("05 ngày làm việc" is "5d"); as written when one is not read. */
function sameLimit(a: string, b: string): boolean {
  const [x, y] = [parseDuration(a), parseDuration(b)];
  if (x === undefined || y === undefined) return a.trim() === b.trim();
  return x.value === y.value && x.unit === y.unit && foldCase(x.note ?? '') === foldCase(y.note ?? '');
}

// The usual case, which the procedure's steps describe, as import's merge finds it (interchange/record-cases.ts).
const USUAL = /thông thường|bình thường/iu;

/**
 * The one limit of a way of filing given twice, as `import` merges a way's cases (interchange/record-cases.ts): the
 * usual case's limit (its note says "thông thường", else the first), the others after it in brackets, each named by
 * its note; false when they all have the same limit, undefined when the merged one would not read back (a note that
 * names a way of filing, which the brackets would read as that way's limit).
 */
function mergedLimit(channels: readonly Channel[], general: string): string | undefined | false {
  const limits = channels.map((channel) => ({ limit: channel.time_limit ?? general, note: channel.note }));
  if (limits.every(({ limit }) => sameLimit(limit, limits[0]!.limit))) return false;
  const usual = limits.find(({ note }) => note !== undefined && USUAL.test(note)) ?? limits[0]!;
  const others = limits
    .filter((one) => one !== usual && !sameLimit(one.limit, usual.limit))
    .map(({ limit, note }) => `${note?.trim() || 'trường hợp khác'}: ${limit.trim()}`);
  const text = `${usual.limit.trim()} (${others.join('; ')})`;
  return parseDuration(text) === undefined ? undefined : text;
}

/**
 * One way of filing is one channel: the document prints a row per channel, and a way's cases belong in its limit
 * ("03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"), where lint and time apply each to its branch, as
 * `import` writes them (interchange/record-cases.ts); a case as a second channel's note is a label only.
 */
export const rule = defineRule({
  id: 'unique-channel',
  description: {
    en: 'A way of filing must be listed once in channels',
    vi: 'Mỗi cách nộp hồ sơ chỉ được ghi một lần trong channels',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    cases: {
      en: 'Channel {kind} is listed twice ({where}): one way of filing is one channel. The document prints a row for each, and a case named in a note is not applied to the steps of that case. Write one channel, its cases in its limit: time_limit: "{limit}"',
      vi: 'Cách nộp {kind} được ghi hai lần ({where}): mỗi cách nộp chỉ ghi một lần. Tài liệu in mỗi lần ghi một dòng, và trường hợp ghi trong ghi chú không được áp dụng cho các bước của trường hợp đó. Hãy ghi một cách nộp, các trường hợp trong thời hạn của nó: time_limit: "{limit}"',
    },
    limits: {
      en: 'Channel {kind} is listed twice ({where}), with the limits "{first}" and "{second}": one way of filing is one channel, and the document prints a row for each. Write one channel, the usual case\'s limit first and each other case\'s after it in brackets, named by its case ("03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"); online filing at two grades is two channels, each grade named in its note ("Trực tuyến một phần", "Trực tuyến toàn trình")',
      vi: 'Cách nộp {kind} được ghi hai lần ({where}), với thời hạn "{first}" và "{second}": mỗi cách nộp chỉ ghi một lần, và tài liệu in mỗi lần ghi một dòng. Hãy ghi một cách nộp, thời hạn của trường hợp thông thường trước, thời hạn của mỗi trường hợp khác sau trong ngoặc, kèm tên trường hợp ("03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"); nộp trực tuyến ở hai mức độ là hai cách nộp, mỗi mức độ ghi trong ghi chú của nó ("Trực tuyến một phần", "Trực tuyến toàn trình")',
    },
    repeated: {
      en: 'Channel {kind} is listed twice ({where}), with the same limit: one way of filing is one channel, and the document prints a row for each. Keep one entry, with the fee and note of both',
      vi: 'Cách nộp {kind} được ghi hai lần ({where}), cùng thời hạn: mỗi cách nộp chỉ ghi một lần, và tài liệu in mỗi lần ghi một dòng. Hãy giữ một mục, ghi đủ phí và ghi chú của cả hai',
    },
  },
  check({ source, procedure, report, lang }) {
    const channels = procedure.channels ?? [];
    // Names on one line have no line each: the report points at `channels`.
    // A map of names (`channels:` then `Trực tiếp: 03 ngày làm việc` a line each) is read as a list, but its entries are
    // keys the locator does not find by number: as names on one line, the report points at `channels`.
    const map = source.namedChannels === 'map';
    const listed = Array.isArray(writtenAt(source, ['channels'])) && !map;
    const pathOf = (i: number): NodePath => (listed ? ['channels', i] : ['channels']);
    const reported = new Set<number>();
    channels.forEach((channel, i) => {
      if (reported.has(i)) return;
      const general = typeof procedure.time_limit === 'string' ? procedure.time_limit : '';
      const limitOf = (one: Channel) => one.time_limit ?? general;
      // With one limit, a note that differs names a place or a portal of that way ("Trực tiếp tại UBND xã", "Ứng dụng
      // VNeID"), which canonical-channel keeps as its own entry: only the same entry again is a repeat.
      const same = channels.flatMap((other, j) =>
        j > i &&
        sameWay(channel, other) &&
        (!sameLimit(limitOf(channel), limitOf(other)) || foldCase(channel.note ?? '') === foldCase(other.note ?? ''))
          ? [j]
          : [],
      );
      if (same.length === 0) return;
      const limit = mergedLimit([channel, ...same.map((j) => channels[j]!)], general);
      const firstLine = source.locate(pathOf(i)).line;
      // Where the first is: its line when the list gives each channel one, else beside the second, as names are.
      const where = listed
        ? lang === 'vi'
          ? `dòng ${firstLine} và ở đây`
          : `line ${firstLine} and here`
        : map
          ? lang === 'vi'
            ? 'cùng dưới channels'
            : 'both under channels'
          : lang === 'vi'
            ? 'cùng trên dòng này'
            : 'both on this line';
      for (const j of same) {
        reported.add(j);
        if (limit === false) report({ messageId: 'repeated', data: { kind: channel.kind, where }, path: pathOf(j) });
        else if (limit !== undefined)
          report({ messageId: 'cases', data: { kind: channel.kind, where, limit }, path: pathOf(j) });
        else {
          const [first, second] = [channel, channels[j]!].map((one) => limitOf(one).trim());
          const data = { kind: channel.kind, where, first: first!, second: second! };
          report({ messageId: 'limits', data, path: pathOf(j) });
        }
      }
    });
  },
});
