import { lazyPattern } from '../model/lazy-pattern.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { STEP_WORD } from '../model/suggest.js';
import { defineRule } from './define-rule.js';

// A step's number pasted with its name from Word: after "Bước", "B" or "Step" (`Bước 1: Tiếp nhận`, `B1. Tiếp nhận`,
// `Bước 2 - Thẩm định`, `Bước 1 xử lý`), the number is a step's whatever follows it; a number alone is a list's only
// with a list's mark after it and a word after that (`1. Tiếp nhận`, `2) Thẩm định`, `3 - Trả kết quả`), for a name
// may start with a number that counts something (`1 cửa`, `30 ngày`, `1,5 ngày`, `1/2 hồ sơ`). Sub-steps' numbers
// (`Bước 2.1:`) are numbers too; a full-width colon is typed by Vietnamese input methods.
const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,3})*)`;
const MARK = String.raw`[.:)/：]|[-–—](?=\s|$)`;
// A bracket between the number and its mark ("Bước 1 (Bộ phận Một cửa): …") names who does the step, not the step.
const BRACKET = String.raw`(?:\(([^()]{1,100})\)\s*(?=${MARK}))?`;
const AFTER_WORD = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(?:${STEP_WORD.source})\s*\.?\s*${NUMBER}(?![\p{L}\p{N}])\s*${BRACKET}(?:${MARK})?\s*`,
      'iu',
    ),
);
const ALONE = lazyPattern(() => new RegExp(String.raw`^${NUMBER}(?:\s*(?:${MARK}))\s*(?=\p{L})`, 'u'));
const MAY_START = /^[\dbs]/iu;

/** One step number at the start of a name, with the bracket after it, and where the rest starts; undefined for none. */
function numberAt(name: string): { digits: string; bracket?: string; end: number } | undefined {
  // Every step's name comes here: one that cannot start a number or a step word ("Tiếp nhận …") is answered without
  // the patterns, which are compiled on first use (STEP_WORD's words start with b or s, in any case).
  if (!MAY_START.test(name)) return undefined;
  const found = AFTER_WORD().exec(name) ?? ALONE().exec(name);
  if (!found) return undefined;
  return { digits: found[1]!, ...(found[2] === undefined ? {} : { bracket: found[2].trim() }), end: found[0].length };
}

// A name pasted twice over is a number or two deep ("Bước 1: Bước 1: …"); more is no paste.
const MAX_REPEATS = 3;

/**
 * The step numbers a name starts with, as written (repeats included, "Bước 1: Bước 1") and the first as a number
 * (undefined for a sub-step's), the bracket written after one, and the rest.
 */
function pastedNumber(name: string): { written: string; number?: number; bracket?: string; rest: string } | undefined {
  const first = numberAt(name);
  if (!first) return undefined;
  let [end, bracket] = [first.end, first.bracket];
  for (let n = 1, next = numberAt(name.slice(end)); next && n < MAX_REPEATS; n++, next = numberAt(name.slice(end))) {
    bracket ??= next.bracket;
    end += next.end;
  }
  return {
    written: name
      .slice(0, end)
      .trim()
      .replace(/\s*(?:[.:)/：]|[-–—])$/u, ''),
    ...(first.digits.includes('.') ? {} : { number: Number(first.digits) }),
    ...(bracket === undefined ? {} : { bracket }),
    rest: name.slice(end).trim(),
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
    bracket: {
      en: 'Step name "{name}" starts with its step number, "{written}", and "{bracket}", who does the step, which is not its name: write the name as "{rest}", and "{bracket}" in the step\'s role (role: {bracket}) or as its body',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}" và "{bracket}", người thực hiện bước, không phải tên bước: hãy ghi tên bước là "{rest}", và ghi "{bracket}" ở role (role: {bracket}) hoặc làm đơn vị thực hiện (body) của bước',
    },
    otherNumber: {
      en: 'Step name "{name}" starts with a step number, "{written}", but the document numbers this step {position}; procmap numbers the steps itself: write the name as "{rest}"',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}", nhưng tài liệu đánh số bước này là {position}; procmap tự đánh số các bước: hãy ghi tên bước là "{rest}"',
    },
  },
  check({ procedure, report }) {
    // The number the document prints, not the place in the list: beside `B2a` ("2a"), `B3` is printed 3, not 4.
    const shown = shownStepNumbers(procedure.steps);
    procedure.steps.forEach((step, i) => {
      const pasted = typeof step.name === 'string' ? pastedNumber(step.name) : undefined;
      // A name that is a step number alone ("Bước 2") has no name to keep: a placeholder, not a number pasted before one.
      if (pasted === undefined || pasted.rest === '') return;
      const path = ['steps', i, 'name'];
      const data = { name: step.name, written: pasted.written, rest: pasted.rest, position: shown[i]! };
      // A bracket that names the step's body says nothing the file does not: removed with the number. Another is kept
      // for the officer to place, so no fix removes it.
      const { bracket } = pasted;
      if (bracket !== undefined && !namesBody(bracket, step.body, procedure.bodies)) {
        report({ messageId: 'bracket', data: { ...data, bracket }, path });
        return;
      }
      const messageId = pasted.number === undefined || String(pasted.number) === shown[i] ? 'number' : 'otherNumber';
      report({ messageId, data, path, fix: { path, value: pasted.rest } });
    });
  },
});

/** Whether a bracket names the step's body, by its key or its name, in any case. */
function namesBody(bracket: string, body: unknown, bodies: Record<string, { name?: unknown }> | undefined): boolean {
  if (typeof body !== 'string') return false;
  const said = bracket.toLocaleLowerCase('vi');
  const name = bodies?.[body]?.name;
  return said === body.toLocaleLowerCase('vi') || (typeof name === 'string' && said === name.toLocaleLowerCase('vi'));
}
