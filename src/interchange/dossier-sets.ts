import { foldCase } from '../model/fold.js';
import { unpunctuated } from './text.js';

// The number of dossier sets the applicant hands in, on a line of its own in a "Thành phần hồ sơ" cell, as
// national-record exports end it: "Số lượng: 01 bộ", "Số lượng hồ sơ: 01 (một) bộ", "Số bộ hồ sơ: 02 bộ". A count of
// sets ("bộ") after the label alone: "Tờ khai. Số lượng: 01 bộ" is a paper's count, and "Số lượng: 01 bản" a paper's.
const SETS =
  /^(?:số lượng(?: hồ sơ)?|số bộ hồ sơ)\s*[:：]?\s*((?:\d{1,3}|một|hai|ba|bốn|năm)(?:\s*\([^()]{1,20}\))?\s+bộ(?:\s+hồ sơ)?)$/iu;

/** A line of a dossier that counts its sets, and the count as written (`Số lượng hồ sơ: 01 (một) bộ` → `01 (một) bộ`). */
export interface SetsLine {
  line: string;
  count: string;
}

/** The count of dossier sets a line of a dossier states ("Số lượng hồ sơ: 01 bộ." → "01 bộ"); undefined for a paper. */
export function dossierSetsOf(line: string): string | undefined {
  return SETS.exec(unpunctuated(line.normalize('NFC').replace(/\s+/gu, ' ').trim()))?.[1];
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

/** Whether two counts of sets say the same, whatever their case and the number in words beside it ("01 (một) bộ"). */
export function sameSets(a: string, b: string): boolean {
  const plain = (count: string) => foldCase(count.replace(/\s*\([^()]*\)/gu, '')).replace(/^0+(?=\d)/u, '');
  return plain(a) === plain(b);
}
