/** The notes on dossiers whose limit their row's channel did not settle (docs/ontime.md), in the report's words. */
import { fill, type Lang } from '../i18n.js';
import { channelLabel } from '../model/channels.js';
import type { Duration } from '../model/types.js';
import type { ChannelGuesses } from '../ontime/aggregate.js';
import type { MeasuredChannel } from '../ontime/channel-limit.js';
import { formatDuration } from '../time/units.js';

const WORDS = {
  en: {
    none: {
      one: '{procedure}: 1 dossier names no channel and was measured against the general limit ({limit})',
      many: '{procedure}: {n} dossiers name no channel and were measured against the general limit ({limit})',
    },
    shorter: '; one filed {channels} may be late by that channel’s own limit',
    other: '; {channels} has a limit of its own, not applied',
    addColumn:
      '. Add the channel column ("Kênh tiếp nhận": in person, online, postal) to the export to measure each by its own.',
    ungraded: {
      one: '{procedure}: 1 dossier filed online names no grade ({channels}) and was measured against the limit due first, the safe reading; write the grade ("một phần" or "toàn trình") in its channel cell to measure it by its own.',
      many: '{procedure}: {n} dossiers filed online name no grade ({channels}) and were measured against the limit due first, the safe reading; write the grade ("một phần" or "toàn trình") in their channel cells to measure each by its own.',
    },
    unlisted: {
      one: "{procedure}: 1 dossier filed online at a grade the procedure gives no limit for was measured against the general limit ({limit}), not the limit of {channels}, which is another grade's.",
      many: "{procedure}: {n} dossiers filed online at a grade the procedure gives no limit for were measured against the general limit ({limit}), not the limit of {channels}, which is another grade's.",
    },
    empty: {
      one: '{procedure}: 1 dossier has an empty cell in the channel column ({cells}) and was measured against the general limit ({limit})',
      many: '{procedure}: {n} dossiers have an empty cell in the channel column ({cells}) and were measured against the general limit ({limit})',
    },
    cell: '{file} row {row}, column "{column}"',
    more: ' and {n} more',
    fillCell: '. Write the channel in the cell (trực tiếp, trực tuyến or bưu chính) to measure each by its own.',
    or: ' or ',
  },
  vi: {
    none: {
      one: 'Thủ tục {procedure}: 1 hồ sơ không ghi kênh nộp nên được đo theo thời hạn chung ({limit})',
      many: 'Thủ tục {procedure}: {n} hồ sơ không ghi kênh nộp nên được đo theo thời hạn chung ({limit})',
    },
    shorter: '; hồ sơ nộp {channels} có thể đã quá hạn theo thời hạn riêng của kênh đó',
    other: '; kênh {channels} có thời hạn riêng chưa được áp dụng',
    addColumn:
      '. Hãy thêm cột "Kênh tiếp nhận" (trực tiếp, trực tuyến, bưu chính) vào tệp xuất để đo mỗi hồ sơ theo thời hạn của kênh nộp.',
    ungraded: {
      one: 'Thủ tục {procedure}: 1 hồ sơ ghi nộp trực tuyến mà không ghi mức độ ({channels}) nên được đo theo thời hạn đến trước, cách tính an toàn; hãy ghi rõ "một phần" hay "toàn trình" ở cột kênh để đo theo đúng thời hạn.',
      many: 'Thủ tục {procedure}: {n} hồ sơ ghi nộp trực tuyến mà không ghi mức độ ({channels}) nên được đo theo thời hạn đến trước, cách tính an toàn; hãy ghi rõ "một phần" hay "toàn trình" ở cột kênh để đo theo đúng thời hạn.',
    },
    unlisted: {
      one: 'Thủ tục {procedure}: 1 hồ sơ nộp trực tuyến ở mức độ thủ tục không quy định thời hạn nên được đo theo thời hạn chung ({limit}), không theo thời hạn của {channels}, vì đó là mức độ khác.',
      many: 'Thủ tục {procedure}: {n} hồ sơ nộp trực tuyến ở mức độ thủ tục không quy định thời hạn nên được đo theo thời hạn chung ({limit}), không theo thời hạn của {channels}, vì đó là mức độ khác.',
    },
    empty: {
      one: 'Thủ tục {procedure}: 1 hồ sơ để trống ô ở cột kênh nộp ({cells}) nên được đo theo thời hạn chung ({limit})',
      many: 'Thủ tục {procedure}: {n} hồ sơ để trống ô ở cột kênh nộp ({cells}) nên được đo theo thời hạn chung ({limit})',
    },
    cell: '{file} dòng {row}, cột "{column}"',
    more: ' và {n} ô khác',
    fillCell:
      '. Hãy ghi kênh nộp vào ô đó (trực tiếp, trực tuyến hoặc bưu chính) để đo mỗi hồ sơ theo thời hạn của kênh nộp.',
    or: ' hoặc ',
  },
} as const;

/** Whether a channel's limit is surely shorter than the general one: compared only in the same unit. */
function shorter(channel: MeasuredChannel, general: Duration): boolean {
  return channel.limit.unit === general.unit && channel.limit.value < general.value;
}

/** "trực tuyến (3 ngày làm việc)", or "trực tuyến một phần: 4 ngày làm việc" inside brackets: a channel, its limit. */
function withLimit(channel: MeasuredChannel, lang: Lang, bracketed = false): string {
  const limit = formatDuration(channel.limit, lang);
  return bracketed ? `${channelLabel(channel, lang)}: ${limit}` : `${channelLabel(channel, lang)} (${limit})`;
}

/**
 * One note per procedure and fallback: the dossiers that named no channel, measured against the general limit, and
 * the online ones that named no grade, measured against the limit due first; none when every row said its channel.
 */
export function channelGuessNotes(guesses: readonly ChannelGuesses[], lang: Lang): string[] {
  const w = WORDS[lang];
  const notes: string[] = [];
  for (const guess of guesses) {
    const procedure = guess.title === '' ? guess.procedure : `${guess.procedure} (${guess.title})`;
    // What the general limit may have missed: the channels whose own limit is shorter, else those with one at all.
    const own = guess.channels.filter((c) => formatDuration(c.limit, 'en') !== formatDuration(guess.limit, 'en'));
    const early = own.filter((c) => shorter(c, guess.limit));
    const named = (list: MeasuredChannel[]) => list.map((c) => withLimit(c, lang)).join(w.or);
    const tail =
      early.length > 0 ? fill(w.shorter, { channels: named(early) }) : fill(w.other, { channels: named(own) });
    const limit = formatDuration(guess.limit, lang);
    if (guess.noChannel > 0) {
      const words = { procedure, n: guess.noChannel, limit };
      notes.push(fill(guess.noChannel === 1 ? w.none.one : w.none.many, words) + tail + w.addColumn);
    }
    if (guess.emptyChannel > 0) {
      // The table has the column: the cells to fill are named, not a column to add.
      const more = guess.emptyChannel - guess.emptyCells.length;
      const cells =
        guess.emptyCells.map((cell) => fill(w.cell, { ...cell })).join('; ') +
        (more > 0 ? fill(w.more, { n: more }) : '');
      const words = { procedure, n: guess.emptyChannel, limit, cells };
      notes.push(fill(guess.emptyChannel === 1 ? w.empty.one : w.empty.many, words) + tail + w.fillCell);
    }
    if (guess.ungraded > 0) {
      // The grades of a kind filed at several: the only channels a row naming its kind alone leaves open.
      const graded = guess.channels.filter((c) => guess.channels.filter((o) => o.kind === c.kind).length > 1);
      const channels = graded.map((c) => withLimit(c, lang, true)).join('; ');
      notes.push(
        fill(guess.ungraded === 1 ? w.ungraded.one : w.ungraded.many, { procedure, n: guess.ungraded, channels }),
      );
    }
    if (guess.unlistedGrade > 0) {
      // The graded channels the row's grade is not: their limits, named so the reader sees which was not applied.
      const online = guess.channels.filter((c) => c.kind === 'online');
      const channels = online.map((c) => withLimit(c, lang)).join(w.or);
      const words = { procedure, n: guess.unlistedGrade, limit, channels };
      notes.push(fill(guess.unlistedGrade === 1 ? w.unlisted.one : w.unlisted.many, words));
    }
  }
  return notes;
}
