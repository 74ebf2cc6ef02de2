import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/types.js';
import { planFixes } from '../../src/node/fix-writer.js';

const AT = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A problem in `file` whose fix writes `text` over the start of the first line. */
function fixable(file: string, text: string): Diagnostic {
  return { ...AT, file, severity: 'warning', rule: 'test', message: 'm', fix: { range: AT, text } };
}

describe('planFixes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-plan-'));
  const path = join(dir, 'a.yaml');
  writeFileSync(path, 'title: x\n');
  // The fixed text is linted again: a text that no longer reads as YAML is a parse error.
  const relint = (file: string, text: string): Diagnostic[] =>
    text.includes('[') ? [{ ...AT, file, severity: 'error', rule: 'parse', message: 'broken' }] : [];

  it('plans a fix that leaves the file readable', async () => {
    const plan = await planFixes([fixable('a.yaml', '# ok\n')], () => path, relint);
    expect(plan.fixed.map((f) => f.after)).toEqual(['# ok\ntitle: x\n']);
    expect(plan.unsafe).toEqual([]);
  });

  it('leaves a file whose fixes would break it as it was, and names it so that the command can say so', async () => {
    const plan = await planFixes([fixable('a.yaml', '[')], () => path, relint);
    expect(plan.fixed).toEqual([]);
    expect(plan.unsafe).toEqual(['a.yaml']);
  });
});
