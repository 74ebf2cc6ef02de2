import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { patchedYaml } from '../../src/interchange/patch-yaml.js';

const FILE = `# yaml-language-server: $schema=../schemas/procedure.schema.json
id: QT-01
title: Thử # the title as the decision writes it
purpose: >-
  A text folded
  over two lines.
bodies:
  A: { name: Bộ phận Một cửa, single_window: true }
# The steps, as the centre agreed them.
steps:
  - id: a
    name: Tiếp nhận
    body: A
    duration: 2h
  - id: b
    name: Trả kết quả
    body: A
    duration: 1h
`;

/** The file's data, typed as far as these tests change it. */
interface Data {
  title: string;
  purpose?: string;
  bodies: { A: Record<string, unknown> };
  steps: Record<string, unknown>[];
}

/** The file with the data changed by `change`, read back. */
function patched(change: (data: Data) => void): string {
  const data = parse(FILE) as Data;
  change(data);
  const text = patchedYaml(FILE, data as unknown as Record<string, unknown>)!;
  expect(parse(text)).toEqual(data);
  return text;
}

/** The lines of `text` that differ from the file's. */
const changed = (text: string) => {
  const before = FILE.split('\n');
  const after = text.split('\n');
  return {
    removed: before.filter((line) => !after.includes(line)),
    added: after.filter((line) => !before.includes(line)),
  };
};

describe('patchedYaml: the procedure put into the file it came from, only where it differs', () => {
  it('changes a value in its place, keeping every comment and the folded text', () => {
    expect(changed(patched((d) => (d.steps[0]!.duration = '3h')))).toEqual({
      removed: ['    duration: 2h'],
      added: ['    duration: 3h'],
    });
    expect(changed(patched((d) => (d.title = 'Thử lại')))).toEqual({
      removed: ['title: Thử # the title as the decision writes it'],
      added: ['title: Thử lại # the title as the decision writes it'],
    });
  });

  it('inserts a step by its id and removes one, leaving the others as written', () => {
    const added = patched((d) => d.steps.splice(1, 0, { id: 'c', name: 'Thẩm định', body: 'A', duration: '1d' }));
    expect(changed(added)).toEqual({
      removed: [],
      added: ['  - id: c', '    name: Thẩm định', '    duration: 1d'],
    });
    expect(added.indexOf('- id: c')).toBeLessThan(added.indexOf('- id: b'));
    expect(changed(patched((d) => d.steps.splice(0, 1)))).toEqual({
      removed: ['  - id: a', '    name: Tiếp nhận', '    duration: 2h'],
      added: [],
    });
  });

  it('adds a key before the next one it has, removes one, and writes a changed flow map anew in its entry', () => {
    const text = patched((d) => {
      d.steps[0]!.next = ['b'];
      delete d.purpose;
      d.bodies.A.on_site = true;
    });
    expect(changed(text)).toEqual({
      removed: [
        'purpose: >-',
        '  A text folded',
        '  over two lines.',
        '  A: { name: Bộ phận Một cửa, single_window: true }',
      ],
      added: [
        '  A:',
        '    name: Bộ phận Một cửa',
        '    single_window: true',
        '    on_site: true',
        '    next:',
        '      - b',
      ],
    });
    expect(text).toContain('# The steps, as the centre agreed them.\nsteps:');
  });

  it('writes in the line ends of a file written on Windows', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const data = parse(FILE) as Data;
    data.steps.splice(1, 0, { id: 'c', name: 'Thẩm định', body: 'A', duration: '1d' });
    const text = patchedYaml(crlf, data as unknown as Record<string, unknown>)!;
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(text)).toEqual(data);
  });

  it('gives back the file itself when nothing differs, and nothing for a file it cannot edit', () => {
    expect(patchedYaml(FILE, parse(FILE) as Record<string, unknown>)).toBe(FILE);
    expect(patchedYaml('a: &x 1\nb: *x\n', { a: 1, b: 2 })).toBeUndefined();
    expect(patchedYaml('- a\n', { a: 1 })).toBeUndefined();
  });

  it('leaves a value the file spells its own way where the procedure means the same, and changes only the edited one', () => {
    const own = 'id: QT-02\nrevision: Lần 2\nlevel: xã\ndossier:\n  - "Bản dịch: 01 bản chính"\ntime_limit: 10 ngày\n';
    // The file as the model reads it, and the same with its limit edited.
    const meant = { id: 'QT-02', revision: 2, level: 'commune', dossier: [{ name: 'Bản dịch', originals: 1 }] };
    const data = { ...meant, time_limit: '5 ngày', cutoff: '15:00' };
    const text = patchedYaml(own, data, { ...meant, time_limit: '10 ngày', cutoff: '15:00' })!;
    expect(text).toBe(own.replace('10 ngày', '5 ngày'));
    // Without the meaning, every value written otherwise is written anew.
    expect(patchedYaml(own, data)).toContain('revision: 2\nlevel: commune\n');
  });

  it('keeps the shape the file gives a value the officer edited: a fee by case as its list, an amount as a number', () => {
    // The model reads a fee written as a list as its lines in one text, and a number of đồng as the amount it prints.
    const own =
      'id: QT-03\nfee:\n  - "Lệ phí: miễn"\n  - "Bản sao: 8.000 đồng/bản"\nchannels:\n  - kind: online\n    fee: 5000\n';
    const meant = {
      id: 'QT-03',
      fee: 'Lệ phí: miễn\nBản sao: 8.000 đồng/bản',
      channels: [{ kind: 'online', fee: '5.000 đồng' }],
    };
    const data = {
      ...meant,
      fee: 'Lệ phí: miễn\nBản sao: 10.000 đồng/bản',
      channels: [{ kind: 'online', fee: '7.000 đồng' }],
    };
    expect(patchedYaml(own, data, meant)).toBe(own.replace('8.000', '10.000').replace('5000', '7000'));
    // A line added to the fee is an item added to the list.
    const added = { ...meant, fee: 'Lệ phí: miễn\nBản sao: 8.000 đồng/bản\nBản điện tử: miễn' };
    expect(patchedYaml(own, added, meant)).toBe(
      own.replace('8.000 đồng/bản"\n', '8.000 đồng/bản"\n  - "Bản điện tử: miễn"\n'),
    );
  });
});
