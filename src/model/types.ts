/**
 * The procedure file format v1 (snake_case like the file). The types of the file itself are generated from
 * schemas/procedure.schema.json; these are the canonical forms every stage after loading reads.
 */
import type {
  InputBody,
  InputChannel,
  InputSignatory,
  InputStep,
  ProcedureInput,
} from './generated/procedure-input.js';
import type { LoadedFile } from './load.js';

export type { ProcedureInput } from './generated/procedure-input.js';

/**
 * A duration unit: working hours, working days, calendar days, calendar months (Civil Code Art. 147–148), and
 * `sameday` ("trong ngày": by the close of the working day of receipt, value always 1).
 */
export type DurationUnit = 'h' | 'd' | 'cd' | 'month' | 'sameday';

/** A parsed duration or time limit, value and unit exactly as published. */
export interface Duration {
  value: number;
  unit: DurationUnit;
  /** The legal tail the text carried, e.g. "kể từ ngày nhận đủ hồ sơ hợp lệ": kept, never lost. */
  note?: string;
  /**
   * Months the law wrote in years ("01 năm"): counted as their months (Civil Code Art. 147–148), printed in years as
   * written, never as "12 tháng".
   */
  years?: true;
  /**
   * A `sameday` limit that is due on the working day after the day of receipt ("Trong ngày làm việc tiếp theo"): at that
   * day's close, or at the close of its morning office hours ("Buổi sáng ngày làm việc tiếp theo"). Kept beside the
   * unit rather than as a value, since every reading of `sameday` takes its value as 1.
   */
  nextDay?: 'close' | 'morning';
}

/** A responsible body (one swimlane): a name written alone becomes `{ name }`; flags `true` or `false` (có, yes). */
export interface Body extends Omit<Exclude<InputBody, string>, 'single_window' | 'on_site'> {
  single_window?: boolean;
  on_site?: boolean;
}

/** A person in the sign-off block: a name written alone becomes `{ name }`. */
export type Signatory = Exclude<InputSignatory, string>;

/** One step of a procedure: its id and `next` targets as text, `next` as a list or a map. `next` absent: the following step in the list. */
export interface Step extends Omit<InputStep, 'id' | 'next' | 'draft' | 'counted' | 'inputs' | 'outputs' | 'forms'> {
  id: string;
  draft?: boolean;
  /** false: the step's time is outside the time limit ("không kể thời gian niêm yết"), drawn and printed, not counted. */
  counted?: boolean;
  /** Lists: one text written alone becomes a list of one. */
  inputs?: string[];
  outputs?: string[];
  forms?: string[];
  next?: string[] | Record<string, string> | Choice;
}

/** Steps one of which is taken, written "B2 hoặc B3" or "B2/B3": a decision whose cases the file does not name. */
export interface Choice {
  oneOf: string[];
}

/** One channel with its own time limit and fee where they differ from the procedure's; `kind` in English. */
export interface Channel extends Omit<Exclude<InputChannel, string>, 'kind' | 'fee'> {
  kind: 'in_person' | 'online' | 'postal';
  /** Text, a list read as its lines; 0 stays 0, which the document prints as free. */
  fee?: string | number;
}

/** A way to file the dossier (cách thức thực hiện). */
export type ChannelKind = Channel['kind'];

/** One document of the dossier (thành phần hồ sơ): a name written alone becomes `{ name }`. */
export type DossierItem = Omit<Exclude<NonNullable<ProcedureInput['dossier']>[number], string>, 'originals'> & {
  /** As a number: "01", "01 bản chính" and "Không" in the file are read as 1, 1 and 0. */
  originals?: number;
};

/** One entry of the amendment history (theo dõi sửa đổi), its revision a number and its date `YYYY-MM-DD`. */
export type HistoryEntry = Omit<NonNullable<ProcedureInput['history']>[number], 'revision'> & { revision: number };

/**
 * A whole procedure document in its canonical form (lenient.ts): the file as the schema types it
 * (generated/procedure-input.ts), with steps, level, flags, dates, fee, dossier and signatories written one way.
 */
export interface Procedure extends Omit<
  ProcedureInput,
  | 'level'
  | 'steps'
  | 'bodies'
  | 'four_on_the_spot'
  | 'fee'
  | 'dossier'
  | 'signoff'
  | 'forms'
  | 'records'
  | 'definitions'
> {
  /** A number, whichever way the file writes it (`Lần 2`). */
  revision: number;
  history?: HistoryEntry[];
  /** In English, whichever way the file writes it (lenient.ts `levelOf`). */
  level?: 'central' | 'province' | 'district' | 'commune';
  steps: Step[];
  bodies: Record<string, Body>;
  four_on_the_spot?: boolean;
  /** Lists: one text written alone becomes a list of one. */
  legal_basis?: string[];
  conditions?: string[];
  channels?: Channel[];
  /** Text: a number of đồng becomes "75.000 đồng". */
  fee?: string;
  dossier?: DossierItem[];
  /** Maps: a form on one line ("Mẫu 01 - Giấy tiếp nhận") is `{ code, name }`, a record's name `{ name }`, a term and
   * its meaning on one line ("TTPVHCC: Trung tâm …") `{ term, meaning }`. */
  forms?: Exclude<NonNullable<ProcedureInput['forms']>[number], string>[];
  records?: Exclude<NonNullable<ProcedureInput['records']>[number], string>[];
  definitions?: Exclude<NonNullable<ProcedureInput['definitions']>[number], string>[];
  signoff?: { prepared_by?: Signatory; reviewed_by?: Signatory; approved_by?: Signatory };
}

/** A valid procedure of a catalog with its file and source: what lint keeps for the commands and catalog rules that go on with it. */
export interface CatalogEntry {
  file: string;
  procedure: Procedure;
  source: LoadedFile;
}

/** A path into the YAML document, as keys and list indexes. */
export type NodePath = readonly (string | number)[];

/** A source range, 1-based lines and columns; end is exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Diagnostic severity, from the most to the least serious. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A safe correction offered with a problem, applied by `procmap lint --fix`: a new value for the scalar at a data
 * path (its quoting and comments kept), or new text for a span of the source.
 */
export type Fix = { path: NodePath; value: string } | { range: SourceRange; text: string };

/** One problem found in one file. */
export interface Diagnostic extends SourceRange {
  file: string;
  severity: Severity;
  rule: string;
  message: string;
  /** How to fix it, when the rule knows a safe fix. */
  fix?: Fix;
}
