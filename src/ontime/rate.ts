/** The on-time rate as every format shows it: rounded, but never up across the target or up to 100 %. */

/** The on-time rate centres are held to (QĐ 766/QĐ-TTg targets): a rate below it is drawn in red. */
export const RATE_TARGET = 0.95;

// Four decimals of a share are the two of a percentage every format prints (95,45 %).
const DIGITS = 4;

/**
 * The share of finished dossiers settled on time, to 0.01 %: rounded as usual, but floored where rounding would carry
 * a rate below the target, or below 100 %, up to it (1,899 of 1,999 is 94,99 %, not 95 %; one late of 20,001 is
 * 99,99 %, not 100 %), so that a figure and its colour never say the target is met, or no dossier late, when not.
 */
export function onTimeRate(onTime: number, finished: number): number {
  const exact = onTime / finished;
  const scale = 10 ** DIGITS;
  const rounded = Math.round(exact * scale) / scale;
  const crosses = [RATE_TARGET, 1].some((mark) => exact < mark && rounded >= mark);
  return crosses ? Math.floor(exact * scale) / scale : rounded;
}

/** The counts a rate is taken from: a tally's finished dossiers by verdict. */
export interface RateCounts {
  early: number;
  on_time: number;
  /** Early + on time + late + undetermined. */
  finished: number;
  undetermined: number;
}

/**
 * The exact share of judged dossiers settled on time, (early + on time) / (finished − undetermined): the one figure
 * the report prints (rounded) and `--fail-under` compares (exact). Undefined with no finished dossier whose verdict is
 * known, so that a month of undetermined dossiers reads "no rate", not 0 %.
 */
export function judgedShare(counts: RateCounts): number | undefined {
  const judged = counts.finished - counts.undetermined;
  return judged > 0 ? (counts.early + counts.on_time) / judged : undefined;
}
