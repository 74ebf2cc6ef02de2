import { canonicalSpelling } from '../model/duration.js';
import { stepDurationText } from '../model/step-duration-words.js';
import { defineRule } from './define-rule.js';
import { channelWrittenAsMap, writtenAt } from './written-value.js';
import { jsonString } from '../model/quote.js';
import { uncountedWords } from '../model/uncounted.js';
import { lineEndOf } from '../model/source.js';
import type { LoadedFile } from '../model/load.js';
import type { Fix } from '../model/types.js';

/**
 * One spelling per duration (`3d`, not `3 ngày làm việc`) keeps a catalog easy to compare, search and diff. Off in
 * `recommended`: long forms are valid and often copied as published.
 */
export const rule = defineRule({
  id: 'canonical-duration',
  description: {
    en: 'Durations and time limits should use the canonical spelling (4h, 20min, 0.5d, 30cd, 3 tháng, 1 năm, trong ngày)',
    vi: 'Thời gian và thời hạn nên viết dạng chuẩn (4h, 20min, 0.5d, 30cd, 3 tháng, 1 năm, trong ngày)',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    long: { en: 'Write "{text}" as "{short}"', vi: 'Hãy viết "{text}" thành "{short}"' },
    uncounted: {
      en: 'Write "{text}" as "{time}" with "counted: false" on the step',
      vi: 'Hãy viết "{text}" thành "{time}" và ghi "counted: false" ở bước này',
    },
  },
  check({ source, procedure, hoursPerDay, report }) {
    const check = (text: string, path: (string | number)[]) => {
      // A bare "N ngày" is ambiguous-days' to settle: rewriting it to calendar days would hide the question. So is a
      // limit's bare "N giờ" ambiguous-hours': "24h" would read as working hours settled. Hours in brackets that
      // contradict the days are bracketed-hours': "10d" would drop the hours the law may have meant.
      // A step table's own forms ("Ngày làm việc: 05", "01 buổi sáng") are a step's alone: a limit is read as written.
      const step = path.includes('steps');
      const short = canonicalSpelling(step ? stepDurationText(text) : text, hoursPerDay, !step);
      if (short !== undefined && short !== text)
        report({ messageId: 'long', data: { text, short }, path, fix: { path, value: short } });
    };
    check(procedure.time_limit, ['time_limit']);
    // A channel written by name (`Trực tiếp: 03 ngày làm việc`) has no `time_limit` key to fix yet: canonical-channel
    // writes its map first, and the next --fix pass shortens the limit.
    procedure.channels?.forEach(
      (channel, i) =>
        channel.time_limit !== undefined &&
        channelWrittenAsMap(source, i) &&
        check(channel.time_limit, ['channels', i, 'time_limit']),
    );
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'duration'];
      const written = writtenAt(source, path);
      const outside = typeof written === 'string' ? uncountedWords(written) : undefined;
      // The time outside the limit in words: `counted: false` first, and the time shortened on the next pass; a fix
      // of the time alone would drop the words, and with them the step's place outside the limit.
      if (outside === undefined || step.counted !== false) return check(step.duration, path);
      const fix =
        writtenAt(source, ['steps', i, 'counted']) === undefined
          ? countedFix(source, i, outside.time)
          : { path, value: outside.time };
      report({
        messageId: 'uncounted',
        data: { text: written as string, time: outside.time },
        path,
        ...(fix ? { fix } : {}),
      });
    });
  },
});

/**
 * The time alone in place of the duration, and `counted: false` on a line of its own after it at its key's indent;
 * none for a step written on one line or a duration over several lines, which the officer edits by hand.
 */
function countedFix(source: LoadedFile, i: number, time: string): Fix | undefined {
  const key = source.locate(['steps', i, 'duration'], 'key');
  const value = source.locate(['steps', i, 'duration']);
  const line = source.text.split('\n')[key.line - 1] ?? '';
  if (value.line !== value.endLine || key.line !== value.line || !/^\s*(?:-\s+)?$/.test(line.slice(0, key.column - 1)))
    return undefined;
  const indent = ' '.repeat(key.column - 1);
  return { range: value, text: `${blockScalar(time)}${lineEndOf(source.text)}${indent}counted: false` };
}

// A time as a block map's value: plain when YAML reads it back as the same text ("5d", "05 ngày làm việc"), else quoted.
function blockScalar(time: string): string {
  return /^[\p{L}\p{N}][^:#"'\n]*$/u.test(time) && !/^[\d.,]+$/.test(time) ? time : jsonString(time);
}
