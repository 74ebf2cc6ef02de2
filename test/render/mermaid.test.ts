import { describe, expect, it } from 'vitest';
import { buildFlowchartGraph } from '../../src/render/flowchart-graph.js';
import { flowchartMarkdown } from '../../src/render/flowchart-markdown.js';
import { flowchartMermaid, flowchartSummary } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';
import { dayFromParts } from '../../src/time/moment.js';
import type { Sweep } from '../../src/time/sweep.js';
import { FLOWCHART_FIXTURES, lintedFixture, loadFlowchartFixture } from './flowchart-fixtures.js';

describe('flowchartMermaid (golden)', () => {
  it.each(FLOWCHART_FIXTURES)('writes the swimlane chart of %s', async (name) => {
    const { procedure, analysis } = loadFlowchartFixture(name);
    await expect(
      flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true }),
    ).toMatchFileSnapshot(`__golden__/${name}.mmd`);
  });

  it('writes the portable flowchart dialect, in English', async () => {
    const { procedure, analysis } = loadFlowchartFixture('parallel-join');
    await expect(
      flowchartMermaid(procedure, analysis, { lang: 'en', dialect: 'flowchart', title: false }),
    ).toMatchFileSnapshot('__golden__/parallel-join.en.flowchart.mmd');
  });

  it('writes a Markdown page with the summary and a mermaid block', async () => {
    const { procedure, analysis } = loadFlowchartFixture('decision');
    await expect(flowchartMarkdown(procedure, analysis, 'vi')).toMatchFileSnapshot('__golden__/decision.md');
  });
});

describe("a step whose time carries the law's remark", () => {
  // The remark was dropped from the box: "3 ngày làm việc" alone, when `time` and the document said what it leaves out.
  it('keeps a short remark in the box and stars a long one, its words in the note under the chart', async () => {
    const { procedure, analysis } = loadFlowchartFixture('step-remarks');
    const vi = flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true });
    expect(vi).toContain('"2. Niêm yết, thẩm định<br/>3 ngày làm việc*"');
    expect(vi).toContain('"3. Ký bản sao trích lục<br/>1 ngày làm việc<br/>(kể từ ngày nhận tờ trình)"');
    expect(vi).toContain(
      '<br/>• * Bước 2: (không kể thời gian niêm yết 07 ngày làm việc); thời gian ghi chú loại ra không được tính vào tổng"]:::note',
    );
    await expect(vi).toMatchFileSnapshot('__golden__/step-remarks.mmd');
    const en = flowchartMermaid(procedure, analysis, { lang: 'en', dialect: 'flowchart', title: false });
    expect(en).toContain(
      '<br/>• * Step 2: (không kể thời gian niêm yết 07 ngày làm việc); the time this remark leaves out is not counted in the total"]:::note',
    );
  });
});

describe('flowchart step labels', () => {
  it('labels each step with the number of its id when the officer numbered them (B3 after B2b is 3.)', async () => {
    const { procedure, analysis } = loadFlowchartFixture('officer-numbers');
    const chart = flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true });
    expect(chart).toContain('["2b. Trả hồ sơ, nêu rõ lý do');
    expect(chart).toContain('["3. Trình ký giấy phép xây dựng');
    await expect(chart).toMatchFileSnapshot('__golden__/officer-numbers.mmd');
  });
});

describe('flowchart layout', () => {
  it('orders lanes by when each body first acts and leaves out bodies with no step', () => {
    const { procedure, analysis } = loadFlowchartFixture('multi-body');
    expect(buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath).lanes).toEqual(['TN', 'VPDK', 'THUE']);
  });

  it('puts a join bar where parallel branches meet, not where decision branches merge', () => {
    const parallel = loadFlowchartFixture('parallel-join');
    const kinds = buildFlowchartGraph(
      parallel.procedure,
      parallel.analysis.flow,
      parallel.analysis.criticalPath,
    ).nodes.map((n) => `${n.kind}:${n.id}`);
    expect(kinds).toContain('fork:f1');
    expect(kinds).toContain('join:j4');
    const decision = loadFlowchartFixture('decision');
    const graph = buildFlowchartGraph(decision.procedure, decision.analysis.flow, decision.analysis.criticalPath);
    expect(graph.nodes.filter((n) => n.kind === 'join' || n.kind === 'fork')).toEqual([]);
    expect(graph.edges.filter((e) => e.to === 'n4').map((e) => e.from)).toEqual(['n2', 'n3']);
  });

  it('draws steps joined by "hoặc" as a decision with unlabelled branches, timed by the longer, never as parallel bars', () => {
    const { procedure, analysis } = lintedFixture('choice');
    const graph = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath);
    expect(graph.nodes.filter((n) => n.kind !== 'step').map((n) => `${n.kind}:${n.id}`)).toEqual([
      'start:s0',
      'decision:d0',
      'end:e0',
    ]);
    expect(graph.edges.filter((e) => e.from === 'd0')).toEqual([
      { from: 'd0', to: 'n1', critical: true },
      { from: 'd0', to: 'n2', critical: false },
    ]);
    expect(analysis.criticalPath).toEqual(['B1', 'B2', 'B4']);
    expect(analysis.total?.hours).toBe(24);
  });

  it('marks the critical path on its steps and on the arrows between them, through diamonds and bars', () => {
    const { procedure, analysis } = loadFlowchartFixture('parallel-join');
    const graph = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath);
    expect(graph.edges.filter((e) => e.critical).map((e) => `${e.from}>${e.to}`)).toEqual([
      's0>n0',
      'n0>n1',
      'n1>f1',
      'f1>n2',
      'n2>j4',
      'j4>n4',
      'n4>e0',
    ]);
    expect(graph.criticalEnd).toBe('e0');
  });

  it('gives each lane with an ending step its own end terminal', () => {
    const { procedure, analysis } = loadFlowchartFixture('multi-body');
    const ends = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath).nodes.filter(
      (n) => n.kind === 'end',
    );
    expect(ends.map((n) => n.lane)).toEqual([0]);
  });
});

/** A sweep of a year's receipts from 02/03/2026, the procedure's effective date: `over` of `tried` late. */
function sweepOf(tried: number, over: number, openDays: number, overDays: number): Sweep {
  const from = dayFromParts(2026, 3, 2)!;
  return { from, days: 365, reached: from + 400, basis: 'effective', tried, over, openDays, overDays, worstOver: 0 };
}

describe('flowchartSummary', () => {
  it('gives the total, the limit and the slack in the limit unit', () => {
    const { analysis } = loadFlowchartFixture('parallel-join');
    expect(flowchartSummary(analysis, 'vi')).toEqual([
      'Đường găng (đỏ): 3,75 ngày làm việc (30 giờ)',
      'Thời hạn: 5 ngày làm việc (40 giờ)',
      'Đạt: còn dư 1,25 ngày làm việc (10 giờ) so với thời hạn',
    ]);
    expect(flowchartSummary(analysis, 'en')).toEqual([
      'Critical path (red): 3.75 working days (30 h)',
      'Time limit: 5 working days (40 h)',
      'Within the limit, 1.25 working days (10 h) to spare',
    ]);
  });

  it('says by how much a procedure is over its limit', () => {
    const { analysis } = loadFlowchartFixture('multi-body');
    expect(flowchartSummary(analysis, 'vi')).toEqual([
      'Đường găng (đỏ): 7 ngày làm việc (56 giờ)',
      'Thời hạn: 4 ngày làm việc (32 giờ)',
      'Vượt thời hạn giải quyết 3 ngày làm việc (24 giờ)',
    ]);
  });

  it('says a total equal to the limit is exactly at it, as the document does, not "Còn dư: 0"', () => {
    const { procedure } = loadFlowchartFixture('parallel-join');
    const exact = analyseTime({ ...procedure, time_limit: '3.75d' });
    expect(flowchartSummary(exact, 'vi')).toEqual([
      'Đường găng (đỏ): 3,75 ngày làm việc (30 giờ)',
      'Thời hạn: 3,75 ngày làm việc (30 giờ)',
      'Đạt: vừa đúng thời hạn',
    ]);
    expect(flowchartSummary(exact, 'en').at(-1)).toBe('Within the limit, with none to spare');
  });

  it('says when a limit in calendar days cannot be compared', () => {
    const { analysis } = loadFlowchartFixture('decision');
    const { limit: _limit, slack: _slack, withinLimit: _within, ...rest } = analysis;
    const calendarLimit = { ...rest, limitDuration: { value: 30, unit: 'cd' as const } };
    expect(flowchartSummary(calendarLimit, 'vi')).toEqual([
      'Đường găng (đỏ): 2,75 ngày làm việc (22 giờ)',
      'Thời hạn: 30 ngày (lịch), không so được với ngày làm việc',
    ]);
  });

  it('spells a step in calendar days in its box as the summary does: "7 ngày lịch", not "7 ngày (lịch)"', () => {
    const { procedure } = loadFlowchartFixture('decision');
    const steps = procedure.steps.map((step, i) => (i === 1 ? { ...step, duration: '07 ngày lịch' } : step));
    const dated = { ...procedure, steps };
    const chart = flowchartMermaid(dated, analyseTime(dated), { lang: 'vi', dialect: 'swimlane', title: false });
    expect(chart).toContain('<br/>7 ngày lịch"]:::step');
    expect(chart).toContain('tính bằng 7 ngày lịch');
    expect(chart).not.toContain('ngày (lịch)');
  });

  it('says which step has no working time when a step is counted by dates', () => {
    const { procedure } = loadFlowchartFixture('decision');
    const steps = procedure.steps.map((step, i) => (i === 1 ? { ...step, duration: '10cd' } : step));
    expect(flowchartSummary(analyseTime({ ...procedure, steps }), 'vi')[0]).toBe(
      'Đường găng (đỏ): không tính được (bước 2 tính bằng 10 ngày lịch)',
    );
  });

  it('gives the verdict of a sweep over the receipts for a limit that dates decide, in the document’s words', () => {
    const { analysis } = loadFlowchartFixture('decision');
    const { limit: _limit, slack: _slack, withinLimit: _within, ...rest } = analysis;
    const calendarLimit = { ...rest, limitDuration: { value: 30, unit: 'cd' as const } };
    expect(flowchartSummary(calendarLimit, 'vi', sweepOf(1224, 0, 306, 0))).toEqual([
      'Đường găng (đỏ): 2,75 ngày làm việc (22 giờ)',
      'Thời hạn: 30 ngày (lịch)',
      'Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ 02/03/2026 đến ' +
        '01/03/2027 (một năm từ ngày hiệu lực)',
    ]);
    expect(flowchartSummary(calendarLimit, 'en', sweepOf(1224, 12, 306, 6))).toEqual([
      'Critical path (red): 2.75 working days (22 h)',
      'Time limit: 30 calendar days',
      'Over the limit for receipts on 6 of the 306 working days tried from 02/03/2026 to 01/03/2027 (a year from the ' +
        'effective date)',
    ]);
    // Days off not announced yet: the caveat after the verdict, on a line of its own in the note.
    const unsure = { ...sweepOf(1224, 0, 306, 0), unsure: { rule: [2027], provisional: [] } };
    expect(flowchartSummary(calendarLimit, 'vi', unsure).at(-1)).toBe(
      'Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ 02/03/2026 đến ' +
        '01/03/2027 (một năm từ ngày hiệu lực);\nlịch nghỉ năm 2027 chưa được công bố chính thức, ngày nghỉ tính theo ' +
        'Bộ luật Lao động nên kết quả có thể thay đổi',
    );
    // A step by dates leaves no total: the sweep still judges the steps against the limit.
    const { procedure } = loadFlowchartFixture('decision');
    const steps = procedure.steps.map((step, i) => (i === 1 ? { ...step, duration: '10cd' } : step));
    const dated = analyseTime({ ...procedure, steps, time_limit: '15cd' });
    expect(flowchartSummary(dated, 'vi', sweepOf(738, 18, 369, 9)).at(-1)).toBe(
      'Vượt thời hạn với hồ sơ tiếp nhận vào 9/369 ngày làm việc đã thử từ 02/03/2026 đến 01/03/2027 (một năm từ ngày ' +
        'hiệu lực)',
    );
    // A limit in working days is compared directly: a sweep given beside it changes nothing.
    const { analysis: compared } = loadFlowchartFixture('multi-body');
    expect(flowchartSummary(compared, 'vi', sweepOf(10, 10, 5, 5))).toEqual(flowchartSummary(compared, 'vi'));
  });
});

describe('the limit in the summary', () => {
  it('says once that a bare "30 ngày" leaves working or calendar days open, in the verdict that turns on it', () => {
    // The limit's line said "… văn bản không nói rõ ngày làm việc hay ngày lịch" and the verdict under it "Chưa kết
    // luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; …": the same words twice in a narrow note.
    const { procedure } = loadFlowchartFixture('decision');
    const bare = { ...procedure, time_limit: '30 ngày' };
    const { limit: _limit, slack: _slack, withinLimit: _within, ...rest } = analyseTime(bare);
    const analysis = { ...rest, limitDuration: { value: 30, unit: 'cd' as const } };
    const unsettled: Sweep = { ...sweepOf(1224, 12, 306, 6), metAsWorkingDays: true };
    const vi = flowchartSummary(analysis, 'vi', unsettled, undefined, '30 ngày');
    expect(vi[1]).toBe('Thời hạn: 30 ngày — procmap tính là 30 ngày lịch');
    expect(vi[2]).toMatch(/^Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; /);
    expect(vi.join('\n').match(/không (?:nói|ghi) rõ/g)).toHaveLength(1);
    const document = flowchartSummary(analysis, 'vi', unsettled, undefined, '30 ngày', 'document');
    expect(document[1]).toBe('Thời hạn: 30 ngày — được tính là 30 ngày lịch');
    const en = flowchartSummary(analysis, 'en', unsettled, undefined, '30 ngày');
    expect(en[1]).toBe('Time limit: 30 calendar days (the law says "30 ngày")');
    expect(en.join('\n').match(/not say|without saying/g)).toHaveLength(1);
    // A verdict that does not turn on the reading leaves the limit's line saying it.
    const met = flowchartSummary(analysis, 'vi', sweepOf(1224, 0, 306, 0), undefined, '30 ngày');
    expect(met[1]).toBe(
      'Thời hạn: 30 ngày — procmap tính là 30 ngày lịch; văn bản không nói rõ ngày làm việc hay ngày lịch',
    );
  });

  it("prints hours the law leaves open as written, procmap's reading marked, not as working hours", () => {
    const { procedure } = loadFlowchartFixture('parallel-join');
    const open = { ...procedure, time_limit: 'Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ' };
    const analysis = analyseTime(open);
    const vi = flowchartMermaid(open, analysis, { lang: 'vi', dialect: 'swimlane', title: false });
    expect(vi).toContain(
      'Thời hạn: Trong thời hạn 24 giờ — procmap tính là 24 giờ làm việc; văn bản không nói rõ giờ làm việc hay giờ đồng hồ',
    );
    expect(vi).not.toContain('Thời hạn: 24 giờ làm việc');
    const en = flowchartMermaid(open, analysis, { lang: 'en', dialect: 'swimlane', title: false });
    expect(en).toContain('Time limit: 24 hours (counted by procmap as working hours)');
    // The chart a document prints says how the hours are counted without the tool's name.
    const chart = flowchartMermaid(open, analysis, {
      lang: 'vi',
      dialect: 'swimlane',
      title: false,
      reader: 'document',
    });
    expect(chart).toContain('Thời hạn: Trong thời hạn 24 giờ — được tính là 24 giờ làm việc;');
    expect(chart).not.toContain('procmap');
  });

  it('writes working days and hours in full in English, never "2 d" beside calendar days', () => {
    const { procedure, analysis } = loadFlowchartFixture('parallel-join');
    const en = flowchartMermaid(procedure, analysis, { lang: 'en', dialect: 'swimlane', title: false });
    expect(en).toContain('<br/>3 working days"]');
    expect(en).toContain('<br/>2 working hours"]');
    expect(en).not.toMatch(/\d (?:d|h)(?:"|<br)/);
  });
});

describe('hostile text', () => {
  const { procedure, analysis } = loadFlowchartFixture('hostile');
  const sources = (['swimlane', 'flowchart'] as const).map((dialect) =>
    flowchartMermaid(procedure, analysis, { lang: 'vi', dialect, title: true }),
  );

  it.each(sources.map((source, k) => [k === 0 ? 'swimlane' : 'flowchart', source]))(
    'cannot add a statement, a directive or HTML (%s)',
    (_, source) => {
      const body = source.split('\n---\n')[1]!;
      const lines = body.trimEnd().split('\n');
      // Every line is one procmap writes, and every quoted string closes on its own line.
      const shapes = [
        /^(swimlane-beta|flowchart) TB$/,
        /^ {2}subgraph L\d+\["[^"]*"\]$/,
        /^ {4}direction TB$/,
        /^ {4}[sendfj]\d+(\(\["[^"]*"\]\)|\["[^"]*"\]|\{"[^"]*"\}|@\{ shape: (fork|join) \})(:::\w+)?$/,
        /^ {4}summary\["[^"]*"\]:::note$/,
        /^ {2}end$/,
        /^ {2}[sendfj]\d+ -->(\|"[^"]*"\|)? [sendfj]\d+$/,
        /^ {2}e\d+ ~~~ summary$/,
        /^ {2}classDef \w+ [\w#:,. -]+$/,
        /^ {2}class [\w,]+ \w+$/,
        /^ {2}linkStyle [\d,]+ [\w#:,. -]+$/,
      ];
      for (const line of lines)
        expect(
          shapes.some((shape) => shape.test(line)),
          line,
        ).toBe(true);
      // Inside the quotes: no directive, Markdown or HTML; the only tag is procmap's own line break.
      const quoted = [...body.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
      expect(quoted.length).toBeGreaterThan(10);
      for (const text of quoted) expect(text.replace(/<br\/>/g, ''), text).not.toMatch(/[<>]|%%|^`/);
      expect(lines.filter((line) => /^\s*(click|%%|style|call|href)\b/.test(line))).toEqual([]);
    },
  );

  it('keeps the title on one quoted front matter line', () => {
    const frontMatter = sources[0]!.split('\n---\n')[0]!;
    expect(frontMatter.split('\n')[1]).toMatch(/^title: "(?:[^"\\]|\\.)*"$/);
  });
});

describe('a heading step and its sub-steps', () => {
  // "2 Giải quyết hồ sơ; 2.1 Tra cứu; 2.2 Trình ký" was drawn 1 → 2 → 2.1 → 2.2 → 3, the heading a box in the chain as
  // if it were work done before its parts.
  it('draws the heading over its parts, tied by one dotted line to the first, the arrows going from 1 to it', async () => {
    const { procedure, analysis } = lintedFixture('substeps');
    const graph = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath);
    expect(graph.nodes.find((node) => node.id === 'n1')).toMatchObject({ kind: 'heading', critical: false });
    const arrows = graph.edges.filter((edge) => !edge.part);
    expect(arrows.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['s0>n0', 'n0>n2', 'n2>n3', 'n3>n4', 'n4>e0']);
    expect(arrows.every((edge) => edge.critical)).toBe(true);
    // A line to each part looped round the parts between (a U under 2.1), and an invisible link from 1 to the heading,
    // meant to hold it beside the arrow, is routed by the swimlane layout like a drawn one: it pushed the dotted line up
    // through the lane's name. One line, to the first part, and no invisible link.
    expect(graph.edges.filter((edge) => edge.part).map((edge) => `${edge.from}>${edge.to}`)).toEqual(['n1>n2']);
    expect(graph.edges).toHaveLength(arrows.length + 1);
    const chart = flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true });
    expect(chart).toContain('n1["2. Giải quyết hồ sơ<br/>1 ngày làm việc"]:::heading');
    expect(chart).toContain('  n1 -.- n2\n');
    expect(chart).not.toContain('n1 -.- n3');
    expect(chart).not.toMatch(/~~~ n1\b/);
    expect(chart).not.toMatch(/n1 -->|--> n1\b/);
    await expect(chart).toMatchFileSnapshot('__golden__/substeps.mmd');
    // A heading that also hands over elsewhere is a step of its own, drawn as one.
    const apart = {
      ...procedure,
      steps: procedure.steps.map((step) => (step.id === '2' ? { ...step, next: ['2.1', '3'] } : step)),
    };
    const kept = buildFlowchartGraph(apart, analyseTime(apart).flow, analysis.criticalPath);
    expect(kept.nodes.find((node) => node.id === 'n1')?.kind).toBe('step');
  });

  it('draws parts in parallel (next: [2.1, 2.2]) as branches from a fork, the heading over them', async () => {
    const { procedure, analysis } = lintedFixture('substeps-parallel');
    const graph = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath);
    const arrows = graph.edges.filter((edge) => !edge.part).map((edge) => `${edge.from}>${edge.to}`);
    expect(arrows).toEqual(['s0>n0', 'n0>f1', 'f1>n2', 'f1>n3', 'n2>j4', 'n3>j4', 'j4>n4', 'n4>e0']);
    expect(graph.nodes.find((node) => node.id === 'n1')?.kind).toBe('heading');
    // Tied to the fork bar its parts leave from: a line to a part ran round it (a U under 2.1).
    expect(graph.edges.filter((edge) => edge.part).map((edge) => `${edge.from}>${edge.to}`)).toEqual(['n1>f1']);
    expect(graph.edges).toHaveLength(arrows.length + 1);
    const chart = flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true });
    await expect(chart).toMatchFileSnapshot('__golden__/substeps-parallel.mmd');
  });
});
