import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import type { Step } from '../../src/model/types.js';
import { analyseTime } from '../../src/time/analyse.js';
import { caseFlows } from '../../src/time/case-flows.js';
import { branchIsCase, exceptionCases } from '../../src/time/limit-cases.js';

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
