/** The procedure file format v1, as it stands in YAML after schema validation (snake_case like the file). */

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
}

/** A responsible body (one swimlane). */
export interface Body {
  name: string;
  single_window?: boolean;
  on_site?: boolean;
}

/** A person in the sign-off block. */
export interface Signatory {
  name?: string;
  title?: string;
}

/** One step of a procedure. `next` absent: the following step in the list. */
export interface Step {
  id: string;
  name: string;
  body: string;
  duration: string;
  next?: string[] | Record<string, string>;
  /** The question a decision asks, shown in its diamond. */
  question?: string;
  role?: string;
  description?: string;
  inputs?: string[];
  outputs?: string[];
  forms?: string[];
  /** Imported without its real body and duration: lint warns (`draft-steps`) until an officer writes them. */
  draft?: boolean;
}

/** A way to file the dossier (cách thức thực hiện). */
export type ChannelKind = 'in_person' | 'online' | 'postal';

/** One channel with its own time limit and fee where they differ from the procedure's. */
export interface Channel {
  kind: ChannelKind;
  /** Absent: the procedure's `time_limit`. */
  time_limit?: string;
  /** A number of đồng, or the fee in words. */
  fee?: string | number;
  note?: string;
}

/** One document of the dossier (thành phần hồ sơ). */
export interface DossierItem {
  name: string;
  /** The case it applies to (trường hợp); items of one case print as a group. */
  case?: string;
  /** Bản chính. */
  originals?: number;
  /** Bản sao: a count, or the quantity in words. */
  copies?: number | string;
  form?: string;
}

/** One entry of the amendment history (theo dõi sửa đổi). */
export interface HistoryEntry {
  revision: number;
  date: string;
  changes: string;
  /** Pages or sections amended. */
  pages?: string;
  note?: string;
}

/** A whole procedure document. */
export interface Procedure {
  id: string;
  title: string;
  code?: string;
  revision: number;
  effective: string;
  /** Ngày ban hành, YYYY-MM-DD. */
  issued?: string;
  level?: 'central' | 'province' | 'district' | 'commune';
  field?: string;
  agency?: string;
  issuer?: string;
  /** A PNG, JPEG or SVG file, relative to the procedure file's folder. */
  logo?: string;
  time_limit: string;
  channels?: Channel[];
  four_on_the_spot?: boolean;
  cutoff?: string;
  bodies: Record<string, Body>;
  steps: Step[];
  purpose?: string;
  scope?: string;
  /** Đối tượng thực hiện: one text or a list. */
  applicants?: string | string[];
  legal_basis?: string[];
  definitions?: { term: string; meaning: string }[];
  conditions?: string[];
  dossier?: DossierItem[];
  dossier_count?: string;
  fee?: string;
  place?: string;
  result?: string;
  records?: { name: string; keeper?: string; retention?: string }[];
  forms?: { code?: string; name: string }[];
  signoff?: { prepared_by?: Signatory; reviewed_by?: Signatory; approved_by?: Signatory };
  history?: HistoryEntry[];
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
