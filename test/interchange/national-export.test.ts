import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
async function roundTrip(folder: string): Promise<{ summary: string; changes: Record<string, unknown>[] }> {
  const dir = scratch();
  const copy = join(dir, 'copy');
  cpSync(folder, copy, { recursive: true });
  const records = join(dir, 'catalog.json');
  expect(await runCli(['export', copy, '-f', 'json', '-o', records])).toMatchObject({ code: 0, stderr: '' });
  const imported = await runCli(['import', '--lang', 'en', records, '-o', copy, '--force']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  const summary = imported.stdout.split('\n').at(-2) ?? '';
  const diff = await runCli(['diff', '-f', 'json', folder, copy]);
  expect(diff).toMatchObject({ code: 0, stderr: '' });
  return { summary, changes: (JSON.parse(diff.stdout) as { changes: Record<string, unknown>[] }).changes };
}

describe('the round trip export -f json, import, diff', () => {
  // The record must name a code, the in-person way and its fee where the file leaves them to their defaults (the id,
  // in person alone, the procedure's fee): read back, they were written into every file (the id as its code in 15,
  // an in-person channel with the procedure's fee in 17). The file that leaves them so is left unchanged.
  it('leaves every bundled procedure unchanged', async () => {
    const { summary, changes } = await roundTrip(BUNDLED);
    expect(summary).toBe('0 imported, 17 unchanged, 0 skipped');
    expect(changes).toEqual([]);
  });

  it('gives back the ways of filing, their limits and notes, and copies counted in words', async () => {
    const { summary, changes } = await roundTrip(FIXTURES);
    // The ways that give no fee of their own (written with the procedure's) stay without one, the liên thông
    // procedure's id is no national code, and the postal way's fee of 0 (an amount 0 with no description in the
    // record) comes back 0, not "Không": each was a change here before.
    expect(summary).toBe('0 imported, 2 unchanged, 0 skipped');
    expect(changes).toEqual([]);
  });
});
