import { isChoice } from '../model/flow.js';
import { Document, isScalar } from 'yaml';
import { fill, type Lang } from '../i18n.js';
import type { Procedure } from '../model/types.js';
import { escapeControls } from '../model/quote.js';
import { lineEndOf } from '../model/source.js';
import type { ImportedProcedure } from './draft.js';

// Keys in the order of the schema and the README, so every imported file reads the same way.
const PROCEDURE_KEYS: readonly (keyof Procedure)[] = [
  'id',
  'title',
  'code',
  'revision',
  'effective',
  'issued',
  'level',
  'field',
  'agency',
  'applicants',
  'issuer',
  'logo',
  'time_limit',
  'channels',
  'four_on_the_spot',
  'cutoff',
  'bodies',
  'steps',
  'purpose',
  'scope',
  'legal_basis',
  'definitions',
  'conditions',
  'dossier',
  'dossier_count',
  'fee',
  'place',
  'result',
  'records',
  'forms',
  'signoff',
  'history',
];
const STEP_KEYS = [
  'id',
  'name',
  'body',
  'duration',
  'draft',
  'next',
  'question',
  'role',
  'description',
  'inputs',
  'outputs',
  'forms',
];

function ordered<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record).sort()) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out;
}

/** A procedure as a file writes it: its keys, and each step's, in schema order. */
export function procedureData(procedure: Procedure): Record<string, unknown> {
  return ordered(
    {
      ...procedure,
      // A choice is written as officers write it, "B2 hoặc B3": the file has no other form for one without cases.
      steps: procedure.steps.map((step) =>
        ordered(isChoice(step.next) ? { ...step, next: step.next.oneOf.join(' hoặc ') } : step, STEP_KEYS),
      ),
    },
    PROCEDURE_KEYS as readonly string[],
  );
}

// The comment at the top of an imported file. The English one names the note in Vietnamese too, as it always has.
const HEADER: Record<Lang, { origin: string; notes: string }> = {
  en: {
    origin: ' Imported by procmap import from {origin}.',
    notes: ' Not in the procedure fields, kept here (ghi chú, dữ liệu chưa có trường tương ứng):',
  },
  vi: {
    origin: ' Tạo bởi procmap import từ {origin}.',
    notes: ' Ghi chú: dữ liệu chưa có trường tương ứng trong quy trình, giữ lại ở đây:',
  },
};

/** The comment at the top of an imported file, without its `#` marks: where it came from, then the notes. */
export function headerOf(notes: readonly string[], origin: string, lang: Lang): string {
  // In the language of the report: an officer reading Vietnamese gets a comment wholly in Vietnamese.
  const header = [fill(HEADER[lang].origin, { origin })];
  if (notes.length > 0) header.push(HEADER[lang].notes, ...notes.map((line) => `   ${line}`));
  return header.map((line) => escapeControls(line)).join('\n');
}

/**
 * A procedure file's text: a comment naming where it came from and keeping every value procmap has no field for,
 * then the procedure with its keys in schema order. The same input always gives the same bytes.
 */
export function procedureYaml({ procedure, notes }: ImportedProcedure, origin: string, lang: Lang = 'en'): string {
  const doc = new Document(procedureData(procedure));
  // "15:00" in quotes, as the README writes it: YAML 1.1 readers (other tools) take a plain 15:00 for 900.
  const cutoff = doc.get('cutoff', true);
  if (isScalar(cutoff)) cutoff.type = 'QUOTE_DOUBLE';
  doc.commentBefore = headerOf(notes, origin, lang);
  return doc.toString({ lineWidth: 0 });
}

// The first line of the comment procmap writes at the top of an imported file, in either language.
const HEADER_START = /^# (?:Imported by procmap import from|Tạo bởi procmap import từ) /;

/**
 * An existing file's text with the comment procmap wrote at its top replaced by `header` (the new source, the new
 * notes); a file without one gets it only when there are notes to keep. The officer's other comments stay.
 */
export function withHeader(text: string, header: string): string {
  const end = lineEndOf(text);
  const own = header
    .split('\n')
    .map((line) => `#${line}${end}`)
    .join('');
  if (HEADER_START.test(text)) return own + text.replace(/^(?:#[^\n]*(?:\n|$))*/, '');
  return header.includes('\n') ? own + end + text : text;
}
