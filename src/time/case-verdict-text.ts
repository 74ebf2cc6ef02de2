import { fill, type Lang } from '../i18n.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import type { ChannelKind, Duration } from '../model/types.js';
import type { WorkingTime } from './analyse.js';
import { bracketable, limitWords, type LimitReader } from './limit-words.js';
import { formatTimeAgainst } from './time-against.js';
import type { TimeVerdict } from './verdict.js';
import type { ExceptionCase } from './limit-cases.js';
import { extensionLimitWords } from './extension-words.js';

const WORDS = {
  vi: {
    caseLine: 'Trường hợp {case} (thời hạn {limit}): tổng thời gian các bước {total}',
    channelCaseLine: 'Trường hợp {case}, hồ sơ nộp {channel} (thời hạn {limit}): tổng thời gian các bước {total}',
    unknown: 'chưa tính được',
    pathTotal: 'Tổng thời gian các bước {total}.',
    pathCaseTotal: 'Trường hợp {case}: tổng thời gian các bước {total}.',
  },
  en: {
    caseLine: 'Case "{case}" (limit {limit}): total of the steps {total}',
    channelCaseLine: 'Case "{case}", filed {channel} (limit {limit}): total of the steps {total}',
    unknown: 'not known',
    pathTotal: 'Total of the steps {total}.',
    pathCaseTotal: 'Case "{case}": total of the steps {total}.',
  },
} as const;

// "thời hạn không quá 15 ngày": the line names the limit already ("thời hạn …"), and does not say it twice.
const LIMIT_WORD = /^(?:thời hạn|thời gian)(?: giải quyết)?\s+/iu;

/** A case's own limit, of the procedure or of a channel: what its line names. */
export interface CaseLimit {
  case: string;
  /** The case's limit as written ("không quá 15 ngày làm việc"). */
  text: string;
  limitDuration: Duration;
  total?: WorkingTime | undefined;
  /** Its bare "15 ngày" says no unit (ambiguous-days): printed as the law wrote it, never as procmap's reading. */
  unsettled?: true | undefined;
  /** Bare days added to the general limit: said in the document's words, not procmap's shorthand quoted as law. */
  calendarExtension?: ExceptionCase['calendarExtension'];
}

/**
 * A case with its own limit and the total of its paths, "Trường hợp phải xác minh (thời hạn 15 ngày làm việc): tổng
 * thời gian các bước 15,5 ngày làm việc (124 giờ)": the head of the document's line for the case (5.4), and the
 * flowchart summary's when the case's limit binds, its verdict after it. `channel`: a case of that channel's own limit.
 */
export function caseLineText(
  own: CaseLimit,
  hoursPerDay: number,
  lang: Lang,
  reader: LimitReader,
  channel?: ChannelKind,
): string {
  const words = WORDS[lang];
  return fill(channel ? words.channelCaseLine : words.caseLine, {
    case: own.case,
    channel: channel ? CHANNEL_NAMES[lang][channel].toLowerCase() : '',
    limit: bracketable(
      own.unsettled
        ? own.calendarExtension
          ? extensionLimitWords(own.calendarExtension, lang)
          : own.text.replace(LIMIT_WORD, '')
        : limitWords(own.limitDuration, own.text, lang, { note: false, reader }),
    ),
    total: own.total ? formatTimeAgainst(own.limitDuration, own.total, hoursPerDay, lang) : words.unknown,
  });
}

/**
 * "Trường hợp phải xác minh: tổng thời gian các bước 13,5 ngày làm việc (108 giờ).": the path a channel's verdict is
 * measured on, when it is not the total printed above it; said before that verdict by the document and the flowchart.
 */
export function pathTotalText(
  limit: Duration,
  total: WorkingTime,
  pathCase: string | undefined,
  hoursPerDay: number,
  lang: Lang,
): string {
  const words = WORDS[lang];
  const data = { case: pathCase ?? '', total: formatTimeAgainst(limit, total, hoursPerDay, lang) };
  return fill(pathCase === undefined ? words.pathTotal : words.pathCaseTotal, data);
}

/**
 * The path total said before a channel's verdict, when that limit is measured on another path than the critical path
 * `criticalPath` whose total is printed above it (a case's branch its limit binds too); undefined on the same path.
 */
export function verdictPathTotal(
  verdict: TimeVerdict,
  criticalPath: readonly string[],
  hoursPerDay: number,
  lang: Lang,
): string | undefined {
  const path = verdict.path ?? [];
  if (!verdict.total || (verdict.pathCase === undefined && path.join('\n') === criticalPath.join('\n'))) return;
  return pathTotalText(verdict.limitDuration, verdict.total, verdict.pathCase, hoursPerDay, lang);
}
