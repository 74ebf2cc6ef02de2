import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importRecord } from '../../src/interchange/record.js';
import { nationalRecord } from '../../src/interchange/record-export.js';
import { parseDuration } from '../../src/model/duration.js';
import type { Procedure } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `export -f json` writes the national procedure record (CSDL quốc gia về TTHC) that `import` reads: a procedure with
// its ways of filing, a limit with its legal tail and a dossier by case (Đăng ký kết hôn), and a liên thông procedure
// of three agencies with no channel of its own (the record names the in-person way for it).
const FIXTURES = join(ROOT, 'test/interchange/fixtures/national-export');
const BUNDLED = join(ROOT, 'procedures');

/** A fresh folder for a run's files. */
const scratch = () => mkdtempSync(join(tmpdir(), 'procmap-national-export-'));

describe('export -f json', () => {
  it('writes applicants listed in the file as the one text the record holds', () => {
    const procedure: Procedure = {
      id: 'QT-01',
      title: 'Cấp bản sao trích lục hộ tịch',
      revision: 1,
      effective: '2025-07-01',
      time_limit: '1d',
      applicants: ['Cá nhân', 'Cơ quan, tổ chức'],
      bodies: {},
      steps: [],
    };
    expect(nationalRecord(procedure).MOTADOITUONGTHUCHIEN).toBe('Cá nhân; Cơ quan, tổ chức');
  });

  it.each([
    ['30cd', '30', 'Ngày lịch'],
    ['3 tháng', '3', 'Tháng'],
    ['01 năm', '01 năm', 'Năm'],
    ['4h', '4', 'Giờ làm việc'],
    ['0.5d', '0.5', 'Ngày làm việc'],
    ['trong ngày', 'Trong ngày', ''],
    // The next-day limit, as the portal writes it: the words in the count, no unit.
    ['Trong ngày làm việc tiếp theo', 'Trong ngày làm việc tiếp theo', ''],
    ['Buổi sáng ngày làm việc tiếp theo', 'Buổi sáng ngày làm việc tiếp theo', ''],
    ['20min', '20min', 'Giờ làm việc'],
  ])(
    'writes the limit %s as the count %s and the unit "%s", which the importer reads as the same time',
    (limit, count, unit) => {
      const procedure: Procedure = {
        id: 'QT-01',
        title: 'Chứng thực chữ ký',
        revision: 1,
        effective: '2025-07-01',
        time_limit: limit,
        bodies: {},
        steps: [],
      };
      const record = nationalRecord(procedure);
      const ways = record.CACHTHUCTHUCHIEN as { THOIGIAN: Record<string, unknown>[] }[];
      expect(ways[0]!.THOIGIAN[0]).toMatchObject({ THOIGIANGIAIQUYET: count, DONVITINH: unit });
      const outcome = importRecord(record, { en: 'record 1', vi: 'bản ghi 1' }, { effective: '2025-07-01' });
      expect(outcome.skipped).toBeUndefined();
      expect(parseDuration(outcome.imported!.procedure.time_limit)).toEqual(parseDuration(limit));
    },
  );

  it('writes one record per procedure, in the fields and words the importer reads', async () => {
    const out = join(scratch(), 'catalog.json');
    const run = await runCli(['export', FIXTURES, '-f', 'json', '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: `${out}\n` });
    await expect(readFileSync(out, 'utf8')).toMatchFileSnapshot('golden/national-records.json');
  });
});

/** Every change `diff -f json` reports between a folder and its copy that was exported and imported back. */
async function roundTrip(folder: string): Promise<{ count: number; changes: Record<string, unknown>[] }> {
  const dir = scratch();
  const copy = join(dir, 'copy');
  cpSync(folder, copy, { recursive: true });
  const records = join(dir, 'catalog.json');
  expect(await runCli(['export', copy, '-f', 'json', '-o', records])).toMatchObject({ code: 0, stderr: '' });
  const imported = await runCli(['import', '--lang', 'en', records, '-o', copy, '--force']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  const count = Number(/0 imported, (\d+) overwritten, 0 skipped\n$/.exec(imported.stdout)?.[1]);
  const diff = await runCli(['diff', '-f', 'json', folder, copy]);
  expect(diff).toMatchObject({ code: 0, stderr: '' });
  return { count, changes: (JSON.parse(diff.stdout) as { changes: Record<string, unknown>[] }).changes };
}

/** The procedures of a folder by id, with the few fields that tell which changes a record must make to them. */
function facts(folder: string): Map<string, { code: boolean; channels: boolean; fee: unknown }> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  return new Map(
    files.map((file) => {
      const procedure = parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
      const facts = {
        code: procedure.code !== undefined,
        channels: procedure.channels !== undefined,
        fee: procedure.fee,
      };
      return [String(procedure.id), facts];
    }),
  );
}

describe('the round trip export -f json, import, diff', () => {
  it('changes nothing the record carries in any bundled procedure: only what a record must say that the file does not', async () => {
    const { count, changes } = await roundTrip(BUNDLED);
    expect(count).toBe(17);
    const known = facts(BUNDLED);
    expect(known.size).toBe(17);
    const said = changes.map((change) => {
      const procedure = known.get(String(change.procedure))!;
      // A procedure without a national code is known to the record by its id, which the import writes as its code.
      if (change.field === 'code')
        return !procedure.code && change.reason === 'added' && change.after === change.procedure
          ? 'id as code'
          : change;
      // A record always names its ways of filing, each with its fee: a file that names none gets the in-person one.
      if (change.field === 'channels.in_person')
        return !procedure.channels && change.reason === 'added' && change.after === `fee: ${String(procedure.fee)}`
          ? 'in person'
          : change;
      return change.kind === 'revision-not-bumped' ? 'revision' : change;
    });
    expect(said.filter((change) => typeof change !== 'string')).toEqual([]);
    // Every bundled procedure names no channel, and all but the two with a national code have none.
    expect(said.filter((change) => change === 'in person')).toHaveLength(17);
    expect(said.filter((change) => change === 'id as code')).toHaveLength(15);
  });

  it('gives back the ways of filing, their limits and notes, and copies counted in words', async () => {
    const { changes } = await roundTrip(FIXTURES);
    const fields = changes.map((change) => [change.procedure, change.field, change.before ?? null, change.after]);
    expect(fields).toEqual([
      // A way that gives no fee of its own is written with the procedure's, which the import gives each way.
      ['QT-HT-02', 'channels.in_person', null, expect.stringContaining('Miễn lệ phí')],
      ['QT-HT-02', 'channels.online', null, expect.stringContaining('Miễn lệ phí')],
      // The postal way's fee of 0 (an amount 0 with no description in the record) comes back 0, not "Không".
      ['QT-HT-02', null, '1', '1'],
      ['QT-HT-LT-02', 'code', null, 'QT-HT-LT-02'],
      ['QT-HT-LT-02', 'channels.in_person', null, expect.stringContaining('Miễn lệ phí')],
      ['QT-HT-LT-02', null, '2', '2'],
    ]);
  });
});
