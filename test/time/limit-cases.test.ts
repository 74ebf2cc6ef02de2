import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import type { Step } from '../../src/model/types.js';
import { analyseTime } from '../../src/time/analyse.js';
import { caseFlows } from '../../src/time/case-flows.js';
import {
  branchCase,
  branchIsCase,
  exceptionCases,
  uncountedCases,
  unsettledCases,
} from '../../src/time/limit-cases.js';

const LIMIT =
  'Không quá 10 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ; trường hợp phải xác minh thì không quá 15 ngày làm việc';

/** Receipt, a search that decides whether to verify, verification, the slip, the return: the Phiếu lý lịch tư pháp. */
function steps(branches: Record<string, string>): Step[] {
  return [
    { id: 'B1', name: 'Tiếp nhận', body: 'TN', duration: '4h' },
    { id: 'B2', name: 'Tra cứu', body: 'TP', duration: '2d', next: branches },
    { id: 'B3', name: 'Xác minh', body: 'CA', duration: '5d' },
    { id: 'B4', name: 'Lập phiếu', body: 'TP', duration: '2.5d' },
    { id: 'B5', name: 'Trả kết quả', body: 'TN', duration: '4h' },
  ] as Step[];
}

describe('exceptionCases', () => {
  it('reads the case and its limit after the general limit, its tail or its brackets', () => {
    expect(exceptionCases(LIMIT)).toEqual([
      { words: 'phải xác minh', text: 'không quá 15 ngày làm việc', duration: { value: 15, unit: 'd' } },
    ]);
    expect(
      exceptionCases('10d (trường hợp phải xác minh: 15 ngày làm việc; nếu cần giám định thì 20 ngày làm việc)'),
    ).toEqual([
      { words: 'phải xác minh', text: '15 ngày làm việc', duration: { value: 15, unit: 'd' } },
      { words: 'cần giám định', text: '20 ngày làm việc', duration: { value: 20, unit: 'd' } },
    ]);
  });

  it('leaves out a case whose limit is a bare "ngày", which ambiguous-days asks about, and a limit with none', () => {
    expect(exceptionCases('10 ngày làm việc; trường hợp phải xác minh thì không quá 15 ngày')).toEqual([]);
    expect(exceptionCases('10 ngày làm việc kể từ ngày nhận đủ hồ sơ')).toEqual([]);
    expect(exceptionCases('5d')).toEqual([]);
  });
});

describe('exceptionCases of time added to the general limit', () => {
  it('reads "tăng thêm", "kéo dài thêm", "gia hạn thêm", "cộng thêm" and "thêm không quá" as the general limit plus that time', () => {
    const eight = [
      { words: 'phải xác minh', text: '8 ngày làm việc', duration: { value: 8, unit: 'd' }, extension: true },
    ];
    for (const added of [
      'thời gian giải quyết được tăng thêm 05 ngày làm việc',
      'thời hạn kéo dài thêm không quá 05 ngày làm việc',
      'được gia hạn thêm 05 ngày làm việc',
      'thời gian được cộng thêm 05 ngày làm việc',
      'thêm không quá 05 ngày làm việc',
    ])
      expect(exceptionCases(`03 ngày làm việc; trường hợp phải xác minh thì ${added}`)).toEqual(eight);
    expect(
      exceptionCases(
        '03 ngày làm việc; đối với trường hợp phải xác minh thì thời gian thực hiện được tăng thêm 05 ngày làm việc',
      ),
    ).toEqual(eight);
  });

  it('reads the case named with "đối với" alone, as land law writes it', () => {
    expect(
      exceptionCases(
        '15 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày làm việc',
      ),
    ).toEqual([
      {
        words: 'các xã miền núi, hải đảo',
        text: '25 ngày làm việc',
        duration: { value: 25, unit: 'd' },
        extension: true,
      },
    ]);
  });

  it('leaves out added time in another unit, for the officer to add, and a bare general limit', () => {
    const calendar = '03 ngày làm việc; trường hợp phải xác minh thì được tăng thêm 30 ngày lịch';
    expect(exceptionCases(calendar)).toEqual([]);
    expect(uncountedCases(calendar)).toEqual([{ words: 'phải xác minh', text: 'được tăng thêm 30 ngày lịch' }]);
    expect(exceptionCases('03 ngày; trường hợp phải xác minh thì được tăng thêm 05 ngày làm việc')).toEqual([]);
  });
});

describe('unsettledCases: a case whose days the law leaves bare', () => {
  it('keeps a bare "15 ngày" as its case, with both readings to judge it by', () => {
    const limit = 'Không quá 10 ngày làm việc; trường hợp phải xác minh thì thời hạn không quá 15 ngày';
    expect(exceptionCases(limit)).toEqual([]);
    expect(unsettledCases(limit)).toEqual([
      {
        words: 'phải xác minh',
        text: 'thời hạn không quá 15 ngày',
        duration: { value: 15, unit: 'cd' },
        unsettled: true,
        readings: ['thời hạn không quá 15 ngày làm việc', 'thời hạn không quá 15 ngày lịch'],
      },
    ]);
  });

  it('reads bare days added to working days as the sum in working days, and as calendar days after the limit', () => {
    const limit = 'Không quá 10 ngày làm việc; đối với các xã miền núi thì thời gian thực hiện được tăng thêm 10 ngày';
    expect(unsettledCases(limit)).toEqual([
      {
        words: 'các xã miền núi',
        text: '10 ngày làm việc, tăng thêm 10 ngày',
        duration: { value: 20, unit: 'd' },
        unsettled: true,
        readings: ['20 ngày làm việc'],
        extension: true,
        // The calendar reading: 10 calendar days from the day after the 10 working days end, swept by lint.
        calendarExtension: {
          general: '10 ngày làm việc',
          days: 10,
          working: 'tăng thêm 10 ngày làm việc',
          calendar: 'tăng thêm 10 ngày lịch',
        },
      },
    ]);
  });

  it('takes the branch of a bare case from the general limit', () => {
    const limit = 'Không quá 10 ngày làm việc; trường hợp phải xác minh thì không quá 15 ngày';
    const analysis = analyseTime({
      id: 'QT-X',
      title: 'T',
      revision: 1,
      effective: '2026-01-01',
      time_limit: limit,
      bodies: {},
      steps: steps({ 'Không phải xác minh': 'B4', 'Phải xác minh': 'B3' }),
    } as never);
    expect(analysis.criticalPath).not.toContain('B3');
    expect(
      analysis.cases.map(({ case: words, unsettled, withinLimit }) => ({ words, unsettled, withinLimit })),
    ).toEqual([{ words: 'phải xác minh', unsettled: true, withinLimit: undefined }]);
  });
});

describe('exceptionCases of a limit then whom it is for', () => {
  it('reads "Y đối với <whom>" after the general limit as that case', () => {
    expect(
      exceptionCases(
        'Không quá 10 ngày làm việc; không quá 20 ngày làm việc đối với các xã miền núi, hải đảo, vùng sâu, vùng xa',
      ),
    ).toEqual([
      {
        words: 'các xã miền núi, hải đảo, vùng sâu, vùng xa',
        text: 'không quá 20 ngày làm việc',
        duration: { value: 20, unit: 'd' },
      },
    ]);
    expect(exceptionCases('10 ngày làm việc; 20 ngày làm việc đối với các xã miền núi, hải đảo')).toEqual([
      { words: 'các xã miền núi, hải đảo', text: '20 ngày làm việc', duration: { value: 20, unit: 'd' } },
    ]);
  });
});

describe('branchCase', () => {
  const cases = [{ words: 'phải xác minh về điều kiện đương nhiên được xóa án tích' }];
  it("takes a branch whose words begin one case's words as that case", () => {
    expect(branchCase('nếu phải xác minh', cases)).toBe(0);
    expect(branchCase('Cần xác minh', cases)).toBe(0);
    expect(branchCase('nếu không phải xác minh', cases)).toBeUndefined();
    expect(branchCase('nếu xác minh điều kiện', cases)).toBeUndefined();
  });

  it('prefers the case a branch names whole, and calls a branch two cases begin with ambiguous', () => {
    const two = [...cases, { words: 'phải xác minh tại nước ngoài' }];
    expect(branchCase('Phải xác minh', two)).toBe('ambiguous');
    expect(branchCase('nếu phải xác minh tại nước ngoài', two)).toBe(1);
    expect(branchCase('Phải xác minh', [...two, { words: 'cần xác minh' }])).toBe(2);
  });
});

describe('branchIsCase', () => {
  it('matches a branch that names the case in other joining words', () => {
    expect(branchIsCase('Cần xác minh', 'phải xác minh')).toBe(true);
    expect(branchIsCase('nếu hồ sơ phải xác minh', 'phải xác minh')).toBe(true);
    expect(branchIsCase('Trường hợp có xác minh', 'cần xác minh')).toBe(true);
  });

  it('never matches the negation, nor another case', () => {
    expect(branchIsCase('Không cần xác minh', 'phải xác minh')).toBe(false);
    expect(branchIsCase('nếu chưa xác minh', 'phải xác minh')).toBe(false);
    expect(branchIsCase('Cần giám định', 'phải xác minh')).toBe(false);
    expect(branchIsCase('Cần xác minh thêm', 'phải xác minh')).toBe(false);
  });
});

describe('caseFlows', () => {
  it('splits the paths through the case branch from the others', () => {
    const flow = buildFlow(steps({ 'Cần xác minh': 'B3', 'Không cần xác minh': 'B4' }));
    const split = caseFlows(flow, LIMIT)!;
    const pairs = (edges: { from: number; to: number }[]) => edges.map(({ from, to }) => `${from + 1}>${to + 1}`);
    expect(pairs(split.general.edges)).toEqual(['1>2', '2>4', '3>4', '4>5']);
    expect(split.cases.map((c) => pairs(c.flow.edges))).toEqual([['1>2', '2>3', '3>4', '4>5']]);
  });

  it('gives nothing to split when no branch names a case the limit names', () => {
    expect(caseFlows(buildFlow(steps({ 'Hợp lệ': 'B3', 'Không hợp lệ': 'B4' })), LIMIT)).toBeUndefined();
    expect(caseFlows(buildFlow(steps({ 'Cần xác minh': 'B3', Khác: 'B4' })), '10d')).toBeUndefined();
  });
});

describe('analyseTime with a case of the limit', () => {
  it('judges the general paths against the general limit and the case path against its own', () => {
    const analysis = analyseTime({
      id: 'P',
      title: 'P',
      revision: 1,
      effective: '2025-07-01',
      time_limit: LIMIT,
      bodies: {},
      steps: steps({ 'Cần xác minh': 'B3', 'Không cần xác minh': 'B4' }),
    } as never);
    expect(analysis.total).toEqual({ hours: 44, days: 5.5 });
    expect(analysis.criticalPath).toEqual(['B1', 'B2', 'B4', 'B5']);
    expect(analysis.withinLimit).toBe(true);
    // The table's times are the general paths', as its verdict: B3, which only the case's branch takes, on that case's.
    expect(analysis.cumulative.map((c) => c?.days)).toEqual([0.5, 2.5, 7.5, 5, 5.5]);
    expect(analysis.stepCases).toEqual([undefined, undefined, 0, undefined, undefined]);
    const [own] = analysis.cases;
    expect(own).toMatchObject({
      case: 'phải xác minh',
      total: { hours: 84, days: 10.5 },
      limit: { hours: 120, days: 15 },
      slack: { hours: 36, days: 4.5 },
      withinLimit: true,
      criticalPath: ['B1', 'B2', 'B3', 'B4', 'B5'],
    });
  });
});
