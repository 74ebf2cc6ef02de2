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
    infos: 'infos',
    and: ' and ',
    clean: 'files checked, no problems',
    cleanOne: 'file checked, no problems',
    noErrors: 'files checked, no errors',
    noErrorsOne: 'file checked, no errors',
    notShown: '{counts} not shown (--quiet)',
    fixable: '{counts} potentially fixable with the `--fix` option.',
    fixableByLint: '{counts} potentially fixable with `procmap lint --fix`.',
    unchecked: 'Some rules have not yet checked {files} with the problems above: they run once those are fixed.',
    uncheckedFixable:
      'Some rules have not yet checked {files} with the problems above: they run once those are fixed, and `--fix` may then fix more.',
    uncheckedFixableByLint:
      'Some rules have not yet checked {files} with the problems above: they run once those are fixed, and `procmap lint --fix` may then fix more.',
    file: 'file',
    files: 'files',
  },
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    problem: 'vấn đề',
    problems: 'vấn đề',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    infos: 'thông tin',
    and: ' và ',
    clean: 'tệp đã kiểm tra, không có vấn đề',
    cleanOne: 'tệp đã kiểm tra, không có vấn đề',
    noErrors: 'tệp đã kiểm tra, không có lỗi',
    noErrorsOne: 'tệp đã kiểm tra, không có lỗi',
    notShown: '{counts} không hiển thị (--quiet)',
    fixable: '{counts} có thể sửa tự động bằng tùy chọn --fix.',
    fixableByLint: '{counts} có thể sửa tự động bằng lệnh procmap lint --fix.',
    unchecked: 'Một số quy tắc chưa kiểm tra {files} có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.',
    uncheckedFixable:
      'Một số quy tắc chưa kiểm tra {files} có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.',
    uncheckedFixableByLint:
      'Một số quy tắc chưa kiểm tra {files} có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và lệnh procmap lint --fix có thể sửa thêm.',
    file: 'tệp',
    files: 'tệp',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];
type Counts = { errors: number; warnings: number; infos: number };

/** "1 error, 2 warnings and 3 infos" (or, as a list, "…, 3 infos"): the kinds asked for, infos only when there are some. */
function countsInWords(counts: Counts, kinds: readonly (keyof Counts)[], words: Words, list = false): string {
  const one = { errors: words.error, warnings: words.warning, infos: words.info } as const;
  const parts = kinds
    .filter((kind) => kind !== 'infos' || counts.infos > 0)
    .map((kind) => `${counts[kind]} ${counts[kind] === 1 ? one[kind] : words[kind]}`);
  if (list || parts.length < 2) return parts.join(', ');
  return `${parts.slice(0, -1).join(', ')}${words.and}${parts.at(-1)!}`;
}

/** A diagnostic's severity in the run's language: `lỗi`, `cảnh báo`, `thông tin`. */
export function severityWord(severity: Diagnostic['severity'], lang: keyof typeof WORDS): string {
  return WORDS[lang][severity];
}

/** Diagnostics grouped by file, ESLint style, with a summary line. */
export const stylish: LintFormatter = (report, { color, lang, fixedBy }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const words = WORDS[lang];
  const byFile = groupBy(report.diagnostics, (d) => d.file);
  const out: string[] = [];
  for (const [file, diagnostics] of byFile) {
    // A problem of the whole catalog (a catalog rule that failed) is in no file and at no place: no heading, no "1:1".
    const whole = file === '';
    if (!whole) out.push(c.underline(file));
    const rows = diagnostics.map((d) => [whole ? '' : `${d.line}:${d.column}`, d.severity, d.message, d.rule] as const);
    // A loop, not Math.max(...): a hostile file's hundred thousand rows would overflow the call stack.
    const posWidth = rows.reduce((width, r) => Math.max(width, r[0].length), 0);
    const sevWidth = rows.reduce((width, r) => Math.max(width, words[r[1]].length), 0);
    for (const [pos, severity, message, rule] of rows) {
      const paint = severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
      const place = whole ? '' : `${c.dim(pos.padEnd(posWidth))}  `;
      out.push(`  ${place}${paint(words[severity].padEnd(sevWidth))}  ${message}  ${c.dim(rule)}`);
    }
    out.push('');
  }
  const found = summarize(report.diagnostics);
  // With --quiet only errors are listed: the summary counts those, and says how many others it left out.
  const quiet = report.hidden !== undefined;
  const kinds = quiet ? (['errors'] as const) : (['errors', 'warnings', 'infos'] as const);
  const hidden = report.hidden ? { errors: 0, ...report.hidden } : undefined;
  const notShown =
    hidden && hidden.warnings + hidden.infos > 0
      ? words.notShown.replace('{counts}', countsInWords(hidden, ['warnings', 'infos'], words))
      : undefined;
  const total = report.diagnostics.length;
  if (total === 0) {
    const one = report.files === 1;
    const clean = notShown
      ? `${one ? words.noErrorsOne : words.noErrors}; ${notShown}`
      : one
        ? words.cleanOne
        : words.clean;
    out.push(c.green(`✔ ${report.files} ${clean}`));
  } else {
    // ✖ for what can fail a run, as ESLint marks it; infos alone never fail one, so they get a neutral mark.
    const [mark, paint] =
      found.errors > 0 ? ['✖', c.red.bold] : found.warnings > 0 ? ['✖', c.yellow.bold] : ['ℹ', c.blue.bold];
    const problems = `${total} ${total === 1 ? words.problem : words.problems}`;
    out.push(
      paint(`${mark} ${problems} (${countsInWords(found, kinds, words, true)})${notShown ? `; ${notShown}` : ''}`),
    );
    // As ESLint says it: officers learn from this line that --fix writes most corrections for them.
    const fixable = summarize(report.diagnostics.filter((d) => d.fix !== undefined));
    if (fixable.errors + fixable.warnings + fixable.infos > 0)
      out.push(
        paint(
          `  ${(fixedBy ? words.fixableByLint : words.fixable).replace('{counts}', countsInWords(fixable, kinds, words))}`,
        ),
      );
    // The count above is what the rules that ran found: in a file whose shape stopped them, fixing it lets them run.
    const unchecked = report.unchecked ?? 0;
    if (unchecked > 0)
      out.push(
        paint(
          `  ${(report.uncheckedFixable ? (fixedBy ? words.uncheckedFixableByLint : words.uncheckedFixable) : words.unchecked).replace('{files}', `${unchecked} ${unchecked === 1 ? words.file : words.files}`)}`,
        ),
      );
  }
  return `${out.join('\n')}\n`;
};
