import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleHelpFromPage, type RuleHelp } from '../format/rule-help.js';
import { PACKAGE_ROOT } from '../paths.js';
import { ruleDocUrl } from '../rules/index.js';

/**
 * Each rule's help from its page in the installed package's docs/rules (shipped in package.json `files`); read only
 * for `--format sarif`, so a plain lint reads no page. A page that cannot be read leaves its rule with a link only.
 */
export function readRuleHelp(ids: readonly string[]): Map<string, RuleHelp> {
  const help = new Map<string, RuleHelp>();
  for (const id of ids) {
    let page: string;
    try {
      page = readFileSync(join(PACKAGE_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    } catch {
      continue;
    }
    const found = ruleHelpFromPage(page, ruleDocUrl(id));
    if (found) help.set(id, found);
  }
  return help;
}
