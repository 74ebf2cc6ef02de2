import type { LoadedFile } from '../model/load.js';
import { LineIndex } from '../model/source.js';
import type { Channel, Fix, NodePath } from '../model/types.js';
import { channelNote } from '../model/channel-words.js';
import { mapFix, writtenAt, yamlName } from './written-value.js';
import { defineRule } from './define-rule.js';

/** A channel as its canonical flow map: `{ kind: online, time_limit: "02 ngày làm việc" }`. */
function channelMap({ kind, time_limit: limit, fee, note }: Channel): string {
  // The note keeps the grade of online filing a name said ("Trực tuyến một phần"), which the kind cannot hold; the fee
  // one written after the limit ("…; Lệ phí: 50.000 đồng").
  const paid = fee === undefined ? '' : `, fee: ${typeof fee === 'number' ? fee : yamlName(fee)}`;
  const noted = note === undefined ? '' : `, note: ${yamlName(note)}`;
  return limit === undefined
    ? `{ kind: ${kind}${paid}${noted} }`
    : `{ kind: ${kind}, time_limit: ${yamlName(limit)}${paid}${noted} }`;
}

/** A line up to its comment (` #` outside quotes), which a fix keeps in the file. */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/**
 * A block map as the file writes it (its range ends at the next line, which it does not hold), and a fix replacing
 * it with `text` when it stands on one line; its text on one line, for the message.
 */
function blockMapFix(source: LoadedFile, path: NodePath, text: string): { written: string; fix?: Fix } {
  const range = source.locate(path);
  const lines = new LineIndex(source.text);
  const start = lines.offset(range.line, range.column);
  const body = source.text
    .slice(start, lines.offset(range.endLine, range.endColumn))
    .split('\n')
    .map(withoutComment)
    .join('\n')
    .trimEnd();
  const written = body.replace(/\s*\n\s*/g, '; ');
  if (body.includes('\n')) return { written };
  const end = lines.position(start + body.length);
  return { written, fix: { range: { ...range, endLine: end.line, endColumn: end.column }, text } };
}

/**
 * A fix replacing a text of a line each (`channels: |` and the names below it) with `text`; none when a comment
 * follows its `|`, which the new value's line would lose.
 */
function blockTextFix(source: LoadedFile, path: NodePath, text: string): Fix | undefined {
  const range = source.locate(path);
  const lines = new LineIndex(source.text);
  const start = lines.offset(range.line, range.column);
  const written = source.text.slice(start, lines.offset(range.endLine, range.endColumn)).trimEnd();
  const header = written.split('\n', 1)[0]!;
  if (!/^[|>][-+0-9]*\s*$/.test(header)) return undefined;
  return { range: lines.range(start, start + written.length), text };
}

/** A text as a message quotes it: its lines joined by "; ", as a block map's are. */
function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, '; ');
}

/** `kind: Trực tuyến` reads as online; one spelling per catalog keeps exports and statistics simple to read. */
export const rule = defineRule({
  id: 'canonical-channel',
  description: {
    en: "A channel's kind should be written in_person, online or postal",
    vi: 'Cách nộp hồ sơ nên ghi là in_person, online hoặc postal',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    kind: { en: 'Write channel "{text}" as "{kind}"', vi: 'Hãy ghi cách nộp "{text}" thành "{kind}"' },
    kindGrade: {
      en: 'Write channel "{text}" as "{kind}", with note: "{note}" beside it, which keeps what the kind cannot say',
      vi: 'Hãy ghi cách nộp "{text}" thành "{kind}", kèm note: "{note}" để giữ điều mà cách nộp không ghi được',
    },
    map: { en: 'Write channel "{text}" as {map}', vi: 'Hãy ghi cách nộp "{text}" dạng {map}' },
    list: {
      en: 'Write channels "{text}" as the list {list}',
      vi: 'Hãy ghi các cách nộp "{text}" dạng danh sách {list}',
    },
  },
  check({ source, procedure, report }) {
    const line = writtenAt(source, ['channels']);
    const named = source.namedChannels;
    if (typeof line === 'string' || named === 'map') {
      // The names on one line, or a line each in a map: the list has room for each channel's own limit and fee.
      const list = `[${(procedure.channels ?? []).map(channelMap).join(', ')}]`;
      const { written, fix } =
        typeof line === 'string'
          ? {
              written: oneLine(line),
              fix: line.includes('\n') ? blockTextFix(source, ['channels'], list) : mapFix(source, ['channels'], list),
            }
          : blockMapFix(source, ['channels'], list);
      report({ messageId: 'list', data: { text: written, list }, path: ['channels'], ...(fix ? { fix } : {}) });
      return;
    }
    (procedure.channels ?? []).forEach((channel, i) => {
      const written = writtenAt(source, ['channels', i]);
      if (typeof written === 'string' || named?.includes(i)) {
        // A channel by its name alone, or its name and limit (`Trực tiếp: 03 ngày làm việc`): the map has room
        // for its own limit and fee.
        const map = channelMap(channel);
        const { written: text, fix } =
          typeof written === 'string'
            ? { written, fix: mapFix(source, ['channels', i], map) }
            : blockMapFix(source, ['channels', i], map);
        report({ messageId: 'map', data: { text, map }, path: ['channels', i], ...(fix ? { fix } : {}) });
        return;
      }
      const path = ['channels', i, 'kind'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || text === channel.kind) return;
      // A grade of online filing the note does not say yet: a fix of the kind alone would drop it, so only advise.
      const writtenNote = writtenAt(source, ['channels', i, 'note']);
      const note = channelNote(text, typeof writtenNote === 'string' ? writtenNote : undefined);
      if (note !== undefined && note !== writtenNote) {
        report({ messageId: 'kindGrade', data: { text, kind: channel.kind, note }, path });
        return;
      }
      report({ messageId: 'kind', data: { text, kind: channel.kind }, path, fix: { path, value: channel.kind } });
    });
  },
});
