import { fill, type Lang } from '../i18n.js';
import { buildFlow } from '../model/flow.js';
import { LIMITS } from '../model/limits.js';
import type { LoadedFile } from '../model/load.js';
import { validateProcedure } from '../model/schema.js';
import { DEFAULT_HOURS_PER_DAY } from '../model/duration.js';
import type { Diagnostic, Procedure, Severity } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { CatalogEntry, Report, Rule } from '../rules/types.js';

/** A rule's severity and options as configured; `off` disables it. */
export interface RuleSetting {
  severity: Severity | 'off';
  options?: Record<string, unknown>;
}

/** How to lint: the settings that apply to each file, the message language, the calendar's day length. */
export interface LintOptions {
  /** Settings for the rules of one file (configs can differ per folder); absent rules use their defaults. */
  settingsFor?: (file: string) => ReadonlyMap<string, RuleSetting>;
  lang?: Lang;
  hoursPerDay?: number;
  rules?: readonly Rule[];
}

/** Diagnostics of a lint run and the procedures that passed the schema, for commands that go on with them. */
export interface LintResult {
  diagnostics: Diagnostic[];
  procedures: CatalogEntry[];
}

const NO_SETTINGS: ReadonlyMap<string, RuleSetting> = new Map();

function effective(rule: Rule, settings: ReadonlyMap<string, RuleSetting>): { severity: Severity | 'off'; options: Record<string, unknown> } {
  const setting = settings.get(rule.id);
  return { severity: setting?.severity ?? rule.severity, options: setting?.options ?? {} };
}

function toDiagnostic(source: LoadedFile, rule: Rule, severity: Severity, report: Report, lang: Lang): Diagnostic {
  const template = rule.messages[report.messageId]?.[lang] ?? report.messageId;
  const range = report.range ?? source.locate(report.path, report.target);
  return { file: source.file, ...range, severity, rule: rule.id, message: fill(template, report.data) };
}

function crashed(source: LoadedFile, rule: Rule, error: unknown): Diagnostic {
  // A broken rule must not take the whole run down: report it where it happened and go on.
  const message = error instanceof Error ? error.message : String(error);
  return { file: source.file, ...source.locate([]), severity: 'error', rule: rule.id, message: `Rule "${rule.id}" failed on this file: ${message}` };
}

/** Order diagnostics by file, then position, so output is stable whatever order files were read in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)));
}

/** Lints loaded files: parse problems, schema, then every enabled rule; catalog rules see all valid files at once. */
export function lint(sources: readonly LoadedFile[], options: LintOptions = {}): LintResult {
  const lang = options.lang ?? 'en';
  const hoursPerDay = options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const rules = options.rules ?? RULES;
  const settingsFor = options.settingsFor ?? (() => NO_SETTINGS);
  const diagnostics: Diagnostic[] = [];
  const procedures: CatalogEntry[] = [];
  const coreSeverity = (id: string, settings: ReadonlyMap<string, RuleSetting>): Severity | 'off' =>
    settings.get(id)?.severity ?? 'error';

  for (const source of sources) {
    const settings = settingsFor(source.file);
    diagnostics.push(...source.diagnostics);
    if (source.data === undefined) continue;
    const schemaSeverity = coreSeverity('schema', settings);
    if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
      const what = source.data === null ? 'is empty' : Array.isArray(source.data) ? 'is a list' : 'is a single value';
      diagnostics.push({ file: source.file, ...source.locate([]), severity: 'error', rule: 'schema', message: `The file ${what}; a procedure is a map with id, title, steps and the other fields` });
      continue;
    }
    const problems = validateProcedure(source.data);
    if (schemaSeverity !== 'off') {
      for (const problem of problems) {
        diagnostics.push({ file: source.file, ...source.locate(problem.path, problem.target), severity: schemaSeverity, rule: 'schema', message: problem.message });
      }
    }
    // Rules read a well-formed procedure; on a file that fails the schema they would only add noise.
    if (problems.length > 0) continue;
    const procedure = source.data as Procedure;
    if (procedure.steps.length > LIMITS.maxSteps) {
      diagnostics.push({ file: source.file, ...source.locate(['steps']), severity: 'error', rule: 'schema', message: `The procedure has ${procedure.steps.length} steps; procmap handles up to ${LIMITS.maxSteps}` });
      continue;
    }
    procedures.push({ file: source.file, procedure, source });
    const flow = buildFlow(procedure.steps);
    for (const rule of rules) {
      if (!rule.check) continue;
      const { severity, options: ruleOptions } = effective(rule, settings);
      if (severity === 'off') continue;
      try {
        rule.check({
          file: source.file,
          procedure,
          flow,
          source,
          hoursPerDay,
          lang,
          options: ruleOptions,
          report: (report) => diagnostics.push(toDiagnostic(source, rule, severity, report, lang)),
        });
      } catch (error) {
        diagnostics.push(crashed(source, rule, error));
      }
    }
  }

  const byFile = new Map(procedures.map((entry) => [entry.file, entry.source]));
  for (const rule of rules) {
    if (!rule.checkCatalog) continue;
    try {
      rule.checkCatalog({
        entries: procedures,
        options: {},
        report: (file, report) => {
          const { severity } = effective(rule, settingsFor(file));
          if (severity !== 'off') diagnostics.push(toDiagnostic(byFile.get(file)!, rule, severity, report, lang));
        },
      });
    } catch (error) {
      diagnostics.push({ file: '', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: rule.id, message: `Rule "${rule.id}" failed: ${String(error)}` });
    }
  }
  return { diagnostics: sortDiagnostics(diagnostics), procedures };
}
