import { splitOutsideBrackets } from './bracket-split.js';
import { foldCase } from './fold.js';
import { unpunctuated } from './punctuation.js';

// A number of sets, in digits or words, the words in brackets beside it ("01 (một)").
const NUMBER = String.raw`(?:\d{1,3}|một|hai|ba|bốn|năm)`;

// The number of dossier sets the applicant hands in, on a line of its own in a "Thành phần hồ sơ" cell, as
// national-record exports end it: "Số lượng: 01 bộ", "Số lượng hồ sơ: 01 (một) bộ", "Số lượng hồ sơ: 01 (bộ)", "Số
// bộ hồ sơ: 02 bộ", or with no label, "01 bộ hồ sơ". A count of sets ("bộ") after the label alone: "Tờ khai. Số
// lượng: 01 bộ" is a paper's count, and "Số lượng: 01 bản" a paper's.
const SETS = new RegExp(
  String.raw`^(?:(?:số lượng(?: hồ sơ)?|số bộ hồ sơ)\s*[:：]?\s*(${NUMBER}(?:\s*\([^()]{1,20}\))?\s+bộ(?:\s+hồ sơ)?|${NUMBER}\s*\(bộ\))|(${NUMBER}(?:\s*\([^()]{1,20}\))?\s+bộ\s+hồ sơ))$`,
  'iu',
);

/** A line of a dossier that counts its sets, and the count as written (`Số lượng hồ sơ: 01 (một) bộ` → `01 (một) bộ`). */
export interface SetsLine {
  line: string;
  count: string;
}

/** The count of dossier sets a line of a dossier states ("Số lượng hồ sơ: 01 bộ." → "01 bộ"); undefined for a paper. */
export function dossierSetsOf(line: string): string | undefined {
  const found = SETS.exec(unpunctuated(line.normalize('NFC').replace(/\s+/gu, ' ').trim()));
  // "01 (bộ)", the national record's form, prints as the count it is: "01 bộ".
  return (found?.[1] ?? found?.[2])?.replace(/\s*\((bộ)\)$/iu, ' $1');
}

/** A dossier's lines apart: its papers, and the lines that count its sets, which are no paper. */
export function withoutSetsLines(lines: readonly string[]): { papers: string[]; sets: SetsLine[] } {
  const papers: string[] = [];
  const sets: SetsLine[] = [];
  for (const line of lines) {
    const count = dossierSetsOf(line);
    if (count === undefined) papers.push(line);
    else sets.push({ line, count });
  }
  return { papers, sets };
}

// The count of sets closing the line of the last paper, after its full stop: "… lễ nghi. Số lượng hồ sơ: 01 bộ." The label
// names the dossier, as a paper's own count ("Tờ khai. Số lượng: 01 bộ") does not.
const CLOSING_SETS = /^(.*\S)\s*[.;]\s*((?:số lượng hồ sơ|số bộ hồ sơ)\s*[:：].*)$/iu;

/**
 * A dossier's lines as papers and counts, where an announcing decision writes them on one line ("Văn bản đăng ký; Danh
 * sách …; Bản tóm tắt …. Số lượng hồ sơ: 01 bộ."): the count of sets closing a line on a line of its own, and a dossier
 * of one line split at its ";" outside brackets, as a list of steps is. Lines of a dossier over several lines are its
 * papers, whatever ";" they hold.
 */
export function dossierLinesOf(lines: readonly string[]): string[] {
  const apart = lines.flatMap((line) => {
    const found = CLOSING_SETS.exec(line.normalize('NFC').trim());
    return found && dossierSetsOf(found[2]!) !== undefined ? [found[1]!, found[2]!] : [line];
  });
  if (lines.length !== 1) return apart;
  const [papers, ...sets] = apart;
  return [...splitOutsideBrackets(papers!, ';；').filter(Boolean), ...sets];
}

/** The count of sets a dossier item as written states: a line's (`- "Số lượng hồ sơ: 01 bộ"`), never a map's. */
export function setsItemOf(item: unknown): string | undefined {
  return typeof item === 'string' ? dossierSetsOf(item) : undefined;
}

/**
 * Where each paper of a dossier as written stands: the loader leaves its lines of sets out, so the loaded item `i` is
 * the written item `paperPositions(written)[i]`; rules that pair the two go through it.
 */
export function paperPositions(written: readonly unknown[]): number[] {
  return written.flatMap((item, i) => (setsItemOf(item) === undefined ? [i] : []));
}

/** Whether two counts of sets say the same, whatever their case and the number in words beside it ("01 (một) bộ"). */
export function sameSets(a: string, b: string): boolean {
  const plain = (count: string) =>
    foldCase(count.replace(/\s*\((bộ)\)$/iu, ' $1').replace(/\s*\([^()]*\)/gu, ''))
      .replace(/^0+(?=\d)/u, '')
      .replace(/ hồ sơ$/u, '');
  return plain(a) === plain(b);
}
