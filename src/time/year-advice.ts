import type { Translated } from '../i18n.js';
import { LUNAR_YEARS } from './data/lunar.js';
import { ANNOUNCED_YEARS } from './data/vietnam-announced.js';

// A year typed wrong is most often one near this year with two digits swapped, one mistyped, doubled or dropped
// (2206, 2036, 20226, 226): a guess further than this from this year is no help.
const NEAR = 5;

/** The years one slip of the keyboard away from `written`: two digits swapped, one changed, added or dropped. */
function slips(written: string): Set<number> {
  const found = new Set<number>();
  const digits = '0123456789';
  for (let i = 0; i + 1 < written.length; i++)
    found.add(Number(written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2)));
  for (let i = 0; i <= written.length; i++) {
    if (i < written.length) found.add(Number(written.slice(0, i) + written.slice(i + 1)));
    for (const digit of digits) {
      found.add(Number(written.slice(0, i) + digit + written.slice(i)));
      if (i < written.length) found.add(Number(written.slice(0, i) + digit + written.slice(i + 1)));
    }
  }
  return found;
}

/** The year `written` most likely meant, near `thisYear`, or undefined when no slip explains it. */
export function meantYear(written: string, thisYear: number): number | undefined {
  if (!/^\d{1,5}$/.test(written)) return undefined;
  const near = [...slips(written)]
    .filter((year) => Math.abs(year - thisYear) <= NEAR && String(year) !== written)
    .sort((a, b) => Math.abs(a - thisYear) - Math.abs(b - thisYear) || a - b);
  return near[0];
}

/** The years procmap holds announced days off for, as a span (2025–2026). */
function announcedSpan(): string {
  const years = Object.entries(ANNOUNCED_YEARS)
    .filter(([, year]) => year.status === 'announced')
    .map(([year]) => Number(year))
    .sort((a, b) => a - b);
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? '');
}

/** Which years procmap knows the working calendar of, and why no others. */
function knownYears(): Translated {
  const { first, last } = LUNAR_YEARS;
  const announced = announcedSpan();
  return {
    en: `procmap knows the working calendar of ${first} to ${last} only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for ${announced}, computed from the Labour Code 2019 for the other years`,
    vi: `procmap chỉ có lịch làm việc các năm từ ${first} đến ${last}, vì bảng ngày âm lịch (Tết, Giỗ Tổ) của nó chỉ có các năm đó: ngày nghỉ theo văn bản công bố cho ${announced}, tính theo Bộ luật Lao động 2019 cho các năm khác`,
  };
}

/**
 * What to write instead of a year procmap cannot count (`year`, as written): the years it knows, which of them have
 * announced days off, and the year a slip most likely came from, near `thisYear` (Vietnam's today).
 */
export function yearAdvice(written: string, thisYear: number): Translated {
  const { first, last } = LUNAR_YEARS;
  const meant = meantYear(written.trim(), thisYear);
  const why = knownYears();
  const what =
    meant === undefined
      ? {
          en: `write a year from ${first} to ${last}, in four digits`,
          vi: `hãy ghi một năm từ ${first} đến ${last}, bằng bốn chữ số`,
        }
      : {
          en: `did you mean ${meant}? Write that year, or another from ${first} to ${last}`,
          vi: `có phải năm ${meant}? Hãy ghi năm đó, hoặc một năm khác từ ${first} đến ${last}`,
        };
  return { en: `${why.en}; ${what.en}`, vi: `${why.vi}; ${what.vi}` };
}

/**
 * What to write when a count from a date of `written` (a file's effective date, a receipt) runs into `reached`, a
 * year procmap cannot count (15 calendar days from 31/12/2099 end in 2100): the years it knows, and the year a slip
 * most likely meant when `thisYear` is known. A `written` year it cannot count itself gets yearAdvice's words.
 */
export function countedPastAdvice(written: number, reached: number, thisYear: number | undefined): Translated {
  const { first, last } = LUNAR_YEARS;
  if (!Number.isFinite(reached)) return knownYears();
  if (written < first || written > last || written === reached)
    return yearAdvice(String(reached), thisYear ?? Number.NaN);
  const why = knownYears();
  const meant = thisYear === undefined ? undefined : meantYear(String(written), thisYear);
  const end = `31/12/${last}`;
  const what =
    meant === undefined
      ? {
          en: `the count from ${written} runs into ${reached}; write a date whose count ends by ${end}`,
          vi: `thời gian tính từ năm ${written} kéo sang năm ${reached}; hãy ghi ngày sao cho thời gian tính xong trước hết ngày ${end}`,
        }
      : {
          en: `the count from ${written} runs into ${reached}; did you mean ${meant}? Write that year, or a date whose count ends by ${end}`,
          vi: `thời gian tính từ năm ${written} kéo sang năm ${reached}; có phải năm ${meant}? Hãy ghi năm đó, hoặc ngày sao cho thời gian tính xong trước hết ngày ${end}`,
        };
  return { en: `${why.en}; ${what.en}`, vi: `${why.vi}; ${what.vi}` };
}
