import type { Moment } from '../time/moment.js';
import { cellMoment } from './cells.js';
import type { DossierRow } from './evaluate.js';

/** A reporting period, its first minute to its last (`--from`, `--to`, both days whole). */
export interface Period {
  from: Moment;
  to: Moment;
}

/**
 * Fits a row to a period as one-stop reports count them (settled in the period, plus those still open at its end):
 * false for a dossier received after it or settled before it; a dossier settled after it is open at its end, so its
 * result and the status saying so are taken off. A receipt or a result procmap cannot read keeps the row, which the
 * evaluator then names as it does without a period.
 */
export function fitToPeriod(row: DossierRow, period: Period): boolean {
  const received = cellMoment(row.received);
  if (typeof received === 'number' && received > period.to) return false;
  const finished = cellMoment(row.finished);
  if (typeof finished !== 'number') {
    row.knownBy = period.to;
    return true;
  }
  if (finished < period.from) return false;
  if (finished > period.to) {
    row.finished = undefined;
    row.status = '';
  }
  // What the row says happened after the period (a pause begun or ended, a step ended) was not known at its end.
  row.knownBy = period.to;
  return true;
}
