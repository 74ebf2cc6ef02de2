import { lazyPattern } from '../model/lazy-pattern.js';
import { STEP_WORD } from '../model/suggest.js';
import { defineRule } from './define-rule.js';

// A step's number pasted with its name from Word: after "Bước", "B" or "Step" (`Bước 1: Tiếp nhận`, `B1. Tiếp nhận`,
// `Bước 2 - Thẩm định`, `Bước 1 xử lý`), the number is a step's whatever follows it; a number alone is a list's only
// with a list's mark after it and a word after that (`1. Tiếp nhận`, `2) Thẩm định`, `3 - Trả kết quả`), for a name
// may start with a number that counts something (`1 cửa`, `30 ngày`, `1,5 ngày`, `1/2 hồ sơ`). Sub-steps' numbers
// (`Bước 2.1:`) are numbers too; a full-width colon is typed by Vietnamese input methods.
const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,3})*)`;
const MARK = String.raw`[.:)/：]|[-–—](?=\s|$)`;
const AFTER_WORD = lazyPattern(
  () => new RegExp(String.raw`^(?:${STEP_WORD.source})\s*\.?\s*${NUMBER}(?![\p{L}\p{N}])\s*(?:${MARK})?\s*`, 'iu'),
);
const ALONE = lazyPattern(() => new RegExp(String.raw`^${NUMBER}(?:\s*(?:${MARK}))\s*(?=\p{L})`, 'u'));
const MAY_START = /^[\dbs]/iu;

/** The step number a name starts with, as written and as a number (undefined for a sub-step's), and the rest. */
function pastedNumber(name: string): { written: string; number?: number; rest: string } | undefined {
  // Every step's name comes here: one that cannot start a number or a step word ("Tiếp nhận …") is answered without
  // the patterns, which are compiled on first use (STEP_WORD's words start with b or s, in any case).
  if (!MAY_START.test(name)) return undefined;
  const found = AFTER_WORD().exec(name) ?? ALONE().exec(name);
  if (!found) return undefined;
  const digits = found[1]!;
  return {
    written: found[0].trim().replace(/\s*(?:[.:)/：]|[-–—])$/u, ''),
    ...(digits.includes('.') ? {} : { number: Number(digits) }),
    rest: name.slice(found[0].length).trim(),
  };
}

/**
 * Officers paste steps from Word with their numbers, "Bước 1: Tiếp nhận hồ sơ"; procmap numbers the steps itself, so
 * documents, the flowchart, the site and the workbook would print the number twice, or two different numbers.
 */
export const rule = defineRule({
  id: 'step-number-in-name',
  description: {
    en: 'Step names should not start with the step number',
    vi: 'Tên bước không nên bắt đầu bằng số bước',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    number: {
      en: 'Step name "{name}" starts with its step number, "{written}"; procmap numbers the steps itself, so the number would be printed twice: write the name as "{rest}"',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}"; procmap tự đánh số các bước nên số này sẽ được in hai lần: hãy ghi tên bước là "{rest}"',
    },
    otherNumber: {
      en: 'Step name "{name}" starts with a step number, "{written}", but this is step {position}; procmap numbers the steps itself, in the order of the list: write the name as "{rest}"',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}", nhưng đây là bước thứ {position}; procmap tự đánh số các bước theo thứ tự trong danh sách: hãy ghi tên bước là "{rest}"',
    },
  },
  check({ procedure, report }) {
    procedure.steps.forEach((step, i) => {
      const pasted = typeof step.name === 'string' ? pastedNumber(step.name) : undefined;
      // A name that is a step number alone ("Bước 2") has no name to keep: a placeholder, not a number pasted before one.
      if (pasted === undefined || pasted.rest === '') return;
      const path = ['steps', i, 'name'];
      const data = { name: step.name, written: pasted.written, rest: pasted.rest, position: String(i + 1) };
      const messageId = pasted.number === undefined || pasted.number === i + 1 ? 'number' : 'otherNumber';
      report({ messageId, data, path, fix: { path, value: pasted.rest } });
    });
  },
});
