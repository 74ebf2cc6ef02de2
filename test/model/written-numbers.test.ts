import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';

const load = (text: string) => loadFile('p.yaml', Buffer.from(text)).data as Record<string, unknown>;

const FILE = `id: QT-01
title: Thử
code: 1.001650
revision: 1
effective: 2026-01-15
time_limit: 5d
steps:
  - { id: 1.1, name: Tiếp nhận, body: A, duration: 4h, next: 1.10 }
  - { id: 1.10, name: Thẩm định, body: A, duration: 1d, next: { Đạt: 2.5, Không đạt: 1.1 } }
  - { id: 2.5, name: Ký, body: A, duration: 4h, next: [3, 03] }
  - { id: 3, name: Trả, body: A, duration: 4h, next: [] }
`;

describe('codes and step ids written as numbers keep their digits', () => {
  it('reads the national code and step ids as written, not as numbers', () => {
    const data = load(FILE);
    expect(data.code).toBe('1.001650');
    const steps = data.steps as Record<string, unknown>[];
    expect(steps.map((step) => step.id)).toEqual(['1.1', '1.10', '2.5', 3]);
    expect(steps.map((step) => step.next)).toEqual([
      '1.10',
      { Đạt: '2.5', 'Không đạt': '1.1' },
      // Whole numbers are the step numbers they always were: 03 is step 3.
      [3, 3],
      [],
    ]);
  });

  it('does the same on the path that keeps positions (a file with an anchor)', () => {
    const data = load(FILE.replace('title: Thử', 'title: &t Thử\nfield: *t'));
    expect(data.code).toBe('1.001650');
    expect((data.steps as Record<string, unknown>[])[1]!.id).toBe('1.10');
  });

  it('leaves quantities alone', () => {
    const data = load(FILE);
    expect(data.revision).toBe(1);
    // A quoted code and a number elsewhere are as read.
    expect(load(FILE.replace('code: 1.001650', 'code: "2.500815"\nfee: 50000')).fee).toBe(50000);
  });

  it('reads a fee with its thousands grouped by points as Vietnamese writes it, and keeps other decimals as written', () => {
    const data = load(
      FILE.replace(
        'time_limit: 5d',
        'time_limit: 5d\nfee: 600.000\nchannels:\n  - { kind: online, fee: 100.5 }\n  - { kind: in_person, fee: 20000 }',
      ),
    );
    expect(data.fee).toBe(600000);
    expect((data.channels as Record<string, unknown>[]).map((channel) => channel.fee)).toEqual(['100.5', 20000]);
  });
});
