import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/classify.js';
import { markUnreadableBase } from '../../src/diff/unreadable-base.js';

const added = (procedure: string, file: string): Change => ({
  kind: 'procedure-added',
  level: 'info',
  procedure,
  step: null,
  before: null,
  after: 'Thủ tục',
  delta: null,
  reason: 'added',
  field: null,
  limit: null,
  title: 'Thủ tục',
  file,
});

describe('markUnreadableBase', () => {
  it('finds the base file at the same place in its side, whatever the sides are called, or by the id it held', () => {
    const broken = [
      { file: 'HEAD:procedures/xa/a.yaml', problem: '2:8: quote' },
      { file: 'old/tinh/b.yaml', id: 'QT-B', problem: '9:1: schema' },
    ];
    const marked = markUnreadableBase(
      [added('QT-A', 'procedures/xa/a.yaml'), added('QT-B', 'new/tinh/renamed.yaml'), added('QT-C', 'new/xa/c.yaml')],
      broken,
    );
    expect(marked.map((change) => change.unreadableBase?.file)).toEqual([
      'HEAD:procedures/xa/a.yaml',
      'old/tinh/b.yaml',
      undefined,
    ]);
  });

  it('reads a side named by a revision with a colon of its own (a reflog time) up to the colon git splits at', () => {
    const broken = [{ file: 'main@{2026-11-01 12:00}:a.yaml', problem: '2:8: quote' }];
    const [marked] = markUnreadableBase([added('QT-A', 'a.yaml')], broken);
    expect(marked!.unreadableBase?.file).toBe('main@{2026-11-01 12:00}:a.yaml');
  });
});
