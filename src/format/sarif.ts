import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import type { Severity } from '../model/types.js';
import { RULES, ruleDocUrl } from '../rules/index.js';
import { pathFromTop } from './source-path.js';
import type { LintFormatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base that relative result paths resolve against; GitHub code scanning maps it to the repository root. */
const SRCROOT = '%SRCROOT%';

/**
 * A file's location: relative to the root under %SRCROOT% when it is inside it, links resolved on both sides, else an
 * absolute file URI (a relative one would name a file of the repository that is not this one).
 */
function artifactUri(
  file: string,
  cwd: string | undefined,
  root: string | undefined,
  realPath?: (path: string) => string,
): { uri: string; uriBaseId?: string } {
  const path =
    cwd && root
      ? pathFromTop(file, cwd, root, realPath)
      : isAbsolute(file) || (root && /^\.\.(?:[\\/]|$)/.test(file))
        ? undefined
        : file;
  if (path === undefined) return { uri: pathToFileURL(cwd ? resolve(cwd, file) : file).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A rule's help in Vietnamese: its description, and its page (in English) as a link that says so. */
function pageLinkHelp(description: string, url: string): { text: string; markdown: string } {
  const link = 'Giải thích và ví dụ trên trang của quy tắc (bằng tiếng Anh)';
  return { text: `${description}.\n\n${link}: ${url}`, markdown: `${description}.\n\n[${link}](${url})` };
}

/** SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers: rule metadata with help links, one result per diagnostic. */
export const sarif: LintFormatter = (report, { lang, cwd, sourceRoot, realPath, ruleHelp }) => {
  const root = sourceRoot ?? cwd;
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const rules = RULES.map((rule) => {
    // The pages are in English: GitHub shows them under "Rule help", the one-line description above them. A run in
    // Vietnamese keeps to Vietnamese: the description, and the page as a link that says it is in English.
    const help = lang === 'en' ? ruleHelp?.get(rule.id) : undefined;
    return {
      id: rule.id,
      shortDescription: { text: rule.description[lang] },
      ...(help
        ? { fullDescription: { text: help.summary }, help: { text: help.text, markdown: help.markdown } }
        : lang === 'vi'
          ? { help: pageLinkHelp(rule.description.vi, ruleDocUrl(rule.id)) }
          : {}),
      helpUri: ruleDocUrl(rule.id),
      defaultConfiguration: rule.recommended
        ? { level: LEVEL[rule.severity] }
        : { level: LEVEL[rule.severity], enabled: false },
    };
  });
  const results = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule)! } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations:
      d.file === ''
        ? []
        : [
            {
              physicalLocation: {
                artifactLocation: artifactUri(d.file, cwd, root, realPath),
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'procmap',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/procmap/procmap',
            rules,
          },
        },
        ...(root
          ? { originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
