import { summarize, type LintFormatter } from './types.js';

/**
 * `{"diagnostics":[…],"summary":{"files","errors","warnings","infos"}}`, for scripts (docs/formats.md). The summary
 * counts every problem found: with --quiet, `diagnostics` lists the errors only, and the counts still say how many
 * warnings and infos there were, as --max-warnings counts them.
 */
export const json: LintFormatter = (report) => {
  const { errors, warnings, infos } = summarize(report.diagnostics);
  const hidden = report.hidden ?? { warnings: 0, infos: 0 };
  const summary = { files: report.files, errors, warnings: warnings + hidden.warnings, infos: infos + hidden.infos };
  return `${JSON.stringify({ diagnostics: report.diagnostics, summary }, null, 2)}\n`;
};
