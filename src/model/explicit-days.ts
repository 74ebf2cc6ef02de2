import { lazyPattern } from './lazy-pattern.js';

// The bare unit, its first word "ngày" (typed with or without accents), after the number in digits or in words ("05
// (năm) ngày", "ba mươi ngày"); a "kể từ ngày …" tail further on is left alone.
const BARE = lazyPattern(() => /^(.*?)(?<!\p{L})(ngày|ngay|days?)(?!\p{L})/iu);

/**
 * The text with its bare "ngày" / "days" made explicit: working days or calendar days, in the text's own language and,
 * for a word in capitals ("05 NGÀY", as a heading row or a typed-up table writes it), in capitals too.
 */
export function explicitDays(text: string, reading: 'working' | 'calendar'): string {
  return text.replace(BARE(), (_, head: string, word: string) => {
    const capitals = word === word.toUpperCase();
    const cased = (added: string) => (capitals ? added.toUpperCase() : added);
    const unit = cased(reading === 'working' ? 'làm việc' : 'lịch');
    if (word.toLowerCase() === 'ngày') return `${head}${word} ${unit}`;
    if (word.toLowerCase() === 'ngay') return `${head}${cased('ngày')} ${unit}`;
    return `${head}${cased(reading === 'working' ? 'working' : 'calendar')} ${word}`;
  });
}
