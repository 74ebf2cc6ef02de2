import { fill, type Lang, type Translated } from '../i18n.js';
import { linesOf } from '../model/list-item-indent.js';
import { escapeControls } from '../model/quote.js';

/** A rule's options indented under its severity's line, which YAML cannot read: where, and what to write instead. */
export interface OptionsUnderSeverity {
  /** 1-based line and column of the first option. */
  line: number;
  column: number;
  /** The last line of the options, 1-based. */
  endLine: number;
  message: string;
}

const MESSAGE: Translated = {
  en: 'The option "{option}" is indented under "{rule}: {severity}", whose severity is already on the rule\'s line, so YAML cannot read it: write "{rule}:" alone, with "severity: {severity}" and {options} on the lines under it, indented; or on one line: {rule}: [{severity}, { {inline} }]',
  vi: 'Tùy chọn "{option}" thụt vào dưới "{rule}: {severity}", mà mức độ đã ghi ngay trên dòng của quy tắc, nên YAML không đọc được: hãy ghi "{rule}:" một mình, rồi "mức độ: {severity}" và {options} ở các dòng bên dưới, thụt lề; hoặc trên một dòng: {rule}: [{severity}, { {inline} }]',
};

// `four-on-the-spot: warn` under `rules:`: a rule id and a severity word on its line (not a list, map or comment).
const RULE_LINE = /^( +)([a-z][a-z0-9-]*): *([^\s#[{"'][^#]*?) *(?:#.*)?$/;
const OPTION_LINE = /^( +)([^\s#:-][^:#]*): *([^#]*?) *(?:#.*)?$/;
const RULES_LINE = /^( *)rules: *(?:#.*)?$/;

const indentOf = (text: string) => /^ */.exec(text)![0].length;
const isBlank = (text: string) => /^\s*(?:#.*)?$/.test(text);

/**
 * The first rule in a `rules:` section written `id: severity` with option lines indented under it, as officers add
 * `max: 4h` below a rule they had on one line; undefined when the text holds none.
 */
export function optionsUnderSeverity(text: string, lang: Lang): OptionsUnderSeverity | undefined {
  const lines = linesOf(text.replace(/^\uFEFF/, ''));
  for (let i = 0; i < lines.length; i++) {
    const rule = RULE_LINE.exec(lines[i]!.text);
    if (
      !rule ||
      !underRules(
        lines.map((l) => l.text),
        i,
      )
    )
      continue;
    const options: { line: number; column: number; name: string; value: string }[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (isBlank(text)) continue;
      const option = OPTION_LINE.exec(text);
      if (!option || indentOf(text) <= rule[1]!.length) break;
      options.push({ line: j + 1, column: option[1]!.length + 1, name: option[2]!.trim(), value: option[3]! });
    }
    if (options.length === 0) continue;
    const pairs = options.map((o) => `${o.name}: ${o.value}`);
    const data = {
      option: escapeControls(pairs[0]!),
      rule: rule[2]!,
      severity: escapeControls(rule[3]!),
      options: pairs.map((p) => `"${escapeControls(p)}"`).join(lang === 'vi' ? ' và ' : ' and '),
      inline: escapeControls(pairs.join(', ')),
    };
    return {
      line: options[0]!.line,
      column: options[0]!.column,
      endLine: options.at(-1)!.line,
      message: fill(MESSAGE[lang], data),
    };
  }
  return undefined;
}

/** Whether line `index` is an entry of a `rules:` section (the configuration's own or an override's). */
function underRules(lines: readonly string[], index: number): boolean {
  const indent = indentOf(lines[index]!);
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (isBlank(text) || indentOf(text) >= indent) continue;
    // The nearest line less indented is the rule's parent: `rules:`, or something else.
    return RULES_LINE.test(text.replace(/^( *)- +/, (_, spaces: string) => `${spaces}  `));
  }
  return false;
}
