import { Chalk } from 'chalk';
import type { Change } from '../diff/classify.js';
import type { Lang } from '../i18n.js';
import {
  byProcedure,
  changeTitle,
  clipPair,
  hasBothSides,
  levelCount,
  deltaText,
  diffWords,
  levelText,
  reasonText,
  sideHoursPerDay,
  summarizeChanges,
  valueText,
  workingDayLine,
  type DiffReport,
} from './diff-words.js';
import type { FormatOptions } from './types.js';

const MAX_VALUE = 100;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}

/** A text of several lines on one: a change is one line of the report. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

/** `before → after`, or the one that exists for something added or removed; '' for a whole procedure. */
function transition(change: Change, lang: Lang, hoursPerDay: number, baseHoursPerDay: number): string {
  if (change.kind === 'procedure-added' || change.kind === 'procedure-removed') return '';
  const show = (side: 'before' | 'after') =>
    valueText(change, side, lang, side === 'before' ? baseHoursPerDay : hoursPerDay);
  if (!hasBothSides(change)) return clip(show(change.before !== null ? 'before' : 'after'));
  // A total the same on both sides, now over the limit because of something else (a step in calendar days, the
  // cutoff): said once, beside why it is over.
  if (change.kind === 'total-changed' && change.before === change.after) return show('after');
  const [before, after] = clipPair(show('before'), show('after'), MAX_VALUE);
  return `${before} → ${after}`;
}

/**
 * One change in words, without its level: `Fee: 2.000 đồng → 3.000 đồng`, with the time it adds or takes off. With
 * `verb`, for a report that says added, removed or changed before it, as changeTitle words it; `baseHoursPerDay` for
 * the base's side where its working day differs.
 */
export function changeLine(
  change: Change,
  lang: Lang,
  hoursPerDay: number,
  { verb = false, baseHoursPerDay = hoursPerDay } = {},
): string {
  const values = transition(change, lang, hoursPerDay, baseHoursPerDay);
  const delta = deltaText(change, lang, hoursPerDay, baseHoursPerDay);
  const title = changeTitle(change, lang, { verb });
  const line = values === '' ? title : `${title}: ${values}`;
  return oneLine(delta === '' ? line : `${line}  ${delta}`);
}

/** A formatter for people at a terminal: one block per procedure, time changes first, and a summary line. */
export function diffText(report: DiffReport, { color, lang }: FormatOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const words = diffWords(lang);
  const paint = { breaking: c.red.bold, warning: c.yellow, info: c.blue } as const;
  const levelWidth = Math.max(
    ...(['breaking', 'warning', 'info'] as const).map((level) => levelText(level, lang).length),
  );
  const out: string[] = [];
  const workingDay = workingDayLine(report, lang);
  if (workingDay !== undefined && report.changes.length > 0) out.push(workingDay, '');
  for (const group of byProcedure(report.changes)) {
    const first = group[0]!;
    // A file moved since the base says where from: its procedure was compared with the base's file there.
    const moved = group.find((change) => change.movedFrom !== undefined)?.movedFrom;
    const where =
      moved === undefined ? first.file : `${first.file}, ${lang === 'vi' ? 'chuyển từ' : 'moved from'} ${moved}`;
    out.push(`${c.bold(first.procedure)} ${oneLine(first.title)} ${c.dim(`(${where})`)}`);
    for (const change of group) {
      const parts = [
        changeLine(change, lang, report.hoursPerDay, { baseHoursPerDay: sideHoursPerDay(report, 'before') }),
      ];
      const reason = reasonText(change, lang, { before: sideHoursPerDay(report, 'before'), after: report.hoursPerDay });
      if (reason !== '') parts.push(c.dim(reason));
      out.push(
        `  ${paint[change.level](levelText(change.level, lang).padEnd(levelWidth))}  ${oneLine(parts.join('  '))}`,
      );
    }
    out.push('');
  }
  const counts = summarizeChanges(report.changes);
  if (counts.procedures === 0) {
    out.push(c.green(words.noChanges));
  } else {
    const noun = counts.procedures === 1 ? words.procedure : words.procedures;
    const levels = (['breaking', 'warning', 'info'] as const)
      .map((level) => levelCount(level, counts[level], lang))
      .join(', ');
    const summary = `${counts.procedures} ${noun} ${words.changed}: ${levels}`;
    out.push(counts.breaking > 0 ? c.red.bold(summary) : counts.warning > 0 ? c.yellow.bold(summary) : summary);
  }
  return `${out.join('\n')}\n`;
}
