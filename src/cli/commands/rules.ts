import type { Command } from '@commander-js/extra-typings';
import { type CommandContext, configOption, helpTexts, langOption, settled, type Settled } from '../define.js';
import { baseSettings, smallestPreset } from '../../config/settings.js';
import { rulesJson, rulesText, type RuleRow, type SeverityWord } from '../../format/rules.js';
import type { Severity } from '../../model/types.js';
import { RULES, ruleDocUrl } from '../../rules/index.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import { closest } from '../../model/suggest.js';
import { escapeControls } from '../../model/quote.js';
import type { Rule } from '../../rules/types.js';
import type { Io } from '../../node/io.js';
import type { Lang } from '../../i18n.js';
import { formatOption } from '../format-names.js';

const HELP = helpTexts({
  en: {
    description: 'List every lint rule with its severity under the current configuration',
    ids: 'the rules to show, by id (default: every rule)',
    format: 'output format',
    after:
      '\nSeverities are those of the preset and `rules`; `overrides` may change them for some files.\nThe help of each rule: `procmap rules <id>`.\n\nExamples:\n  procmap rules\n  procmap rules within-time-limit\n  procmap rules --format json',
  },
  vi: {
    description: 'Liệt kê mọi quy tắc kiểm tra cùng mức độ của từng quy tắc theo cấu hình hiện tại',
    ids: 'các quy tắc cần xem, theo mã (mặc định: mọi quy tắc)',
    format: 'định dạng kết quả',
    after:
      '\nMức độ là mức của bộ quy tắc chọn sẵn (preset) và của mục `rules`; mục `overrides` có thể đổi mức độ cho một số tệp.\nHướng dẫn của từng quy tắc: `procmap rules <mã quy tắc>`.\n\nVí dụ:\n  procmap rules\n  procmap rules within-time-limit\n  procmap rules --format json',
  },
});

/** `procmap rules` on the command line: arguments, options, help and examples, in the language of help. */
function declareRules(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('rules')
    .description(help.description)
    .argument('[ids...]', help.ids)
    .addOption(formatOption(help.format, ['text', 'json'] as const, 'text'))
    .addOption(configOption(lang, 'cwd'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap rules`, as commander parses them. */
export type RulesCommandOptions = Settled<ReturnType<ReturnType<typeof declareRules>['opts']>>;

const WORD: Record<Severity | 'off', SeverityWord> = { off: 'off', info: 'info', warning: 'warn', error: 'error' };

// Marks around an id copied with it: quotes, brackets.
const ENCLOSING = /^["'“”‘’«»()[\]\s]+|["'“”‘’«»()[\]\s]+$/gu;

/**
 * An id as copied from a rule's page, a Word or PDF document or a terminal, read as the id: a dash printed as another
 * (‐ – —), a zero-width character or a non-breaking space it carried, quotes or brackets around it, capitals.
 */
function typedRuleId(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Pd}/gu, '-')
    .replace(ENCLOSING, '')
    .toLowerCase();
}

/**
 * The rules named, in the order named; an id that names no rule is refused with the closest one. An officer types
 * `procmap rules within-time-limit` after reading the id at the end of a problem's line.
 */
function namedRules(ids: readonly string[]): readonly Rule[] {
  if (ids.length === 0) return RULES;
  const byId = new Map(RULES.map((rule) => [rule.id, rule]));
  const read = ids.map(typedRuleId);
  const empty = read.indexOf('');
  if (empty >= 0)
    throw new UsageError({
      en: `Argument ${empty + 1} is empty: write a rule's id, e.g. procmap rules within-time-limit`,
      vi: `Tham số thứ ${empty + 1} bị trống: hãy ghi mã quy tắc, ví dụ procmap rules within-time-limit`,
    });
  return [...new Set(read)].map((id) => {
    const rule = byId.get(id);
    if (rule !== undefined) return rule;
    const near = closest(id, byId.keys());
    const shown = escapeControls(id);
    throw new UsageError({
      en: `There is no rule "${shown}"${near === undefined ? '' : `; did you mean "${near}"?`} (procmap rules lists every rule)`,
      vi: `Không có quy tắc "${shown}"${near === undefined ? '' : `; có phải là "${near}"?`} (procmap rules liệt kê mọi quy tắc)`,
    });
  });
}

/** `procmap rules [ids...]`: the rules with their severity under the configuration found from the current folder. */
export async function rulesCommand(ids: readonly string[], options: RulesCommandOptions, io: Io): Promise<number> {
  const rules = namedRules(ids);
  const { config } = loadConfig(options.config, io.cwd);
  const settings = baseSettings(config);
  const rows: RuleRow[] = rules.map((rule) => ({
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
  io.stdout.write(
    options.format === 'json' ? rulesJson(rows) : rulesText(rows, options.lang, { pages: ids.length > 0 }),
  );
  return EXIT.ok;
}

/** Defines `procmap rules` on the program; main loads this module only when the command is run or listed. */
export function defineRulesCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareRules(program, lang).action(async (ids, options) => setExit(await rulesCommand(ids, settled(options), io)));
}
