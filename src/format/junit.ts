import type { Diagnostic } from '../model/types.js';
import type { LintFormatter } from './types.js';
import { groupBy } from '../group-by.js';
import { located } from './located.js';
import { xmlEscaped as text } from '../xml-text.js';

function attr(value: string | number): string {
  return text(String(value))
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function testcase(file: string, d: Diagnostic): string {
  // A problem of the whole catalog has no place: named by its rule, said by procmap.
  const name = d.file === '' ? d.rule : `${d.rule} ${d.line}:${d.column}`;
  const head = `    <testcase classname="${attr(file)}" name="${attr(name)}" time="0">`;
  const words = `${d.severity}: ${d.message} (${d.rule})`;
  const detail = d.file === '' ? `${file}: ${words}` : located(d, words);
  // Only errors fail the run, so only errors fail the test report; warnings and infos are shown as output.
  const body =
    d.severity === 'error'
      ? `<failure type="${attr(d.rule)}" message="${attr(d.message)}">${text(detail)}</failure>`
      : `<system-out>${text(detail)}</system-out>`;
  return `${head}${body}</testcase>`;
}

/**
 * JUnit XML (the Jenkins / Ant dialect) for GitLab and Jenkins test reports: one test suite per file, one test case
 * per problem, and one passing test case for each clean file so the report counts every file.
 */
export const junit: LintFormatter = (report) => {
  // Every file checked has its suite, a clean one too, in the order of the paths.
  const byFile = groupBy(
    report.diagnostics,
    (d) => d.file,
    new Map<string, Diagnostic[]>((report.paths ?? []).map((file) => [file, []])),
  );
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, diagnostics] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = file === '' ? 'procmap' : file;
    const cases =
      diagnostics.length === 0
        ? [`    <testcase classname="${attr(name)}" name="procmap lint" time="0"/>`]
        : diagnostics.map((d) => testcase(name, d));
    const failed = diagnostics.filter((d) => d.severity === 'error').length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const body = suites.length > 0 ? `\n${suites.join('\n')}\n` : '\n';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="procmap" tests="${tests}" failures="${failures}" errors="0" time="0">${body}</testsuites>\n`;
};
