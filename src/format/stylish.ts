import { Chalk } from 'chalk';
import type { Diagnostic } from '../model/types.js';
import { groupBy } from '../group-by.js';
import { summarize, type LintFormatter } from './types.js';

const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    problem: 'problem',
    problems: 'problems',
    errors: 'errors',
    warnings: 'warnings',
    clean: 'files checked, no problems',
    cleanOne: 'file checked, no problems',
    fixable: '{errors} and {warnings} potentially fixable with the `--fix` option.',
  },
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    problem: 'vấn đề',
    problems: 'vấn đề',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    clean: 'tệp đã kiểm tra, không có vấn đề',
    cleanOne: 'tệp đã kiểm tra, không có vấn đề',
    fixable: '{errors} và {warnings} có thể sửa tự động bằng tùy chọn --fix.',
  },
} as const;

/** A diagnostic's severity in the run's language: `lỗi`, `cảnh báo`, `thông tin`. */
export function severityWord(severity: Diagnostic['severity'], lang: keyof typeof WORDS): string {
  return WORDS[lang][severity];
}

/** Diagnostics grouped by file, ESLint style, with a summary line. */
export const stylish: LintFormatter = (report, { color, lang }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const words = WORDS[lang];
  const byFile = groupBy(report.diagnostics, (d) => d.file);
  const out: string[] = [];
  for (const [file, diagnostics] of byFile) {
    out.push(c.underline(file));
    const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.rule] as const);
    // A loop, not Math.max(...): a hostile file's hundred thousand rows would overflow the call stack.
    const posWidth = rows.reduce((width, r) => Math.max(width, r[0].length), 0);
    const sevWidth = rows.reduce((width, r) => Math.max(width, words[r[1]].length), 0);
    for (const [pos, severity, message, rule] of rows) {
      const paint = severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
      out.push(
        `  ${c.dim(pos.padEnd(posWidth))}  ${paint(words[severity].padEnd(sevWidth))}  ${message}  ${c.dim(rule)}`,
      );
    }
    out.push('');
  }
  const { errors, warnings } = summarize(report.diagnostics);
  const total = report.diagnostics.length;
  if (total === 0) {
    out.push(c.green(`✔ ${report.files} ${report.files === 1 ? words.cleanOne : words.clean}`));
  } else {
    const paint = errors > 0 ? c.red.bold : c.yellow.bold;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const summary = `${count(total, words.problem, words.problems)} (${count(errors, words.error, words.errors)}, ${count(warnings, words.warning, words.warnings)})`;
    out.push(paint(`✖ ${summary}`));
    // As ESLint says it: officers learn from this line that --fix writes most corrections for them.
    const fixable = report.diagnostics.filter((d) => d.fix !== undefined && d.severity !== 'info');
    const fixableErrors = fixable.filter((d) => d.severity === 'error').length;
    if (fixable.length > 0)
      out.push(
        paint(
          `  ${words.fixable
            .replace('{errors}', count(fixableErrors, words.error, words.errors))
            .replace('{warnings}', count(fixable.length - fixableErrors, words.warning, words.warnings))}`,
        ),
      );
  }
  return `${out.join('\n')}\n`;
};
