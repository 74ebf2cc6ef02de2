import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import type { Severity } from '../model/types.js';
import { RULES, ruleDocUrl } from '../rules/index.js';
import type { LintFormatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base that relative result paths resolve against; GitHub code scanning maps it to the repository root. */
const SRCROOT = '%SRCROOT%';

function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers: rule metadata with help links, one result per diagnostic. */
export const sarif: LintFormatter = (report, { lang, cwd }) => {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description[lang] },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: rule.recommended
      ? { level: LEVEL[rule.severity] }
      : { level: LEVEL[rule.severity], enabled: false },
  }));
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
                artifactLocation: artifactUri(d.file),
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
        ...(cwd
          ? { originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
