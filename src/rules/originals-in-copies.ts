import { dossierCounts, isOriginalsText } from '../model/dossier-counts.js';
import type { LoadedFile } from '../model/load.js';
import { LineIndex } from '../model/source.js';
import type { Fix, NodePath } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { writtenAt } from './written-value.js';

/**
 * "Bản chính" is the original, never a copy: words about it under `copies` beside a count in `originals` say the
 * originals twice, and a document would print them under "Bản sao". When the two agree, the words are dropped from
 * copies (the copies they name kept); when they differ, or say more than a count, the officer chooses.
 */
export const rule = defineRule({
  id: 'originals-in-copies',
  description: {
    en: 'A dossier item with originals should not say "bản chính" (the original) in copies',
    vi: 'Giấy tờ đã ghi originals không nên ghi "bản chính" ở copies',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    twice: {
      en: 'Dossier item "{name}" gives its originals twice, originals: {originals} and copies: "{copies}"; "bản chính" is the original, not a copy: keep originals and remove copies',
      vi: 'Giấy tờ "{name}" ghi số bản chính hai lần, originals: {originals} và copies: "{copies}"; "bản chính" không phải bản sao: hãy giữ originals và bỏ copies',
    },
    twiceWithCopies: {
      en: 'Dossier item "{name}" gives its originals twice, originals: {originals} and copies: "{copies}"; "bản chính" is the original, not a copy: keep originals and write copies: {count}',
      vi: 'Giấy tờ "{name}" ghi số bản chính hai lần, originals: {originals} và copies: "{copies}"; "bản chính" không phải bản sao: hãy giữ originals và ghi copies: {count}',
    },
    both: {
      en: 'Dossier item "{name}" has originals: {originals} and copies: "{copies}", which is about the original, not a copy: keep one of them, originals for the number of originals or the words alone (the document prints them under "Bản chính"), and write in copies only the copies',
      vi: 'Giấy tờ "{name}" có originals: {originals} và copies: "{copies}", là nói về bản chính, không phải bản sao: hãy giữ một trong hai, originals cho số bản chính hoặc chỉ phần chữ (tài liệu in dưới cột "Bản chính"), và ở copies chỉ ghi bản sao',
    },
  },
  check({ source, report }) {
    const dossier = writtenAt(source, ['dossier']);
    if (!Array.isArray(dossier)) return;
    dossier.forEach((item: unknown, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
      const { name, originals, copies } = item as Record<string, unknown>;
      if (originals === undefined || typeof copies !== 'string' || !isOriginalsText(copies)) return;
      const path = ['dossier', i, 'copies'];
      const data = { name: String(name), originals: String(originals), copies };
      const stated = dossierCounts(copies);
      if (stated?.originals === undefined || stated.originals !== countOf(originals)) {
        report({ messageId: 'both', data, path });
        return;
      }
      if (stated.copies !== undefined) {
        const count = String(stated.copies);
        // The number as a number (`copies: 2`), in place of the words.
        const fix = { range: source.locate(path, 'value'), text: count };
        report({ messageId: 'twiceWithCopies', data: { ...data, count }, path, fix });
        return;
      }
      const fix = withoutEntry(source, path);
      report({ messageId: 'twice', data, path, ...(fix ? { fix } : {}) });
    });
  },
});

/** The number an `originals` field says, as the loader reads it ("01", "01 bản chính", "Không"). */
function countOf(originals: unknown): number | undefined {
  if (typeof originals === 'number') return originals;
  if (typeof originals !== 'string') return undefined;
  const digits = /\d+/.exec(originals);
  return digits ? Number(digits[0]) : 0;
}

/**
 * The fix that removes a map entry written on one line of its own (`    copies: "01 bản chính"`), or inside a flow map
 * after another (`, copies: "01 bản chính"`); none for any other layout, or where a comment would go with it.
 */
function withoutEntry(source: LoadedFile, path: NodePath): Fix | undefined {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.line !== value.endLine) return undefined;
  const text = source.text;
  const lines = new LineIndex(text);
  const [start, end] = [lines.offset(key.line, key.column), lines.offset(value.endLine, value.endColumn)];
  const lineStart = lines.offset(key.line, 1);
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*\r?\n?$/.test(text.slice(end, lineEnd)))
    return { range: lines.range(lineStart, lineEnd), text: '' };
  const comma = /,[ \t]*$/.exec(text.slice(lineStart, start));
  return comma ? { range: lines.range(lineStart + comma.index, end), text: '' } : undefined;
}
