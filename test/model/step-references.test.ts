import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';

const FILE = [
  'id: QT-01',
  'title: Thử',
  'revision: 1',
  'effective: 2026-01-15',
  'time_limit: 2d',
  'steps:',
  // A no-break space pasted from Word in the id, a zero-width space after a target.
  '  - { id: "Bước\u00a01", name: Tiếp nhận, body: Bộ phận Một cửa, duration: 4h, next: ["Bước 2\u200b"] }',
  '  - { id: Bước 2, name: Trả, body: Bộ phận Một cửa, duration: 4h, next: { "Hợp lệ": "Bước\u202f3" } }',
  '  - { id: Bước 3, name: Lưu, body: Bộ phận Một cửa, duration: 1h }',
  '',
].join('\n');

describe('step ids and targets as a reader sees them', () => {
  it('reads a no-break space as a space and leaves out a zero-width one, where a step is named', () => {
    const steps = (loadFile('p.yaml', Buffer.from(FILE)).data as { steps: Record<string, unknown>[] }).steps;
    expect(steps.map((step) => [step.id, step.next])).toEqual([
      ['Bước 1', ['Bước 2']],
      ['Bước 2', { 'Hợp lệ': 'Bước 3' }],
      ['Bước 3', undefined],
    ]);
  });

  it('lints them as the steps they look like, the pasted and invisible characters told and fixable', () => {
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(FILE))]);
    // As any text: the no-break spaces are full-width-characters' to name, the zero-width one invisible-characters'.
    expect(diagnostics.map((d) => [d.rule, d.line, d.fix !== undefined])).toEqual([
      ['full-width-characters', 7, true],
      ['invisible-characters', 7, true],
      ['full-width-characters', 8, true],
    ]);
  });
});
