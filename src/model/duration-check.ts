import type { Lang } from '../i18n.js';
import { durationProblemText, readDuration } from './duration.js';
import type { ChannelKind, NodePath } from './types.js';

/** Where durations and limits stand in a procedure: the time limit and every step's duration. */
export function durationPaths(data: unknown): NodePath[] {
  if (data === null || typeof data !== 'object') return [];
  const paths: NodePath[] = [];
  const record = data as Record<string, unknown>;
  if ('time_limit' in record) paths.push(['time_limit']);
  if (Array.isArray(record.steps)) {
    record.steps.forEach((step, i) => {
      if (step !== null && typeof step === 'object' && 'duration' in step) paths.push(['steps', i, 'duration']);
    });
  }
  return paths;
}

/**
 * Whether a data path is one of a procedure's durations whose problems `durationProblems` reports: a text, a number
 * or nothing (`duration:` left empty) there. Any other value (a list, a mapping) is left to the schema.
 */
export function isDurationPath(data: unknown, path: NodePath): boolean {
  // One of durationPaths, found by its shape: listing them for each schema problem was quadratic in the steps.
  if (data === null || typeof data !== 'object') return false;
  const record = data as Record<string, unknown>;
  const [head, index, field] = path;
  const step =
    head === 'steps' && path.length === 3 && typeof index === 'number' && Array.isArray(record.steps)
      ? (record.steps[index] as unknown)
      : undefined;
  const listed =
    (head === 'time_limit' && path.length === 1 && 'time_limit' in record) ||
    (field === 'duration' && step !== null && typeof step === 'object' && 'duration' in step);
  if (!listed) return false;
  const value = valueAt(data, path);
  return typeof value === 'string' || typeof value === 'number' || value === null;
}

function valueAt(data: unknown, path: NodePath): unknown {
  let value: unknown = data;
  for (const part of path) value = (value as Record<string | number, unknown>)[part];
  return value;
}

/** A duration procmap cannot read, where it stands, and for a limit per way of filing, the entries --fix writes. */
export interface DurationPlaceProblem {
  path: NodePath;
  message: string;
  channels?: PerChannelLimits;
}

/** A time limit split by way of filing: the one `time_limit` keeps, and each channel's own. */
export interface PerChannelLimits {
  limit: string;
  channels: { kind: ChannelKind; limit: string }[];
}

/**
 * Every duration or limit of a procedure that procmap cannot read, with what is wrong and what to write instead.
 * The schema's own check of durations is a loose one for editors; this one is the law.
 */
export function durationProblems(data: unknown, lang: Lang): DurationPlaceProblem[] {
  const problems: DurationPlaceProblem[] = [];
  for (const path of durationPaths(data)) {
    const found = valueAt(data, path);
    const value = found === null ? '' : found;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const reading = readDuration(value);
    if (reading.ok) continue;
    // A step whose time no one knows yet is a draft step: say how to mark it, so the rest of the file can be used.
    const problem =
      (reading.problem.code === 'empty' || reading.problem.code === 'unstated') && path[0] === 'steps'
        ? { code: 'emptyStep' as const }
        : reading.problem;
    const message = durationProblemText(value, problem, lang);
    // A limit for each way of filing, where the file lists no channels yet: --fix writes them (one list, one place).
    const record = data as Record<string, unknown>;
    if (problem.code === 'perChannel' && path[0] === 'time_limit' && !('channels' in record)) {
      const others = problem.general === undefined ? problem.limits.slice(1) : problem.limits;
      const limit = problem.general ?? problem.limits[0]!.limit;
      problems.push({ path, message, channels: { limit, channels: others } });
    } else problems.push({ path, message });
  }
  return problems;
}
