import type { Channel } from '../model/types.js';
import { mapFix, writtenAt, yamlName } from './written-value.js';
import { defineRule } from './define-rule.js';

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
    map: { en: 'Write channel "{text}" as {map}', vi: 'Hãy ghi cách nộp "{text}" dạng {map}' },
    list: {
      en: 'Write channels "{text}" as the list {list}',
      vi: 'Hãy ghi các cách nộp "{text}" dạng danh sách {list}',
    },
  },
  check({ source, procedure, report }) {
    const line = writtenAt(source, ['channels']);
    if (typeof line === 'string') {
      // The names on one line: the list has room for each channel's own limit and fee.
      const map = ({ kind, time_limit: limit }: Channel) =>
        limit === undefined ? `{ kind: ${kind} }` : `{ kind: ${kind}, time_limit: ${yamlName(limit)} }`;
      const list = `[${(procedure.channels ?? []).map(map).join(', ')}]`;
      const fix = mapFix(source, ['channels'], list);
      report({ messageId: 'list', data: { text: line, list }, path: ['channels'], ...(fix ? { fix } : {}) });
      return;
    }
    (procedure.channels ?? []).forEach((channel, i) => {
      const written = writtenAt(source, ['channels', i]);
      if (typeof written === 'string') {
        // A channel by its name alone: the map has room for its own limit and fee.
        const map = `{ kind: ${channel.kind} }`;
        const fix = mapFix(source, ['channels', i], map);
        report({ messageId: 'map', data: { text: written, map }, path: ['channels', i], ...(fix ? { fix } : {}) });
        return;
      }
      const path = ['channels', i, 'kind'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || text === channel.kind) return;
      report({ messageId: 'kind', data: { text, kind: channel.kind }, path, fix: { path, value: channel.kind } });
    });
  },
});
