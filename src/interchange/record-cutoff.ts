import { cutoffInWords } from '../model/lenient.js';

// The national record has no field for a procedure's cutoff ("received after 15:00 counts from the next working
// day"): portals say it in the limit's description (MOTA). procmap writes it there in one sentence of its own, which
// the importer takes back as the cutoff, and only that sentence: a portal's own words about the hour stay the note.

const SENTENCE_END = ' thì tính là nhận vào ngày làm việc tiếp theo';

/** The sentence a record's limit description says a cutoff in: "Trường hợp nhận hồ sơ sau 15 giờ thì …". */
export function cutoffSentence(cutoff: string): string {
  const [hour = '', minute = '00'] = cutoff.split(':');
  const clock = `${Number(hour)} giờ${minute === '00' ? '' : ` ${minute} phút`}`;
  return `Trường hợp nhận hồ sơ sau ${clock}${SENTENCE_END}`;
}

/** A limit's description with its cutoff said, the way's own note after it. */
export function withCutoff(cutoff: string | undefined, note: string): string {
  return cutoff === undefined ? note : [cutoffSentence(cutoff), note].filter(Boolean).join('; ');
}

/** The cutoff a description says in procmap's sentence, and the description without that sentence. */
export function cutoffOfDescription(text: string): { cutoff?: string; rest: string } {
  const parts = text.split(/;\s*/u);
  const at = parts.findIndex((part) => part.trim().endsWith(SENTENCE_END.trim()) && cutoffInWords(part) !== undefined);
  if (at < 0) return { rest: text };
  const cutoff = cutoffInWords(parts[at]!)!;
  return { cutoff, rest: parts.filter((_, i) => i !== at).join('; ') };
}
