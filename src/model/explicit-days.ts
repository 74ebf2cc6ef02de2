import { lazyPattern } from './lazy-pattern.js';

// The bare unit, its first word "ngày" (typed with or without accents), after the number in digits or in words ("05
// (năm) ngày", "ba mươi ngày"); a "kể từ ngày …" tail further on is left alone.
const BARE = lazyPattern(() => /^(.*?)(?<!\p{L})(ngày|ngay|days?)(?!\p{L})/iu);

/** The text with its bare "ngày" / "days" made explicit: working days or calendar days, in the text's own language. */
export function explicitDays(text: string, reading: 'working' | 'calendar'): string {
  return text.replace(BARE(), (_, head: string, word: string) => {
    if (word.toLowerCase() === 'ngày') return `${head}${word} ${reading === 'working' ? 'làm việc' : 'lịch'}`;
    if (word.toLowerCase() === 'ngay') return `${head}ngày ${reading === 'working' ? 'làm việc' : 'lịch'}`;
    return `${head}${reading === 'working' ? 'working' : 'calendar'} ${word}`;
  });
}
