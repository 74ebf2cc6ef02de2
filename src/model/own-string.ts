/**
 * A copy of a string that holds only its own characters. A string cut from a larger one (a field of a file's text, a
 * cell of a read buffer) may keep the whole of that text alive in V8: held past the file, as facts kept for a
 * catalog or a ledger's names, it would hold every file's text.
 */
export function ownString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
