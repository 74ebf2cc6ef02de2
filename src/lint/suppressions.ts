import { yaml } from '../model/yaml-module.js';
import { fill, type Lang } from '../i18n.js';
import { LineIndex } from '../model/source.js';
import { closest } from '../model/suggest.js';
import type { Diagnostic, Severity, SourceRange } from '../model/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { rule as unusedDisable } from '../rules/unused-disable.js';

/** The three comment forms, as written after `#`. */
export type DirectiveKind = 'procmap-disable' | 'procmap-disable-line' | 'procmap-disable-next-line';

/** One `# procmap-disable…` comment of a file. */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names; empty when it names none and so covers every rule. */
  rules: string[];
  /** The line whose problems it suppresses; undefined for the file-level `procmap-disable`. */
  line?: number;
  /** Where the comment stands, to report it when it suppresses nothing. */
  range: SourceRange;
}

/** How to report directives that suppress nothing. */
export interface SuppressionOptions {
  lang: Lang;
  /** The configured severity of `unused-disable` for a file. */
  severityFor(file: string): Severity | 'off';
}

const DIRECTIVE = /^#\s*(procmap-disable(?:-next-line|-line)?)(?=\s|$)(.*)$/;

/** Every comment token of a YAML text, found in its concrete syntax tree so `#` inside strings is never a comment. */
function comments(text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      token.forEach(walk);
    } else if (token !== null && typeof token === 'object') {
      const t = token as { type?: string; offset?: number; source?: unknown };
      if (t.type === 'comment' && typeof t.source === 'string') found.push({ offset: t.offset!, source: t.source });
      else for (const value of Object.values(token)) if (typeof value === 'object') walk(value);
    }
  };
  for (const token of new (yaml().Parser)().parse(text)) walk(token);
  return found;
}

/** Reads the `# procmap-disable…` comments of a file: `-next-line` and `-line` for one line, plain for the whole file. */
export function readDirectives(text: string): Directive[] {
  if (!text.includes('procmap-disable')) return [];
  const lines = new LineIndex(text);
  const directives: Directive[] = [];
  for (const comment of comments(text)) {
    const match = DIRECTIVE.exec(comment.source.trimEnd());
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    // Everything after ` -- ` is the reason, for the reader.
    const list = match[2]!.split(/(?:^|\s)--(?:\s|$)/)[0]!;
    const rules = list.split(/[\s,]+/).filter((id) => id !== '');
    const range = lines.range(comment.offset, comment.offset + comment.source.length);
    const line =
      kind === 'procmap-disable-next-line' ? range.line + 1 : kind === 'procmap-disable-line' ? range.line : undefined;
    directives.push(line === undefined ? { kind, rules, range } : { kind, rules, line, range });
  }
  return directives;
}

function covers(directive: Directive, diagnostic: Diagnostic): boolean {
  if (directive.line !== undefined && directive.line !== diagnostic.line) return false;
  return directive.rules.length === 0 || directive.rules.includes(diagnostic.rule);
}

/**
 * Drops the diagnostics that directives suppress, then reports (as `unused-disable`) each directive, or rule named in
 * one, that suppressed nothing or names no rule. Syntax errors (`parse`) cannot be suppressed: the file was not read.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  directives: ReadonlyMap<string, readonly Directive[]>,
  options: SuppressionOptions,
): Diagnostic[] {
  if (directives.size === 0) return [...diagnostics];
  const used = new Map<Directive, Set<string>>();
  const kept = diagnostics.filter((diagnostic) => {
    if (diagnostic.rule === 'parse') return true;
    const covering = (directives.get(diagnostic.file) ?? []).filter((directive) => covers(directive, diagnostic));
    for (const directive of covering) used.set(directive, (used.get(directive) ?? new Set()).add(diagnostic.rule));
    return covering.length === 0;
  });
  for (const [file, list] of directives) {
    const severity = options.severityFor(file);
    if (severity === 'off') continue;
    const report = (directive: Directive, messageId: string, data: Record<string, string>) => {
      const message = fill(unusedDisable.messages[messageId]![options.lang], { directive: directive.kind, ...data });
      kept.push({ file, ...directive.range, severity, rule: unusedDisable.id, message });
    };
    for (const directive of list) {
      const suppressed = used.get(directive);
      if (directive.rules.length === 0 && !suppressed) report(directive, 'unused', {});
      for (const rule of directive.rules) {
        if (!RULES_BY_ID.has(rule)) {
          const hint = closest(rule, RULES_BY_ID.keys());
          report(directive, hint ? 'unknownRuleHint' : 'unknownRule', hint ? { rule, hint } : { rule });
        } else if (!suppressed?.has(rule)) {
          report(directive, directive.rules.length === 1 ? 'unused' : 'unusedRule', { rule });
        }
      }
    }
  }
  return kept;
}
