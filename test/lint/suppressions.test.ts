import { describe, expect, it } from 'vitest';
import { applySuppressions, readDirectives } from '../../src/lint/suppressions.js';
import type { Diagnostic } from '../../src/model/types.js';

const at = (line: number, rule: string): Diagnostic => ({
  file: 'a.yaml',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  severity: 'error',
  rule,
  message: `${rule} on ${line}`,
});

describe('readDirectives', () => {
  it('reads the three forms, their rules and their reason', () => {
    const text = [
      '# procmap-disable unused-body',
      'id: QT-1 # procmap-disable-line unique-id',
      '# procmap-disable-next-line within-time-limit, nfc -- Quyết định 12/QĐ-UBND gia hạn',
      'time_limit: 1d',
      '#procmap-disable-next-line',
      'title: X',
    ].join('\n');
    expect(readDirectives(text).map(({ kind, rules, line }) => ({ kind, rules, line }))).toEqual([
      { kind: 'procmap-disable', rules: ['unused-body'], line: undefined },
      { kind: 'procmap-disable-line', rules: ['unique-id'], line: 2 },
      { kind: 'procmap-disable-next-line', rules: ['within-time-limit', 'nfc'], line: 4 },
      { kind: 'procmap-disable-next-line', rules: [], line: 6 },
    ]);
  });

  it('points at the comment', () => {
    expect(readDirectives('id: QT-1   # procmap-disable-line unique-id\n')[0]!.range).toEqual({
      line: 1,
      column: 12,
      endLine: 1,
      endColumn: 44,
    });
  });

  it('ignores the words inside strings, block text and other comments', () => {
    const text =
      'title: "# procmap-disable-line nfc"\npurpose: |\n  # procmap-disable\n# see procmap-disable-line in the docs\n# procmap-disabled nfc\n';
    expect(readDirectives(text)).toEqual([]);
  });
});

describe('applySuppressions', () => {
  const options = { lang: 'en' as const, severityFor: () => 'warning' as const };
  const directives = (text: string) => new Map([['a.yaml', readDirectives(text)]]);

  it('drops what a directive covers and keeps the rest', () => {
    const kept = applySuppressions(
      [at(2, 'nfc'), at(2, 'unused-body'), at(3, 'nfc')],
      directives('# procmap-disable-next-line nfc\nx: 1\n'),
      options,
    );
    expect(kept.map((d) => d.message)).toEqual(['unused-body on 2', 'nfc on 3']);
  });

  it('lets a file-level directive with no rule cover every rule but parse', () => {
    const kept = applySuppressions(
      [at(5, 'schema'), at(9, 'nfc'), at(1, 'parse')],
      directives('# procmap-disable\n'),
      options,
    );
    expect(kept.map((d) => d.rule)).toEqual(['parse']);
  });

  it('reports a directive, or a rule named in one, that suppressed nothing, at the comment', () => {
    const kept = applySuppressions(
      [at(2, 'nfc')],
      directives('# procmap-disable-next-line nfc, unused-body\nx: 1\ny: 2 # procmap-disable-line\n'),
      options,
    );
    expect(kept.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)).toEqual([
      '1:1 warning unused-disable No "unused-body" problem here for "procmap-disable-next-line" to suppress; remove "unused-body" from it',
      '3:6 warning unused-disable This "procmap-disable-line" comment suppresses no problem; remove it',
    ]);
  });

  it('reports an unknown rule with the closest one, in the language asked', () => {
    const kept = applySuppressions([], directives('# procmap-disable within-time-limits\n'), {
      ...options,
      lang: 'vi',
    });
    expect(kept.map((d) => d.message)).toEqual([
      'Không có quy tắc "within-time-limits" trong "procmap-disable"; có phải là "within-time-limit"?',
    ]);
  });

  it('reports nothing when unused-disable is off for the file', () => {
    expect(
      applySuppressions([], directives('# procmap-disable nfc\n'), { ...options, severityFor: () => 'off' }),
    ).toEqual([]);
  });
});
