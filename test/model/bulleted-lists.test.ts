import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';

const HEAD = 'id: QT-X-01\ntitle: Thử\nrevision: 1\neffective: 2025-07-01\ntime_limit: 3 ngày làm việc\n';
const STEPS = 'steps:\n  - id: B1\n    name: Tiếp nhận\n    body: Bộ phận Một cửa\n    duration: 4 giờ\n';

const load = (text: string) => loadFile('p.yaml', Buffer.from(text));
const data = (text: string) => load(text).data as Record<string, unknown>;

describe('a list pasted with its bullets', () => {
  it("reads a list's one text and its items without the officer's own bullet or number, once", () => {
    const lists = (list: string) => canonicalProcedure(data(`${HEAD}${list}${STEPS}`));
    expect(lists('legal_basis: "- • Luật Đất đai 2024"\n').legal_basis).toEqual(['Luật Đất đai 2024']);
    expect(lists('legal_basis: "- 1. Luật Đất đai 2024"\n').legal_basis).toEqual(['Luật Đất đai 2024']);
    expect(lists('legal_basis:\n  - 1. Luật X 2020\n  - 2. Luật Y 2021\n').legal_basis).toEqual([
      'Luật X 2020',
      'Luật Y 2021',
    ]);
    // A number out of order, or beside an item without one, is the text's.
    expect(lists('conditions:\n  - 1. Tờ khai\n  - 2 bản sao\n').conditions).toEqual(['1. Tờ khai', '2 bản sao']);
    expect(
      lists(
        'legal_basis:\n  - • Luật X 2020\n  - – Nghị định 1/2021/NĐ-CP\n  - + Thông tư 2/2022/TT-BTP\n  - 1. Luật Y 2023\n',
      ).legal_basis,
    ).toEqual(['Luật X 2020', 'Nghị định 1/2021/NĐ-CP', 'Thông tư 2/2022/TT-BTP', 'Luật Y 2023']);
    // Once: a second mark is the text's. A dash or a number alone before one text may be the text's own.
    expect(lists('legal_basis:\n  - • • Luật X 2020\n').legal_basis).toEqual(['• Luật X 2020']);
    expect(lists("conditions: '– 5% số hộ trở lên'\n").conditions).toEqual(['– 5% số hộ trở lên']);
    expect(lists('conditions: "1.5 ngày"\n').conditions).toEqual(['1.5 ngày']);
  });

  it('is read as one item a line, as the officer meant it, not one text', () => {
    const text = `${HEAD}legal_basis:\n  • Nghị định 23/2015/NĐ-CP\n  • Thông tư 01/2020/TT-BTP\n${STEPS}`;
    const loaded = load(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(canonicalProcedure(loaded.data as Record<string, unknown>).legal_basis).toEqual([
      'Nghị định 23/2015/NĐ-CP',
      'Thông tư 01/2020/TT-BTP',
    ]);
  });

  it.each([
    ['•', '◦', '▪', '●', '\uf0b7'],
    ['–', '—', '+', '-'],
    ['1.', '1)', '(1)', 'a)', 'b.', 'iv.'],
  ])('reads the bullets %s…', (...bullets) => {
    for (const bullet of bullets) {
      const text = `${HEAD}dossier:\n  ${bullet} Đơn đề nghị\n  ${bullet} Bản sao giấy tờ\n${STEPS}`;
      expect(data(text).dossier, bullet).toEqual(['Đơn đề nghị', 'Bản sao giấy tờ']);
    }
  });

  it('reads a "*" that continues a bulleted text as a bullet too', () => {
    expect(data(`${HEAD}conditions:\n  • Một\n  * Hai\n${STEPS}`).conditions).toEqual(['Một', 'Hai']);
  });

  it('reads a step list and next, applicants and channels', () => {
    const text = `${HEAD}applicants: • Cá nhân\n  • Tổ chức\nchannels:\n  • Trực tiếp\n  • Trực tuyến\n${STEPS}    outputs:\n      – Phiếu\n      – Giấy hẹn\n    next:\n      1. B2\n      2. B3\n`;
    const read = data(text);
    expect(read.applicants).toEqual(['Cá nhân', 'Tổ chức']);
    expect(read.channels).toEqual(['Trực tiếp', 'Trực tuyến']);
    const [step] = read.steps as Record<string, unknown>[];
    expect(step!.outputs).toEqual(['Phiếu', 'Giấy hẹn']);
    expect(step!.next).toEqual(['B2', 'B3']);
  });

  it.each([
    ['a text with a dash inside', 'legal_basis:\n  Nghị định 23 về cấp bản sao\n  – chứng thực\n'],
    ['quoted text', 'legal_basis: "• Nghị định 23"\n'],
    ['a line without a bullet', 'legal_basis:\n  • Nghị định 23\n  Thông tư 01\n'],
    ['bullets at two indents', 'legal_basis:\n  • Nghị định 23\n    • Điều 2\n'],
    ['a decimal', 'legal_basis: 1.5 ngày\n'],
    ['a lone dash, which says none', 'legal_basis: "-"\n'],
    ['a title, which is no list', 'title: • Thử\n'],
  ])('leaves %s as it is', (_, lines) => {
    const text = `${HEAD.replace('title: Thử\n', lines.startsWith('title') ? '' : 'title: Thử\n')}${lines}${STEPS}`;
    const loaded = load(text);
    expect(loaded.bulletedLists).toBeUndefined();
    expect(typeof data(text)[lines.slice(0, lines.indexOf(':'))]).toBe('string');
  });

  it('offers a fix that YAML reads as the same list, quoting an item that would read as a number', () => {
    const text = `${HEAD}records: |\n  • 2015\n  • Điều 1: sổ gốc\n${STEPS}`;
    const loaded = load(text);
    const [list] = loaded.bulletedLists!;
    const fixed = applyFixes(text, [list!.fix!]);
    expect(fixed).toBe(`${HEAD}records:\n  - "2015"\n  - "Điều 1: sổ gốc"\n${STEPS}`);
    expect(data(fixed).records).toEqual(list!.items);
  });

  it('leaves a text tagged as one (!!str) as the officer tagged it', () => {
    const text = `${HEAD}legal_basis: !!str |\n  • Nghị định 23/2015/NĐ-CP\n  • Thông tư 01/2020/TT-BTP\n${STEPS}`;
    const loaded = loadFile('p.yaml', Buffer.from(text));
    expect(loaded.bulletedLists).toBeUndefined();
    expect((loaded.data as { legal_basis: unknown }).legal_basis).toBe(
      '• Nghị định 23/2015/NĐ-CP\n• Thông tư 01/2020/TT-BTP\n',
    );
  });

  it('keeps the line ends of a file written on Windows', () => {
    const text = `${HEAD}legal_basis: • Nghị định 23\n  • Thông tư 01\n${STEPS}`.replace(/\n/g, '\r\n');
    const [list] = load(text).bulletedLists!;
    expect(applyFixes(text, [list!.fix!])).toBe(
      `${HEAD}legal_basis:\n  - Nghị định 23\n  - Thông tư 01\n${STEPS}`.replace(/\n/g, '\r\n'),
    );
  });
});
