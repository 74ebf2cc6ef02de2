import { describe, expect, it } from 'vitest';
import { keepKeys } from '../../src/interchange/kept-keys.js';
import type { Procedure, Step } from '../../src/model/types.js';

const procedure = (bodies: Record<string, string>, steps: Step[]): Procedure => ({
  id: 'QT-01',
  title: 'Cấp phép',
  revision: 1,
  effective: '2025-07-01',
  time_limit: '5d',
  bodies: Object.fromEntries(Object.entries(bodies).map(([key, name]) => [key, { name }])),
  steps,
});
const step = (id: string, name: string, body: string, next?: Step['next']): Step => ({
  id,
  name,
  body,
  duration: '1d',
  ...(next === undefined ? {} : { next }),
});

describe('keepKeys: an imported procedure takes the keys of the file it replaces', () => {
  it('renames bodies and steps found by name, and every reference to them', () => {
    const previous = procedure({ MC: 'Bộ phận Một cửa', LD: 'Lãnh đạo UBND' }, [
      step('receive', 'Tiếp nhận hồ sơ', 'MC'),
      step('sign', 'Ký duyệt', 'LD', { 'Đồng ý': 'return', 'Không đồng ý': 'refuse' }),
      step('return', 'Trả kết quả', 'MC', []),
      step('refuse', 'Trả lại hồ sơ', 'MC'),
    ]);
    // Spaces, case and the composition of the letters differ, as they do between a document and a file.
    const imported = procedure({ BPMC: 'Bộ  phận một cửa', LDU: 'Lãnh đạo UBND'.normalize('NFD') }, [
      step('s1', 'Tiếp nhận hồ sơ', 'BPMC', ['s2']),
      step('s2', 'ký duyệt', 'LDU', { 'Đồng ý': 's3', 'Không đồng ý': 's4' }),
      step('s3', 'Trả kết quả', 'BPMC', []),
      step('s4', 'Trả lại hồ sơ', 'BPMC'),
    ]);
    const kept = keepKeys(imported, previous);
    expect(kept.bodies).toBe(2);
    expect(kept.steps).toBe(4);
    expect(Object.keys(kept.procedure.bodies)).toEqual(['MC', 'LD']);
    expect(kept.procedure.steps.map(({ id, body, next }) => [id, body, next])).toEqual([
      ['receive', 'MC', ['sign']],
      ['sign', 'LD', { 'Đồng ý': 'return', 'Không đồng ý': 'refuse' }],
      ['return', 'MC', []],
      ['refuse', 'MC', undefined],
    ]);
    // The imported procedure itself is not changed.
    expect(imported.steps[0]!.id).toBe('s1');
  });

  it('keeps the imported key of a name that is new, twice in either file, or already the same key', () => {
    const previous = procedure({ MC: 'Một cửa', CV: 'Chuyên viên', X: 'Phòng A', Y: 'Phòng A' }, [
      step('a', 'Kiểm tra', 'CV'),
      step('b', 'Kiểm tra', 'CV'),
      step('c', 'Ký', 'MC'),
    ]);
    const imported = procedure({ MC: 'Một cửa', P: 'Phòng A', N: 'Phòng mới' }, [
      step('s1', 'Kiểm tra', 'MC'),
      step('s2', 'Ký', 'P'),
      step('s3', 'Bước mới', 'N'),
    ]);
    const kept = keepKeys(imported, previous);
    expect(Object.keys(kept.procedure.bodies)).toEqual(['MC', 'P', 'N']);
    expect(kept.procedure.steps.map((s) => s.id)).toEqual(['s1', 'c', 's3']);
    expect({ bodies: kept.bodies, steps: kept.steps }).toEqual({ bodies: 0, steps: 1 });
  });

  it('never gives two steps or two bodies one key', () => {
    // "Ký" would become s1, the key an unmatched imported step already has: both keep their own.
    const previous = procedure({ MC: 'Một cửa' }, [step('s1', 'Ký', 'MC'), step('s2', 'Trả', 'MC')]);
    const imported = procedure({ MC: 'Một cửa', CV: 'Chuyên viên' }, [
      step('s1', 'Thẩm định', 'CV'),
      step('s9', 'Ký', 'MC'),
      step('s3', 'Trả', 'MC'),
    ]);
    const kept = keepKeys(imported, previous);
    expect(kept.procedure.steps.map((s) => s.id)).toEqual(['s1', 's9', 's2']);
    expect(kept.steps).toBe(1);
    // Two imported bodies whose renaming would swap into each other's keys are fine: the final keys differ.
    const swapped = keepKeys(
      procedure({ A: 'Một', B: 'Hai' }, [step('x', 'Bước', 'A')]),
      procedure({ B: 'Một', A: 'Hai' }, [step('x', 'Bước', 'B')]),
    );
    expect(swapped.procedure.bodies).toEqual({ B: { name: 'Một' }, A: { name: 'Hai' } });
    expect(swapped.procedure.steps[0]!.body).toBe('B');
  });

  it("keeps the file's spelling of a time that is the same, and the document's of one that is not", () => {
    const previous = { ...procedure({ MC: 'Một cửa' }, [step('a', 'Tiếp nhận', 'MC'), step('b', 'Trả', 'MC')]) };
    previous.steps[0]!.duration = '2h';
    previous.steps[1]!.duration = '4h';
    const imported = procedure({ MC: 'Một cửa' }, [step('s1', 'Tiếp nhận', 'MC'), step('s2', 'Trả', 'MC')]);
    imported.time_limit = '05 ngày làm việc';
    imported.steps[0]!.duration = '2 giờ làm việc';
    imported.steps[1]!.duration = '3 giờ làm việc';
    const kept = keepKeys(imported, previous).procedure;
    expect(kept.time_limit).toBe('5d');
    expect(kept.steps.map((s) => [s.id, s.duration])).toEqual([
      ['a', '2h'],
      ['b', '3 giờ làm việc'],
    ]);
    // Half a working day is the file's four working hours, and a day its eight: the same time, in other units.
    imported.steps[0]!.duration = '1/4 ngày';
    imported.steps[1]!.duration = '1/2 ngày làm việc';
    expect(keepKeys(imported, previous).procedure.steps.map((s) => s.duration)).toEqual(['2h', '4h']);
    // With nothing renamed, the spellings are still the file's.
    const same = keepKeys({ ...imported, steps: [{ ...imported.steps[0]!, id: 'a' }] }, previous);
    expect({ bodies: same.bodies, steps: same.steps, duration: same.procedure.steps[0]!.duration }).toEqual({
      bodies: 0,
      steps: 0,
      duration: '2h',
    });
  });

  it("counts days in the catalog's working hours: half a day of 8.5 hours is 4 h 15 min, not the file's 4 h", () => {
    const previous = procedure({ MC: 'Một cửa' }, [step('a', 'Tiếp nhận', 'MC'), step('b', 'Trả', 'MC')]);
    previous.time_limit = '85h';
    previous.steps[0]!.duration = '4h';
    previous.steps[1]!.duration = '4.25h';
    const imported = procedure({ MC: 'Một cửa' }, [step('a', 'Tiếp nhận', 'MC'), step('b', 'Trả', 'MC')]);
    imported.time_limit = '10 ngày làm việc';
    imported.steps[0]!.duration = '1/2 ngày';
    imported.steps[1]!.duration = '1/2 ngày';
    const kept = keepKeys(imported, previous, 8.5).procedure;
    expect([kept.time_limit, ...kept.steps.map((s) => s.duration)]).toEqual(['85h', '1/2 ngày', '4.25h']);
  });

  it('settles a chain of clashes in one pass: each renaming dropped gives back a key the one before wanted', () => {
    // Imported k0…k(n-1); the file names k(i+1) what the import calls k(i), and k(n-1)'s name is new. Each renaming
    // clashes only once the next is dropped. Sized so that settling the clashes pass after pass runs past the timeout.
    const n = 20_000;
    const imported = procedure(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `Đơn vị ${i}`])), [
      step('s1', 'Bước', 'k0'),
    ]);
    const previous = procedure(
      Object.fromEntries(Array.from({ length: n - 1 }, (_, i) => [`k${i + 1}`, `Đơn vị ${i}`])),
      [step('s1', 'Bước', 'k1')],
    );
    const kept = keepKeys(imported, previous);
    expect(kept.bodies).toBe(0);
    expect(Object.keys(kept.procedure.bodies)).toEqual(Object.keys(imported.bodies));
  }, 10_000);
});
