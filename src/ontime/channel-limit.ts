/** Which of a procedure's channels a dossier's channel cell names, at the grade of online filing the cell says. */
import { gradesIn } from '../model/channel-words.js';
import { asciiWords } from '../model/fold.js';
import type { Duration } from '../model/types.js';
import type { ChannelKind } from './cells.js';

/** One way of filing as the measurement sees it: its limit (its own, else the procedure's) and the cutoff with it. */
export interface MeasuredChannel {
  kind: ChannelKind;
  /** The channel's note, which names the grade of online filing ("Trực tuyến một phần"). */
  note?: string;
  limit: Duration;
  cutoff?: string;
}

/**
 * Whether a cell names a grade of online filing ("Trực tuyến một phần") that none of the kind's channels, each
 * graded, has ("Trực tuyến toàn trình: 07 ngày"): a partly-online dossier is no fully-online one, so the
 * procedure's general limit applies to it, not another grade's.
 */
export function unlistedGrade(channels: readonly MeasuredChannel[], kind: ChannelKind, cell: string): boolean {
  const grades = gradesIn(cell);
  if (grades.length === 0) return false;
  const ofKind = channels.filter((channel) => channel.kind === kind);
  return (
    ofKind.length > 0 &&
    ofKind.every((channel) => {
      const own = channel.note === undefined ? [] : gradesIn(channel.note);
      return own.length > 0 && !grades.some((grade) => own.includes(grade));
    })
  );
}

/**
 * The channels of a kind that a cell's words name: with several of that kind (online filing "một phần" and "toàn
 * trình", each with its limit), those whose note says the grade the cell says, or whose note the cell writes whole;
 * all of them when the cell says neither ("Trực tuyến", "2"), for the caller to take the safe one.
 */
export function namedChannels(
  channels: readonly MeasuredChannel[],
  kind: ChannelKind,
  cell: string,
): MeasuredChannel[] {
  const ofKind = channels.filter((channel) => channel.kind === kind);
  if (ofKind.length < 2) return ofKind;
  const grades = gradesIn(cell);
  const words = ` ${asciiWords(cell)} `;
  const named = ofKind.filter((channel) => {
    if (channel.note === undefined) return false;
    if (grades.length > 0) return grades.every((grade) => gradesIn(channel.note!).includes(grade));
    return words.includes(` ${asciiWords(channel.note)} `);
  });
  return named.length > 0 ? named : ofKind;
}
