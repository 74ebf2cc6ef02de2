import { remembered } from './remembered.js';
import { STEP_WORD } from './suggest.js';

// A step's number in every form officers write one, in a TT cell or as a step's id: 3, 03, B3, B.3, Bước 3, Step 3
// (suggest.ts), a sub-step's number after its step's (2.1, B2.1), a side step's letter after it (B2a, 2b), a full
// stop, colon or bracket after it as a list writes one. Group 1 is the number, group 2 the side step's letter.
const STEP_NUMBER = new RegExp(`^(?:${STEP_WORD.source})?(?:\\s*\\.)?\\s*(\\d+(?:\\.\\d+)*)([a-z])?\\s*[.:)]?$`, 'iu');

/** The parts of the number a TT cell gives a step ([3] for `B3`, [1, 2] for the sub-step `1.2`), or undefined. */
export function stepNumberParts(text: string | undefined): number[] | undefined {
  const match = STEP_NUMBER.exec(text?.normalize('NFC').trim() ?? '');
  // A side step (2a) has no place of its own among the numbers: a table is ordered by them, not by its letters.
  return match === null || match[2] !== undefined ? undefined : match[1]!.split('.').map(Number);
}

/** The step number an officer wrote as a step's id, as people read it ("2b" for `B2b`, "2.1" for `Bước 2.1`), or undefined. */
// Remembered: every rule that prints a step's number asks again for the same few ids (s1, B2…), file after file.
export const officerStepNumber: (id: string) => string | undefined = remembered(readOfficerStepNumber);

function readOfficerStepNumber(id: string): string | undefined {
  const match = STEP_NUMBER.exec(id.normalize('NFC').trim());
  if (match === null) return undefined;
  return match[1]!.split('.').map(Number).join('.') + (match[2] ?? '');
}

/**
 * The number each step is shown with in the document, the chart and the site: the officer's own (B1, B2, B2b, B3 →
 * "1", "2", "2b", "3") when every step's id is one, so that they match the approved table the officer signed; else
 * the steps' positions 1..n, as for word ids (`receive`, `approve`), when two ids would show one number (B2 and
 * "Bước 2", B01 and B1), or when the ids count from 0 (`s0`, `s1`: a programmer's numbering, not a table's).
 */
export function shownStepNumbers(steps: readonly { id: string }[]): string[] {
  const positions = steps.map((_, i) => String(i + 1));
  const numbers = steps.map((step) => officerStepNumber(step.id));
  if (numbers.some((n) => n === undefined || /^0(?!\d)/.test(n))) return positions;
  // "2A" and "2a" read as one step, as unique-step-id compares ids.
  const keys = new Set(numbers.map((n) => n!.toLowerCase()));
  return keys.size === steps.length ? (numbers as string[]) : positions;
}
