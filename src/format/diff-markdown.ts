import type { Change } from '../diff/classify.js';
import { escapeMarkdown } from '../escape-markdown.js';
import type { Lang } from '../i18n.js';
import {
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

const MAX_CELL = 120;
const ICON = { breaking: '🛑', warning: '⚠️', info: 'ℹ️' } as const;

const HEADERS: Record<Lang, string[]> = {
  en: ['Level', 'Procedure', 'Change', 'Before', 'After', 'Δ', 'Note'],
  vi: ['Mức', 'Quy trình', 'Thay đổi', 'Trước', 'Sau', 'Chênh lệch', 'Ghi chú'],
};

/** Text safe inside a table cell: one line, long values cut, then made inert by procmap's one Markdown escaper. */
function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat);
}

/** The Before and After cells: both cut around where they differ when long; empty for a side that is not there. */
function valueCells(change: Change, lang: Lang, report: DiffReport): [string, string] {
  const show = (side: 'before' | 'after') => valueText(change, side, lang, sideHoursPerDay(report, side));
  if (change.kind === 'procedure-removed') return [cell(change.title), ''];
  if (change.kind === 'procedure-added') return ['', cell(change.title)];
  // Days off changed under the same office hours: said once, as what the revision's calendar changed.
  if (change.kind === 'calendar-changed' && change.before === change.after) return ['', cell(show('after'))];
  if (!hasBothSides(change))
    return [change.before === null ? '' : cell(show('before')), change.after === null ? '' : cell(show('after'))];
  const [before, after] = clipPair(show('before'), show('after'), MAX_CELL);
  return [escapeMarkdown(before), escapeMarkdown(after)];
}

/** A table ready to paste as a merge-request comment: a summary line, then one row per change. */
export function diffMarkdown(report: DiffReport, { lang }: FormatOptions): string {
  const words = diffWords(lang);
  const counts = summarizeChanges(report.changes);
  if (counts.procedures === 0) return `**procmap diff**: ${words.noChanges.toLowerCase()}\n`;
  const noun = counts.procedures === 1 ? words.procedure : words.procedures;
  const levels = (['breaking', 'warning', 'info'] as const)
    .map((level) => `${ICON[level]} ${levelCount(level, counts[level], lang)}`)
    .join(' · ');
  // A file moved since the base says where from, once, on its procedure's first row: a reviewer of a pull request
  // sees a raised limit compared with the procedure's old file, not a procedure that appeared from nowhere.
  const told = new Set<string>();
  const procedureCell = (change: Change) => {
    const id = `\`${change.procedure}\``;
    if (change.movedFrom === undefined || told.has(change.procedure)) return id;
    told.add(change.procedure);
    return `${id} ${cell(`(${lang === 'vi' ? 'chuyển từ' : 'moved from'} ${change.movedFrom})`)}`;
  };
  const rows = report.changes.map((change) => {
    return [
      `${ICON[change.level]} ${levelText(change.level, lang)}`,
      procedureCell(change),
      cell(changeTitle(change, lang)),
      ...valueCells(change, lang, report),
      deltaText(change, lang, report.hoursPerDay, sideHoursPerDay(report, 'before')),
      cell(reasonText(change, lang, { before: sideHoursPerDay(report, 'before'), after: report.hoursPerDay })),
    ];
  });
  const header = HEADERS[lang];
  const workingDay = workingDayLine(report, lang);
  const lines = [
    `**procmap diff**: ${counts.procedures} ${noun} ${words.changed} — ${levels}`,
    '',
    ...(workingDay === undefined ? [] : [escapeMarkdown(workingDay), '']),
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
