import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';

// The BPMN 2.0 XSD (OMG document formal/2011-01-03, as published with the spec) that bpmn-moddle ships.
const XSD_DIR = join(ROOT, 'node_modules/bpmn-moddle/resources/bpmn/xsd');
const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') });

/** Schema errors of one or more files, each error naming its file; the schema is compiled once per call. */
async function xsdErrors(xml: string | { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: typeof xml === 'string' ? [{ fileName: 'procedure.bpmn', contents: xml }] : xml,
    schema: [xsd('BPMN20.xsd')],
    preload: [xsd('Semantic.xsd'), xsd('BPMNDI.xsd'), xsd('DC.xsd'), xsd('DI.xsd')],
  });
  return result.errors.map((e) => e.rawMessage);
}

const require = createRequire(import.meta.url);
// bpmnlint is CommonJS; its recommended configuration, resolved from node_modules like its own CLI does.
const { Linter } = require('bpmnlint') as {
  Linter: new (options: unknown) => {
    lint(root: ModdleElement): Promise<Record<string, { message: string; id?: string }[]>>;
  };
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

async function bpmnlint(xml: string): Promise<string[]> {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  expect(warnings).toEqual([]);
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  return Object.entries(reports).flatMap(([rule, list]) => list.map((r) => `${rule}: ${r.id ?? ''} ${r.message}`));
}

/** The BPMN files in an output folder, sorted. */
function bpmnFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bpmn'))
    .sort();
}

describe('procmap export --format bpmn', () => {
  const out = mkdtempSync(join(tmpdir(), 'procmap-bpmn-'));
  let result: RunResult;
  beforeAll(async () => {
    // Beside the catalog, flows with decisions, forks and joins, and joins in stages (bpmn-joins).
    result = await runCli([
      'export',
      'procedures',
      'test/interchange/fixtures/flows',
      'test/interchange/fixtures/bpmn-joins',
      '--format',
      'bpmn',
      '-o',
      out,
    ]);
  });

  it('writes one file per procedure and lists them', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = bpmnFiles(out);
    expect(files).toContain('QT-TEST-BPMN-01.bpmn');
    expect(files.length).toBe(result.stdout.trim().split('\n').length);
    // Nothing else but the record of what procmap wrote.
    expect(readdirSync(out).filter((name) => !name.endsWith('.bpmn'))).toEqual([OUTPUT_RECORD]);
  });

  it('is valid against the BPMN 2.0 XSD and clean under bpmnlint recommended, for every procedure', async () => {
    const files = bpmnFiles(out).map((name) => ({ fileName: name, contents: readFileSync(join(out, name), 'utf8') }));
    expect(await xsdErrors(files)).toEqual([]);
    for (const { fileName, contents } of files) expect(await bpmnlint(contents), fileName).toEqual([]);
  }, 60_000);

  it('would notice a broken file: the schema and the linter are really checking', async () => {
    const xml = readFileSync(join(out, 'QT-TEST-BPMN-01.bpmn'), 'utf8');
    expect(
      await xsdErrors(xml.replace(/<bpmn:task /, '<bpmn:taskk ').replace('</bpmn:task>', '</bpmn:taskk>')),
    ).not.toEqual([]);
    // A task without its name: bpmnlint's label-required.
    const unnamed = xml.replace(/(<bpmn:task id="[^"]+") name="Tiếp nhận, kiểm tra hồ sơ"/, '$1');
    expect(unnamed).not.toBe(xml);
    expect((await bpmnlint(unnamed)).join('\n')).toMatch(/^label-required: Task_receive_0 /);
  });

  it('is a pool with a lane per body, tasks, labelled decisions, parallel fork and join, start and end events', async () => {
    const xml = readFileSync(join(out, 'QT-TEST-BPMN-01.bpmn'), 'utf8');
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
    const lanes = process.laneSets[0].lanes as ModdleElement[];
    expect(lanes.map((lane) => lane.name)).toEqual([
      'Trung tâm Phục vụ hành chính công',
      'Phòng Quản lý xây dựng',
      'Công an tỉnh',
      'Lãnh đạo Sở',
    ]);
    const elements = process.flowElements as ModdleElement[];
    const ofType = (type: string) => elements.filter((e) => e.$type === type);
    expect(ofType('bpmn:Task').map((t) => t.name)).toHaveLength(10);
    expect(ofType('bpmn:StartEvent')).toHaveLength(1);
    expect(ofType('bpmn:EndEvent')).toHaveLength(2);
    // Two decisions (split), one merge before "Trả kết quả"; one parallel fork and one parallel join.
    const xor = ofType('bpmn:ExclusiveGateway');
    expect(xor.filter((g) => g.outgoing.length > 1).map((g) => g.name)).toEqual([
      'Hồ sơ chưa đủ / Hồ sơ đủ?',
      'Đồng ý / Không đồng ý?',
    ]);
    expect(xor.filter((g) => g.incoming.length > 1)).toHaveLength(1);
    const and = ofType('bpmn:ParallelGateway');
    expect(and.map((g) => `${g.incoming.length} in, ${g.outgoing.length} out`).sort()).toEqual([
      '1 in, 2 out',
      '2 in, 1 out',
    ]);
    const labelled = ofType('bpmn:SequenceFlow').filter((f) => f.name);
    expect(labelled.map((f) => [f.name, f.conditionExpression.body])).toEqual([
      ['Hồ sơ chưa đủ', 'Hồ sơ chưa đủ'],
      ['Hồ sơ đủ', 'Hồ sơ đủ'],
      ['Đồng ý', 'Đồng ý'],
      ['Không đồng ý', 'Không đồng ý'],
    ]);
    // Every task sits in the lane of its body; its duration, role and forms are in its documentation.
    const receive = ofType('bpmn:Task').find((t) => t.name === 'Tiếp nhận, kiểm tra hồ sơ')!;
    expect(receive.documentation[0].text).toBe(
      '4 giờ làm việc\nNgười thực hiện: Công chức một cửa\nBiểu mẫu: Mẫu 01, Mẫu 06',
    );
    expect(lanes[0]!.flowNodeRef).toContain(receive);
    expect(lanes[2]!.flowNodeRef.map((e: ModdleElement) => e.name)).toEqual(['Lấy ý kiến Công an']);
    expect(process.documentation[0].text).toBe(
      'Thời hạn giải quyết: 10 ngày làm việc (80 giờ); Tổng thời gian các bước: 7,75 ngày làm việc (62 giờ)',
    );
  });

  it('joins parallel branches on a parallel gateway, also when they meet in stages or hold a decision', async () => {
    /** The gateways in front of a task, as text: Join(…) parallel, Merge(…) exclusive, a task by its name. */
    const into = async (file: string, task: string) => {
      const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, file), 'utf8'));
      const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
      const show = (element: ModdleElement): string => {
        const kind = { 'bpmn:ParallelGateway': 'Join', 'bpmn:ExclusiveGateway': 'Merge' }[element.$type as string];
        if (element.$type === 'bpmn:ExclusiveGateway' && element.outgoing.length > 1) return element.name as string;
        return kind && element.incoming.length > 1
          ? `${kind}(${(element.incoming as ModdleElement[]).map((f) => show(f.sourceRef)).join(', ')})`
          : (element.name as string);
      };
      const target = (process.flowElements as ModdleElement[]).find((e) => e.name === task)!;
      return show(target.incoming[0].sourceRef);
    };
    // a and b meet at x, x and c at sign: both wait for all their branches.
    expect(await into('QT-TEST-BPMN-02.bpmn', 'Tổng hợp ý kiến A và B')).toBe(
      'Join(Phòng A thẩm định, Phòng B thẩm định)',
    );
    expect(await into('QT-TEST-BPMN-02.bpmn', 'Ký duyệt')).toBe('Join(Tổng hợp ý kiến A và B, Lấy ý kiến Công an)');
    // a1 either goes to a2 or straight to sign, in parallel with b1: a1's way merges first, then joins b1.
    expect(await into('QT-TEST-BPMN-03.bpmn', 'Ký duyệt')).toBe(
      'Join(Merge(Cần xác minh / Không cần?, Phòng A xác minh), Phòng B thẩm định)',
    );
    // A decision's alternatives merge exclusively.
    expect(await into('QT-TEST-BPMN-01.bpmn', 'Trả kết quả')).toBe('Merge(Ký giấy phép, Ký văn bản từ chối)');
  });

  it('makes branches of a decision to one step one flow, labelled with both choices', async () => {
    const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, 'QT-TEST-BPMN-04.bpmn'), 'utf8'));
    const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
    const elements = process.flowElements as ModdleElement[];
    const decision = elements.find((e) => e.$type === 'bpmn:ExclusiveGateway' && e.outgoing?.length > 1)!;
    expect(decision.name).toBe('Cá nhân / Tổ chức / Khác?');
    expect(
      (decision.outgoing as ModdleElement[]).map((f) => [f.name, f.conditionExpression.body, f.targetRef.name]),
    ).toEqual([
      ['Cá nhân / Tổ chức', 'Cá nhân / Tổ chức', 'Trả kết quả'],
      ['Khác', 'Khác', 'Từ chối'],
    ]);
    // Nothing to merge in front of "Trả kết quả": the one flow goes in.
    expect(elements.filter((e) => e.$type === 'bpmn:ExclusiveGateway')).toHaveLength(1);
  });

  it('lays every element out inside its lane, with no two shapes overlapping', async () => {
    const xml = readFileSync(join(out, 'QT-TEST-BPMN-01.bpmn'), 'utf8');
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const plane = rootElement.diagrams[0].plane;
    const shapes = (plane.planeElement as ModdleElement[]).filter((e) => e.$type === 'bpmndi:BPMNShape');
    const edges = (plane.planeElement as ModdleElement[]).filter((e) => e.$type === 'bpmndi:BPMNEdge');
    const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
    const flowElements = process.flowElements as ModdleElement[];
    expect(shapes.length).toBe(
      1 + process.laneSets[0].lanes.length + flowElements.filter((e) => e.$type !== 'bpmn:SequenceFlow').length,
    );
    expect(edges.length).toBe(flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow').length);
    const boxOf = (element: ModdleElement) => shapes.find((s) => s.bpmnElement === element)!.bounds;
    for (const lane of process.laneSets[0].lanes as ModdleElement[]) {
      const l = boxOf(lane);
      for (const node of lane.flowNodeRef as ModdleElement[]) {
        const b = boxOf(node);
        expect(
          b.x >= l.x && b.y >= l.y && b.x + b.width <= l.x + l.width && b.y + b.height <= l.y + l.height,
          node.id,
        ).toBe(true);
      }
    }
    const nodes = shapes
      .filter((s) => !['bpmn:Lane', 'bpmn:Participant'].includes(s.bpmnElement.$type))
      .map((s) => s.bounds);
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1))
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(
          true,
        );
    }
    for (const edge of edges) expect(edge.waypoint.length).toBeGreaterThanOrEqual(2);
  });

  it('routes flows around shapes, never along another flow of other ends, with labels at their gateway', async () => {
    type Point = { x: number; y: number };
    type Bounds = Point & { width: number; height: number };
    const problems: string[] = [];
    for (const name of bpmnFiles(out)) {
      const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, name), 'utf8'));
      const plane = rootElement.diagrams[0].plane.planeElement as ModdleElement[];
      const shapes = plane.filter(
        (e) => e.$type === 'bpmndi:BPMNShape' && !['bpmn:Lane', 'bpmn:Participant'].includes(e.bpmnElement.$type),
      );
      const wires = plane.filter((e) => e.$type === 'bpmndi:BPMNEdge');
      const boxOf = (element: ModdleElement) => shapes.find((s) => s.bpmnElement === element)!.bounds as Bounds;
      const inside = (p: Point, q: Point, b: Bounds) =>
        Math.max(p.x, q.x) > b.x &&
        Math.min(p.x, q.x) < b.x + b.width &&
        Math.max(p.y, q.y) > b.y &&
        Math.min(p.y, q.y) < b.y + b.height;
      const onBorder = (p: Point, b: Bounds) =>
        [b.x, b.x + b.width].includes(p.x) || [b.y, b.y + b.height].includes(p.y);
      const segments = wires.flatMap((wire) =>
        (wire.waypoint as Point[])
          .slice(1)
          .map((q, k) => ({ flow: wire.bpmnElement, p: wire.waypoint[k] as Point, q })),
      );
      for (const wire of wires) {
        const flow = wire.bpmnElement;
        const points = wire.waypoint as Point[];
        const what = `${name} ${flow.id} (${flow.sourceRef.id} → ${flow.targetRef.id})`;
        if (!onBorder(points[0]!, boxOf(flow.sourceRef)) || !onBorder(points.at(-1)!, boxOf(flow.targetRef)))
          problems.push(`${what} does not start and end on its shapes`);
        for (const [k, q] of points.slice(1).entries()) {
          const p = points[k]!;
          if (p.x !== q.x && p.y !== q.y) problems.push(`${what} has a slanted segment`);
          for (const shape of shapes)
            if (![flow.sourceRef, flow.targetRef].includes(shape.bpmnElement) && inside(p, q, shape.bounds))
              problems.push(`${what} runs through ${shape.bpmnElement.id}`);
        }
        if (flow.name && !wire.label?.bounds) problems.push(`${what} has no label bounds`);
      }
      for (const [i, a] of segments.entries())
        for (const b of segments.slice(i + 1)) {
          if (a.flow === b.flow || a.flow.sourceRef === b.flow.sourceRef || a.flow.targetRef === b.flow.targetRef)
            continue;
          const along = (axis: 'x' | 'y', other: 'x' | 'y') =>
            a.p[axis] === a.q[axis] &&
            b.p[axis] === b.q[axis] &&
            a.p[axis] === b.p[axis] &&
            Math.min(Math.max(a.p[other], a.q[other]), Math.max(b.p[other], b.q[other])) -
              Math.max(Math.min(a.p[other], a.q[other]), Math.min(b.p[other], b.q[other])) >
              0;
          if (along('x', 'y') || along('y', 'x')) problems.push(`${name} ${a.flow.id} runs along ${b.flow.id}`);
        }
      // The labels of one gateway's branches each have their own place.
      const labelled = wires.filter((wire) => wire.label);
      for (const [i, a] of labelled.entries())
        for (const b of labelled.slice(i + 1)) {
          const p = a.label.bounds as Bounds;
          if (
            a.bpmnElement.sourceRef === b.bpmnElement.sourceRef &&
            inside(p, { x: p.x + p.width, y: p.y + p.height }, b.label.bounds)
          )
            problems.push(`${name} labels of ${a.bpmnElement.id} and ${b.bpmnElement.id} overlap`);
        }
    }
    expect(problems).toEqual([]);
  });

  it('writes English names with --lang en', async () => {
    const en = mkdtempSync(join(tmpdir(), 'procmap-bpmn-en-'));
    const run = await runCli([
      'export',
      'test/interchange/fixtures/flows',
      '--format',
      'bpmn',
      '--lang',
      'en',
      '-o',
      en,
    ]);
    expect(run.code).toBe(0);
    const xml = readFileSync(join(en, 'QT-TEST-BPMN-01.bpmn'), 'utf8');
    expect(xml).toContain('name="Dossier received"');
    expect(xml).toContain('Time limit: 10 working days (80 h); Total of the steps: 7.75 working days (62 h)');
  });
});

describe('procmap export --format bpmn of a total to the minute', () => {
  it('words the total as the document does, in hours and minutes, never a long fraction of an hour', async () => {
    const catalog = 'test/interchange/fixtures/bpmn-minutes';
    for (const [lang, total] of [
      ['vi', 'Tổng thời gian các bước: 15 giờ 40 phút làm việc'],
      ['en', 'Total of the steps: 15 working hours 40 minutes'],
    ] as const) {
      const out = mkdtempSync(join(tmpdir(), 'procmap-bpmn-minutes-'));
      const run = await runCli(['export', catalog, '--format', 'bpmn', '--lang', lang, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('QT-TEST-BPMN-05.bpmn');
      const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, 'QT-TEST-BPMN-05.bpmn'), 'utf8'));
      const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
      expect(process.documentation[0].text).toMatch(new RegExp(`; ${total}$`));
    }
  });
});

describe('procmap export --format bpmn of the time limit', () => {
  it('words the limit as the ISO document does, never the shorthand of the file', async () => {
    const cases = [
      // "3d" in the file.
      [
        'test/interchange/fixtures/bpmn-minutes',
        'QT-TEST-BPMN-05',
        'vi',
        'Thời hạn giải quyết: 3 ngày làm việc (24 giờ); Tổng thời gian các bước: 15 giờ 40 phút làm việc',
      ],
      [
        'test/interchange/fixtures/bpmn-minutes',
        'QT-TEST-BPMN-05',
        'en',
        'Time limit: 3 working days (24 h); Total of the steps: 15 working hours 40 minutes',
      ],
      // Hours the law leaves open, with the law's tail: as written, and how a document says they are counted.
      [
        'test/interchange/fixtures/bpmn-limit-words',
        'QT-TEST-BPMN-06',
        'vi',
        'Thời hạn giải quyết: 24 giờ (tính theo giờ làm việc) kể từ khi nhận đủ hồ sơ hợp lệ; Tổng thời gian các bước: 8 giờ làm việc',
      ],
      [
        'test/interchange/fixtures/bpmn-limit-words',
        'QT-TEST-BPMN-06',
        'en',
        'Time limit: 24 hours (counted in working hours; as the law says: "24 giờ kể từ khi nhận đủ hồ sơ hợp lệ"); Total of the steps: 8 working hours',
      ],
    ] as const;
    for (const [catalog, id, lang, documentation] of cases) {
      const out = mkdtempSync(join(tmpdir(), 'procmap-bpmn-limit-'));
      const run = await runCli(['export', catalog, '--format', 'bpmn', '--lang', lang, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${id}.bpmn`);
      const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, `${id}.bpmn`), 'utf8'));
      const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
      expect(process.documentation[0].text).toBe(documentation);
    }
  });

  it('words the time of each step as the document does, as the limit is, never the shorthand of the file', async () => {
    // test/interchange/fixtures/bpmn-step-words: steps of "4h", "5 ngày lịch", "6d", "1d", "4h".
    for (const [lang, words] of [
      ['vi', ['4 giờ làm việc', '5 ngày (lịch)', '6 ngày làm việc', '1 ngày làm việc', '4 giờ làm việc']],
      ['en', ['4 working hours', '5 calendar days', '6 working days', '1 working day', '4 working hours']],
    ] as const) {
      const out = mkdtempSync(join(tmpdir(), 'procmap-bpmn-steps-'));
      const run = await runCli([
        'export',
        'test/interchange/fixtures/bpmn-step-words',
        '--format',
        'bpmn',
        '--lang',
        lang,
        '-o',
        out,
      ]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const { rootElement } = await new BpmnModdle().fromXML(readFileSync(join(out, 'QT-PAR.bpmn'), 'utf8'));
      const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
      const tasks = process.flowElements.filter((e: ModdleElement) => e.$type === 'bpmn:Task');
      expect(tasks.map((task: ModdleElement) => task.documentation[0].text)).toEqual(words);
    }
  });
});

describe('procmap export of text XML cannot hold', () => {
  it('leaves out U+FFFF and a lone surrogate, which a lint-clean title may hold, in the BPMN and the workbook', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-not-xml-'));
    const catalog = 'test/interchange/fixtures/not-xml';
    expect((await runCli(['export', catalog, '--format', 'bpmn', '-o', out])).code).toBe(0);
    const xml = readFileSync(join(out, 'QT-CT-01.bpmn'), 'utf8');
    expect(await xsdErrors(xml)).toEqual([]);
    expect(xml).toMatch(/name="Chứng thực bản sao +\(ký tự XML không chứa được\)"/);
    const book = join(out, 'danh-muc.xlsx');
    expect((await runCli(['export', catalog, '--format', 'xlsx', '-o', book])).code).toBe(0);
    const imported = await runCli(['import', book, '-o', join(out, 'back')]);
    expect(imported.code).toBe(0);
    expect(readFileSync(join(out, 'back', 'QT-CT-01.yaml'), 'utf8')).toMatch(
      /\ntitle: Chứng thực bản sao +\(ký tự XML không chứa được\)\n/,
    );
  });
});

describe('procmap export --format bpmn of step ids in Vietnamese', () => {
  it('keeps their letters readable in the XML ids, one id per step, even where two ids differ by one mark', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bpmn-letters-'));
    const run = await runCli(['export', 'test/interchange/fixtures/bpmn-letters', '--format', 'bpmn', '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const xml = readFileSync(join(out, 'QT-TEST-BPMN-06.bpmn'), 'utf8');
    // Opened as bpmn.io and Camunda Modeler open it: an id they refuse would drop its task here (with a warning).
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
    const tasks = (process.flowElements as ModdleElement[]).filter((e) => e.$type === 'bpmn:Task');
    // Without their marks (all of them were "Task_B__c-…"); "Bước-ă" and "Bước-â" apart by their place, the NFD
    // "Bước-4" as the NFC one, a space as "_".
    expect(tasks.map((task) => [task.id as string, task.name as string])).toEqual([
      ['Task_Buoc-1_0', 'Tiếp nhận hồ sơ'],
      ['Task_Buoc-a_1', 'Thẩm định'],
      ['Task_Buoc-a_2', 'Ký duyệt'],
      ['Task_Buoc-4_3', 'Vào sổ'],
      ['Task_Tra_ket_qua_4', 'Trả kết quả'],
    ]);
    // Valid ids (xsd:ID is an NCName: no leading digit, no space) that the XSD and bpmnlint take, each once.
    expect(await xsdErrors(xml)).toEqual([]);
    expect(await bpmnlint(xml)).toEqual([]);
    const ids = [...xml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
