import { baseSettings } from '../../config/settings.js';
import { rulesJson, rulesText, type RuleRow, type SeverityWord } from '../../format/rules.js';
import type { Lang } from '../../i18n.js';
import type { Severity } from '../../model/types.js';
import { RULES, ruleDocUrl } from '../../rules/index.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT } from '../../errors.js';
import type { Io } from '../../node/io.js';

/** Options of `procmap rules`, as commander parses them. */
export interface RulesCommandOptions {
  format: 'text' | 'json';
  config?: string;
  lang: Lang;
}

const WORD: Record<Severity | 'off', SeverityWord> = { off: 'off', info: 'info', warning: 'warn', error: 'error' };

/** `procmap rules`: every rule with its severity under the configuration found from the current folder. */
export async function rulesCommand(options: RulesCommandOptions, io: Io): Promise<number> {
  const { config } = loadConfig(options.config, io.cwd);
  const settings = baseSettings(config);
  const rows: RuleRow[] = RULES.map((rule) => ({
    id: rule.id,
    severity: WORD[settings.get(rule.id)?.severity ?? rule.severity],
    defaultSeverity: WORD[rule.severity],
    recommended: rule.recommended,
    fixable: rule.fixable === true,
    description: rule.description[options.lang],
    docs: ruleDocUrl(rule.id),
    ...(rule.defaultOptions ? { options: rule.defaultOptions } : {}),
  }));
  io.stdout.write(options.format === 'json' ? rulesJson(rows) : rulesText(rows, options.lang));
  return EXIT.ok;
}
