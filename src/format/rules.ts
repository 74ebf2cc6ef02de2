import type { Lang } from '../i18n.js';

/** A severity as the configuration file writes it. */
export type SeverityWord = 'off' | 'info' | 'warn' | 'error';

/** One line of `procmap rules`. */
export interface RuleRow {
  id: string;
  /** Under the current configuration, before overrides. */
  severity: SeverityWord;
  /** When the rule is on: its severity in the presets. */
  defaultSeverity: SeverityWord;
  /** In `recommended`; every rule is in `all`. */
  recommended: boolean;
  /** The smallest preset that turns the rule on: `recommended`, `canonical` or `all`. */
  preset: 'recommended' | 'canonical' | 'all';
  fixable: boolean;
  description: string;
  docs: string;
  options?: Readonly<Record<string, string | number | boolean>>;
}

const HEADER = {
  en: ['Rule', 'Severity', 'Preset', 'Fix', 'Description'],
  vi: ['Quy tắc', 'Mức độ', 'Bộ', 'Sửa', 'Mô tả'],
} as const;

const WORDS = { en: { fixable: 'yes', page: 'Documentation' }, vi: { fixable: 'có', page: 'Tài liệu' } } as const;

// The Vietnamese table says severities in the words lint reports them in (and the configuration reads), and each
// preset by its meaning with the name `extends:` takes after it: English words in it read as untranslated.
const SEVERITY_VI: Record<SeverityWord, string> = { off: 'tắt', info: 'thông tin', warn: 'cảnh báo', error: 'lỗi' };
const PRESET_VI: Record<RuleRow['preset'], string> = {
  recommended: 'khuyên dùng (recommended)',
  canonical: 'chuẩn hóa (canonical)',
  all: 'tất cả (all)',
};

/** The rules as an aligned table for people; with `pages`, for rules asked for by id, each rule's page under it. */
export function rulesText(rows: readonly RuleRow[], lang: Lang, { pages = false } = {}): string {
  const lines = [
    [...HEADER[lang]],
    ...rows.map((row) => [
      row.id,
      lang === 'vi' ? SEVERITY_VI[row.severity] : row.severity,
      lang === 'vi' ? PRESET_VI[row.preset] : row.preset,
      row.fixable ? WORDS[lang].fixable : '',
      row.description,
    ]),
  ];
  const widths = lines[0]!.slice(0, -1).map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  return `${lines
    .map((line) =>
      line
        .map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n${pages ? rows.map((row) => `${WORDS[lang].page} ${row.id}: ${row.docs}\n`).join('') : ''}`;
}

/** The rules as JSON for scripts: `{"rules":[{id, severity, defaultSeverity, recommended, preset, fixable, description, docs}]}`. */
export function rulesJson(rows: readonly RuleRow[]): string {
  return `${JSON.stringify({ rules: rows }, null, 2)}\n`;
}
