import type { Translated } from '../i18n.js';

/** A line git wrote to mark a merge conflict: its offset in the text and the marker. */
export interface ConflictMarker {
  offset: number;
  marker: string;
}

// git's marker lines: seven of one character at the start of a line, alone or followed by a space and a label
// (`<<<<<<< HEAD`, `>>>>>>> feature`; `|||||||` is the base in diff3 style).
const MARKER_LINE = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t][^\n]*)?\r?$/gm;

/** What a file with a merge conflict is told, at its marker's line: what the markers are and what to do. */
export const CONFLICT_MESSAGE: Translated = {
  en: 'This file has a git merge conflict that is not resolved yet: between the lines "<<<<<<<", "=======" and ">>>>>>>" stand two versions of the same lines; keep one version and delete the marker lines',
  vi: 'Tệp còn xung đột khi gộp nhánh git (merge conflict) chưa được giải quyết: giữa các dòng "<<<<<<<", "=======" và ">>>>>>>" là hai phiên bản của cùng một đoạn; hãy giữ lại một phiên bản và xóa các dòng đánh dấu đó',
};

/**
 * The marker lines a merge conflict left in a text, where the officer starts to resolve each conflict: every
 * `<<<<<<<`, and a marker outside any conflict (one left after the others were deleted); none when the text holds
 * no `<<<<<<<` or `>>>>>>>` line, so that a line of "=" alone is not taken for one.
 */
export function conflictMarkers(text: string): ConflictMarker[] {
  // Searched with includes first: almost no file holds one, and the pattern then never runs.
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) return [];
  const found: ConflictMarker[] = [];
  let open = false;
  for (const match of text.matchAll(MARKER_LINE)) {
    const marker = match[1]!;
    if (marker.startsWith('<')) found.push({ offset: match.index, marker });
    else if (!open) found.push({ offset: match.index, marker });
    open = marker.startsWith('<') ? true : marker.startsWith('>') ? false : open;
  }
  // Only lines of "=" or "|" and no conflict around them: not git's.
  return found.some((m) => m.marker.startsWith('<') || m.marker.startsWith('>')) ? found : [];
}
