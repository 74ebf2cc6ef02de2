import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-body', {
  'invalid-name.yaml': [
    {
      line: 12,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
    {
      line: 16,
      column: 11,
      message: 'Write body "Công chức  Tư pháp - Hộ tịch" by its key: TP-XA',
      vi: 'Hãy ghi đơn vị "Công chức  Tư pháp - Hộ tịch" bằng mã: TP-XA',
    },
    {
      line: 20,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
  ],
  'invalid-bodies-by-name.yaml': [
    {
      line: 7,
      column: 7,
      message: 'Write body TN as { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true }',
      vi: 'Hãy ghi đơn vị TN dạng { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true }',
    },
    {
      line: 8,
      column: 10,
      message: 'Write body TP-XA as { name: "Công chức Tư pháp: Hộ tịch" }',
      vi: 'Hãy ghi đơn vị TP-XA dạng { name: "Công chức Tư pháp: Hộ tịch" }',
    },
  ],
  'invalid-bodies-list.yaml': [
    {
      line: 7,
      column: 1,
      message:
        'Write the bodies as a map of id to body, not a list: BPTNTKQ (Bộ phận Tiếp nhận và Trả kết quả), TP-XA (Công chức Tư pháp - Hộ tịch), CT (Chủ tịch UBND xã), VPUX (Văn phòng UBND xã)',
      vi: 'Hãy ghi các đơn vị thành bảng theo mã, không phải danh sách: BPTNTKQ (Bộ phận Tiếp nhận và Trả kết quả), TP-XA (Công chức Tư pháp - Hộ tịch), CT (Chủ tịch UBND xã), VPUX (Văn phòng UBND xã)',
    },
  ],
  'invalid-no-bodies.yaml': [
    {
      line: 7,
      column: 1,
      message:
        'Declare the bodies the steps name in a `bodies` map, each with a key: BPTNTKQ (Bộ phận Tiếp nhận và Trả kết quả), CCTPHT (Công chức Tư pháp - Hộ tịch)',
      vi: 'Hãy khai báo các đơn vị mà các bước ghi trong "bodies", mỗi đơn vị một mã: BPTNTKQ (Bộ phận Tiếp nhận và Trả kết quả), CCTPHT (Công chức Tư pháp - Hộ tịch)',
    },
    // Each step by its key in the same run as the map.
    {
      line: 10,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: BPTNTKQ',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: BPTNTKQ',
    },
    {
      line: 14,
      column: 11,
      message: 'Write body "Công chức Tư pháp - Hộ tịch" by its key: CCTPHT',
      vi: 'Hãy ghi đơn vị "Công chức Tư pháp - Hộ tịch" bằng mã: CCTPHT',
    },
    {
      line: 18,
      column: 11,
      message: 'Write body "bộ phận tiếp nhận và trả kết quả" by its key: BPTNTKQ',
      vi: 'Hãy ghi đơn vị "bộ phận tiếp nhận và trả kết quả" bằng mã: BPTNTKQ',
    },
  ],
});

describe('rule canonical-body fix', () => {
  it('writes the key in place, keeping the comment', () => {
    expect(fixedFixture('canonical-body', 'invalid-name.yaml')).toBe(fixtureText('canonical-body', 'valid-key.yaml'));
  });

  it('writes a body declared by its name alone as a map, the one-stop desk marked as procmap reads it', () => {
    expect(fixedFixture('canonical-body', 'invalid-bodies-by-name.yaml')).toBe(
      fixtureText('canonical-body', 'valid-bodies-fixed.yaml'),
    );
  });

  it('writes each name so that it reads back as written, quoted where YAML needs it, nothing invisible', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-canonical-body-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    const names = ['Phòng A: B', '#Phòng', 'Yes', 'Phòng "Kinh tế"', '公安局', 'Phòng\u202eTư', 'Đội 2 ', 'null'];
    const steps = names.map((body, i) => `  - { id: B${i + 1}, name: x, body: ${JSON.stringify(body)}, duration: 1h }`);
    const head = ['id: QT-1', 'title: x', 'revision: 1', 'effective: 2025-07-01', 'time_limit: 3d', 'steps:'];
    writeFileSync(join(dir, 'draft.yaml'), [...head, ...steps, ''].join('\n'));
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const fixed = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    expect(fixed).not.toContain('\u202e');
    const data = parse(fixed) as { bodies: Record<string, { name: string }>; steps: { body: string }[] };
    // The bidirectional control is gone from the step (invisible-characters) and never written into the name.
    const readable = names.map((name) => name.replace('\u202e', '').trim());
    expect(data.steps.map((step) => data.bodies[step.body]!.name)).toEqual(readable);
  });

  it('leaves a list of bodies with a comment inside it as written: the comment would be lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-canonical-body-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    const file = join(dir, 'draft.yaml');
    const text = fixtureText('canonical-body', 'invalid-bodies-list.yaml').replace(
      '  - { id: CT',
      '  # Lãnh đạo ký\n  - { id: CT',
    );
    writeFileSync(file, text);
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.stdout).toContain('Write the bodies as a map of id to body, not a list');
    expect(result.code).toBe(0);
    // The steps named by a body's name wait for the map: only B1 and B4 would change, and they are not written.
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it("writes a list of bodies with a comment after an item as the map, the comment after that body's name", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-canonical-body-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    const file = join(dir, 'draft.yaml');
    const head = 'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n';
    const steps =
      'steps:\n  - { id: B1, name: Nhận, body: Bộ phận Một cửa, duration: 4h }\n' +
      '  - { id: B2, name: Xử lý, body: Phòng Tư pháp, duration: 4h }\n';
    writeFileSync(file, `${head}bodies:\n  - Bộ phận Một cửa   # quầy 12\n  - Phòng Tư pháp\n${steps}`);
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(file, 'utf8')).toBe(
      `${head}bodies:\n  BPMC:\n    name: Bộ phận Một cửa   # quầy 12\n    single_window: true\n  PTP:\n    name: Phòng Tư pháp\n` +
        steps.replace('body: Bộ phận Một cửa', 'body: BPMC').replace('body: Phòng Tư pháp', 'body: PTP'),
    );
  });

  // A draft without bodies: the map declared and the three steps by key, in one pass. Bodies given as a list:
  // the map in its place, then the two steps named by a body's name.
  it.each([
    ['declares the bodies of a draft before its steps', 'invalid-no-bodies.yaml', 'valid-declared.yaml', 4, ''],
    [
      'writes bodies given as a list as the map they stand for',
      'invalid-bodies-list.yaml',
      'valid-bodies-list-fixed.yaml',
      3,
      // The steps' bodies are read as keys only once the list is a map: lint listed the list alone.
      ': the 1 lint reports, and 2 more that only showed once those were fixed',
    ],
  ])('%s, then writes each step by key, in the line ends of the file', async (_, draft, fixed, count, more) => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-canonical-body-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    for (const end of ['\n', '\r\n']) {
      const file = join(dir, 'draft.yaml');
      writeFileSync(file, fixtureText('canonical-body', draft).replace(/\n/g, end));
      const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
      expect(result.stderr).toBe(`procmap: fixed ${count} problems in draft.yaml${more}\n`);
      expect(result.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(fixtureText('canonical-body', fixed).replace(/\n/g, end));
    }
  });
});

describe('rule canonical-body fix of a draft whose body names and keys meet', () => {
  it('keeps each step in the lane it was read in when a name is another body’s key ("PKT" beside Phòng Kinh tế)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-canonical-body-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    const bodies = ['Phòng Kinh tế', 'Phòng Kế toán', 'PKT'];
    const steps = bodies.map((body, i) => `  - { id: B${i + 1}, name: x, body: ${body}, duration: 4h }`);
    const head = ['id: QT-1', 'title: x', 'revision: 1', 'effective: 2025-07-01', 'time_limit: 3d', 'steps:'];
    writeFileSync(join(dir, 'draft.yaml'), [...head, ...steps, ''].join('\n'));
    expect((await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir })).code).toBe(0);
    const data = parse(readFileSync(join(dir, 'draft.yaml'), 'utf8')) as {
      bodies: Record<string, { name: string }>;
      steps: { body: string }[];
    };
    expect(data.steps.map((step) => data.bodies[step.body]!.name)).toEqual(bodies);
  });
});
