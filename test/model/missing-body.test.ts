import { describe, expect, it } from 'vitest';
import { missingBody, unitInRole } from '../../src/model/missing-body.js';

describe('unitInRole', () => {
  it.each([
    ['Văn thư UBND xã', 'UBND xã'],
    ['Chủ tịch hoặc Phó Chủ tịch UBND phường', 'UBND phường'],
    ['Chuyên viên Phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường'],
    ['Công chức Trung tâm phối hợp công chức Tư pháp', undefined],
    ['Công chức BPMC', 'BPMC'],
    ['Chuyên viên', undefined],
    ['Công chức Tư pháp - Hộ tịch', undefined],
    ['Cán bộ cơ sở', undefined],
  ])('%s → %s', (role, unit) => {
    expect(unitInRole(role)).toBe(unit);
  });
});

describe('missingBody', () => {
  const steps = [
    { id: 'B1', body: 'MC', role: 'Công chức tiếp nhận' },
    { id: 'B2', body: 'TP', role: 'Chuyên viên' },
    { id: 'B3', role: 'Chuyên viên' },
  ];
  const bodies = { MC: { name: 'Bộ phận Một cửa' }, TP: { name: 'Phòng Tư pháp' } };

  it('gives the body of the nearest step with the same role, not for sure', () => {
    expect(missingBody({ bodies, steps }, 2)).toEqual({ body: 'TP', sure: false, declared: ['MC', 'TP'] });
  });

  it('gives the declared body a role names, for sure', () => {
    const named = [...steps.slice(0, 2), { id: 'B3', role: 'Chuyên viên Phòng Tư pháp' }];
    expect(missingBody({ bodies, steps: named }, 2)).toEqual({ body: 'TP', sure: true, declared: ['MC', 'TP'] });
  });

  it('names no body when nothing says which, with bodies declared', () => {
    const alone = [steps[0], { id: 'B2', role: 'Chuyên viên' }];
    expect(missingBody({ agency: 'UBND xã A', bodies, steps: alone }, 1)).toEqual({
      sure: false,
      declared: ['MC', 'TP'],
    });
  });

  it("names a unit in full as the agency names it: the role's UBND xã is the agency's UBND xã Tiên Du", () => {
    const drafted = [
      { id: 'B1', body: 'Bộ phận Một cửa' },
      { id: 'B2', role: 'Văn thư UBND xã' },
    ];
    expect(missingBody({ agency: 'UBND xã Tiên Du', steps: drafted }, 1)).toEqual({
      body: 'UBND xã Tiên Du',
      sure: true,
      declared: [],
    });
    expect(missingBody({ agency: 'UBND xã Tiên Sơn', steps: drafted }, 1).body).toBe('UBND xã Tiên Sơn');
    expect(missingBody({ agency: 'Công an xã Tiên Du', steps: drafted }, 1).body).toBe('UBND xã');
  });
});
