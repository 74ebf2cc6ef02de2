import { summarize, type LintFormatter } from './types.js';

/** `{"diagnostics":[…],"summary":{"files","errors","warnings","infos"}}`, for scripts. */
export const json: LintFormatter = (report) => {
  const { errors, warnings, infos } = summarize(report.diagnostics);
  return `${JSON.stringify({ diagnostics: report.diagnostics, summary: { files: report.files, errors, warnings, infos } }, null, 2)}\n`;
};
