import { defineRule } from './define-rule.js';

/**
 * A `# procmap-disable…` comment that suppresses nothing hides the next real problem on its line; reported by the
 * linter's suppression pass (src/lint/suppressions.ts), listed here for its metadata and messages.
 */
export const rule = defineRule({
  id: 'unused-disable',
  description: {
    en: 'Every procmap-disable comment should suppress a problem',
    vi: 'Mỗi chú thích procmap-disable phải thực sự bỏ qua một vấn đề',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    unused: {
      en: 'This "{directive}" comment suppresses no problem; remove it',
      vi: 'Chú thích "{directive}" này không bỏ qua vấn đề nào; hãy xóa nó',
    },
    unusedRule: {
      en: 'No "{rule}" problem here for "{directive}" to suppress; remove "{rule}" from it',
      vi: 'Không có vấn đề "{rule}" nào để "{directive}" bỏ qua; hãy bỏ "{rule}" khỏi chú thích',
    },
    unknownRule: { en: 'Unknown rule "{rule}" in "{directive}"', vi: 'Không có quy tắc "{rule}" trong "{directive}"' },
    unknownRuleHint: {
      en: 'Unknown rule "{rule}" in "{directive}"; did you mean "{hint}"?',
      vi: 'Không có quy tắc "{rule}" trong "{directive}"; có phải là "{hint}"?',
    },
  },
});
