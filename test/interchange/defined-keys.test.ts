import { describe, expect, it } from 'vitest';
import { keyedByDefinitions } from '../../src/interchange/defined-keys.js';
import type { Procedure } from '../../src/model/types.js';

const procedure = (bodies: Procedure['bodies'], definitions: Procedure['definitions']): Procedure =>
  ({
    id: 'QT-01',
    title: 'Cấp bản sao trích lục hộ tịch',
    revision: 1,
    effective: '2026-07-01',
    level: 'commune',
    time_limit: '1d',
    bodies,
    definitions,
    steps: Object.keys(bodies).map((body, i) => ({ id: `s${i + 1}`, name: `Bước ${i + 1}`, body, duration: '2h' })),
  }) as Procedure;

describe('keyedByDefinitions: bodies keyed as the document abbreviates them', () => {
  it('gives a body the key its definition names, and each step follows', () => {
    const keyed = keyedByDefinitions(
      procedure({ TTPVHCCPKB: { name: 'Trung tâm Phục vụ hành chính công phường Kinh Bắc', single_window: true } }, [
        { term: 'TTPVHCC', meaning: 'Trung tâm phục vụ hành chính công  phường Kinh Bắc' },
      ]),
    );
    expect(keyed.bodies).toEqual({
      TTPVHCC: { name: 'Trung tâm Phục vụ hành chính công phường Kinh Bắc', single_window: true },
    });
    expect(keyed.steps.map((s) => s.body)).toEqual(['TTPVHCC']);
  });

  it('reads a body the step table names by its abbreviation as the meaning, keyed by the abbreviation without accents', () => {
    const keyed = keyedByDefinitions(
      procedure({ L: { name: 'LĐ' }, C: { name: 'CV' } }, [
        { term: 'LĐ', meaning: 'Lãnh đạo Phòng Tư pháp' },
        { term: 'CV', meaning: 'Chuyên viên Phòng Tư pháp' },
      ]),
    );
    expect(keyed.bodies).toEqual({
      LD: { name: 'Lãnh đạo Phòng Tư pháp' },
      CV: { name: 'Chuyên viên Phòng Tư pháp' },
    });
    expect(keyed.steps.map((s) => s.body)).toEqual(['LD', 'CV']);
  });

  it('passes over a term that is no key, and a key another body has', () => {
    const bodies = { BPTNTKQ: { name: 'Bộ phận tiếp nhận và trả kết quả' }, UB: { name: 'Ủy ban nhân dân xã' } };
    const unchanged = procedure({ ...bodies, UBND: { name: 'Ủy ban nhân dân' } }, [
      { term: 'Bộ phận TN&TKQ', meaning: 'Bộ phận tiếp nhận và trả kết quả' },
      { term: 'UBND', meaning: 'Ủy ban nhân dân xã' },
    ]);
    expect(keyedByDefinitions(unchanged)).toBe(unchanged);
  });
});
