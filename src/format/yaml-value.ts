import { parse } from 'yaml';

/**
 * A text written as the value of a line of YAML (`finished: …`) that reads back as that text, as procmap reads a
 * settings file (YAML 1.2's core rules): plain where it does, else in double quotes. A header suggested for --map as
 * it stands ("Ngày có KQ: dd/mm/yyyy", "Hạn #2", "2026") was read as another mapping, a comment or a number.
 */
export function yamlValue(text: string): string {
  // A control character is written as its escape, which only double quotes read.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) return JSON.stringify(text);
  try {
    const read: unknown = parse(`v: ${text}`, { schema: 'core' });
    if (typeof read === 'object' && read !== null && (read as { v?: unknown }).v === text) return text;
  } catch {
    // Not YAML as it stands: quoted below.
  }
  return JSON.stringify(text);
}
