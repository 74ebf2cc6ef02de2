import type { Command } from '@commander-js/extra-typings';
import { type CommandContext, configOption, helpTexts, langOption, settled, type Settled } from '../define.js';
import { baseSettings, smallestPreset } from '../../config/settings.js';
import { rulesJson, rulesText, type RuleRow, type SeverityWord } from '../../format/rules.js';
import type { Severity } from '../../model/types.js';
import { RULES, ruleDocUrl } from '../../rules/index.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT } from '../../errors.js';
import type { Io } from '../../node/io.js';
import type { Lang } from '../../i18n.js';
import { formatOption } from '../format-names.js';

const HELP = helpTexts({
  en: {
    description: 'List every lint rule with its severity under the current configuration',
    format: 'output format',
    after:
      '\nSeverities are those of the preset and `rules`; `overrides` may change them for some files.\nEach rule is documented in docs/rules/<id>.md.\n\nExamples:\n  procmap rules\n  procmap rules --format json',
  },
  vi: {
    description: 'Liệt kê mọi quy tắc kiểm tra cùng mức độ của từng quy tắc theo cấu hình hiện tại',
    format: 'định dạng kết quả',
    after:
      '\nMức độ là mức của bộ quy tắc chọn sẵn (preset) và của mục `rules`; mục `overrides` có thể đổi mức độ cho một số tệp.\nMỗi quy tắc được mô tả trong docs/rules/<id>.md.\n\nVí dụ:\n  procmap rules\n  procmap rules --format json',
  },
});

/** `procmap rules` on the command line: arguments, options, help and examples, in the language of help. */
function declareRules(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('rules')
    .description(help.description)
    .addOption(formatOption(help.format, ['text', 'json'] as const, 'text'))
    .addOption(configOption(lang, 'cwd'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap rules`, as commander parses them. */
export type RulesCommandOptions = Settled<ReturnType<ReturnType<typeof declareRules>['opts']>>;

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
    preset: smallestPreset(rule),
    fixable: rule.fixable === true,
    description: rule.description[options.lang],
    docs: ruleDocUrl(rule.id),
    ...(rule.defaultOptions ? { options: rule.defaultOptions } : {}),
  }));
  io.stdout.write(options.format === 'json' ? rulesJson(rows) : rulesText(rows, options.lang));
  return EXIT.ok;
}

/** Defines `procmap rules` on the program; main loads this module only when the command is run or listed. */
export function defineRulesCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareRules(program, lang).action(async (options) => setExit(await rulesCommand(settled(options), io)));
}
