import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { badRowText } from '../../src/format/ontime-labels.js';
import { channelGuessNotes } from '../../src/format/ontime-channel-notes.js';
import { measuredProcedure, procedureChannels } from '../../src/ontime/procedures.js';
import { at, FIXTURES, measureCsv } from './helpers.js';

const base = YAML.load(readFileSync(join(FIXTURES, 'catalog/ket-hon.yaml'), 'utf8')) as Procedure;
// The `channels` field comes with the docx branch; the accessor must read it whether or not the type has it.
const withChannels = {
  ...base,
  channels: [{ kind: 'online', time_limit: '3d' }, { kind: 'in_person' }, { kind: 'fax' }, 'postal'],
} as unknown as Procedure;

describe('channel-specific limits', () => {
  it('reads channels defensively: unknown kinds and shapes are left out, no limit means the procedure’s', () => {
    expect(procedureChannels(base)).toEqual([]);
    expect(procedureChannels(withChannels)).toEqual([
      { kind: 'online', limit: { value: 3, unit: 'd' } },
      { kind: 'in_person' },
    ]);
    expect(measuredProcedure(withChannels)!.channelLimits).toEqual({ online: { value: 3, unit: 'd' } });
  });

  it('accepts a limit already parsed into a Duration', () => {
    const parsed = {
      ...base,
      channels: [{ kind: 'postal', time_limit: { value: 7, unit: 'd' } }],
    } as unknown as Procedure;
    expect(measuredProcedure(parsed)!.channelLimits).toEqual({ postal: { value: 7, unit: 'd' } });
  });

  it('measures a dossier filed through the portal or VNeID, named as officers name them, against the online limit', async () => {
    const rows = ['Nộp qua VNeID', 'Ứng dụng VNeID', 'Cổng DVC', 'Cổng DVC quốc gia'].map(
      (channel, i) => `R${i},QT-HT-02,${channel},02/03/2026 08:00,06/03/2026 09:00`,
    );
    const csv = `Số hồ sơ,Mã thủ tục,Kênh,Ngày tiếp nhận,Ngày có kết quả\n${rows.join('\n')}\n`;
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(withChannels)!]);
    // Each was left out as a way of filing procmap cannot read; online's 3 working days end Thu 05/03 08:00.
    expect(report.badRows.listed).toEqual([]);
    expect(report.listed.map((d) => [d.id, d.due, d.status])).toEqual(
      ['R0', 'R1', 'R2', 'R3'].map((id) => [id, at('2026-03-05 08:00'), 'late']),
    );
  });

  it('measures an online dossier against the online limit, and refuses a channel it cannot read when limits differ', async () => {
    const csv =
      'Số hồ sơ,Mã thủ tục,Kênh,Ngày tiếp nhận,Ngày có kết quả\nON,QT-HT-02,Trực tuyến,02/03/2026 08:00,06/03/2026 09:00\nIN,QT-HT-02,Trực tiếp,02/03/2026 08:00,06/03/2026 09:00\nFX,QT-HT-02,Fax,02/03/2026 08:00,06/03/2026 09:00\n';
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(withChannels)!]);
    // Online: 3 working days from Mon 02/03 08:00 end Thu 05/03 08:00, so Fri 06/03 09:00 is late by the office time
    // since (7,5 h that day and 1,5 h the next); in person: 5 days.
    expect(report.listed.map((d) => [d.id, d.due, d.status, d.lateHours])).toEqual([
      ['ON', at('2026-03-05 08:00'), 'late', 9],
    ]);
    expect(report.totals).toMatchObject({ late: 1, early: 1 });
    expect(report.badRows.listed).toEqual([{ file: 'ho-so.csv', row: 4, reason: 'unknown-channel', value: 'Fax' }]);
  });

  it('reads a grade alone, the levels the decree replaced and BCCI as the ways of filing they are', async () => {
    const graded = {
      ...base,
      channels: [
        { kind: 'in_person' },
        { kind: 'online', note: 'Trực tuyến một phần', time_limit: '3d' },
        { kind: 'online', note: 'Trực tuyến toàn trình', time_limit: '1d' },
        { kind: 'postal', time_limit: '2d' },
      ],
    } as unknown as Procedure;
    const channels = ['Toàn trình', 'Trực tuyến mức độ 4', 'Một phần', 'Trực tuyến mức độ 3', 'BCCI', 'Bưu điện'];
    const rows = channels.map((channel, i) => `R${i},QT-HT-02,${channel},02/03/2026 08:00,05/03/2026 09:00`);
    const csv = `Số hồ sơ,Mã thủ tục,Kênh,Ngày tiếp nhận,Ngày có kết quả\n${rows.join('\n')}\nFX,QT-HT-02,Fax,02/03/2026 08:00,05/03/2026 09:00\n`;
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(graded)!]);
    // Toàn trình (level 4): 1 day, due Tue 03/03 08:00, late; một phần (level 3): 3 days, on its due day;
    // postal: 2 days, due Wed 04/03 08:00.
    expect(report.listed.map((d) => [d.id, d.due, d.status])).toEqual([
      ['R0', at('2026-03-03 08:00'), 'late'],
      ['R1', at('2026-03-03 08:00'), 'late'],
      ['R4', at('2026-03-04 08:00'), 'late'],
      ['R5', at('2026-03-04 08:00'), 'late'],
    ]);
    expect(report.totals).toMatchObject({ dossiers: 6, late: 4, on_time: 2 });
    expect(report.channelGuesses).toEqual([]);
    expect(report.badRows.listed).toEqual([{ file: 'ho-so.csv', row: 8, reason: 'unknown-channel', value: 'Fax' }]);
    expect(badRowText(report.badRows.listed[0]!, 'vi')).toBe(
      'kênh "Fax" không phải trực tiếp, trực tuyến hay bưu chính; hãy ghi "Trực tiếp", "Trực tuyến" (thêm "một phần" hoặc "toàn trình" nếu thủ tục chia mức) hoặc "Bưu chính" vào ô kênh',
    );
  });

  it('reads a level the decree replaced after the service\'s name ("DVC mức độ 4") as its grade of online filing', async () => {
    const graded = {
      ...base,
      channels: [
        { kind: 'in_person' },
        { kind: 'online', note: 'Trực tuyến một phần', time_limit: '3d' },
        { kind: 'online', note: 'Trực tuyến toàn trình', time_limit: '1d' },
      ],
    } as unknown as Procedure;
    const csv =
      'Số hồ sơ,Mã thủ tục,Kênh,Ngày tiếp nhận,Ngày có kết quả\n' +
      'L4,QT-HT-02,DVC mức độ 4,02/03/2026 08:00,05/03/2026 09:00\n' +
      'L3,QT-HT-02,Dịch vụ công mức độ 3,02/03/2026 08:00,05/03/2026 09:00\n';
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(graded)!]);
    // Level 4 is toàn trình, 1 working day from Mon 02/03 08:00: due Tue 03/03 08:00, late on Thu 05/03. Level 3 is
    // một phần, 3 working days: due Thu 05/03 08:00, a result that day is on time (a limit in whole days).
    expect(report.listed.map((d) => [d.id, d.due, d.status])).toEqual([['L4', at('2026-03-03 08:00'), 'late']]);
    expect(report.totals).toMatchObject({ dossiers: 2, late: 1, on_time: 1 });
    expect(report.badRows.listed).toEqual([]);
    expect(report.channelGuesses).toEqual([]);
  });

  it('counts a row without a channel once per dossier: a later row of it that names one takes it back out', async () => {
    const csv =
      'Số hồ sơ,Mã thủ tục,Kênh,Ngày tiếp nhận,Ngày có kết quả\n' +
      'H1,QT-HT-02,,02/03/2026 08:00,\n' +
      'H1,QT-HT-02,Trực tuyến,02/03/2026 08:00,04/03/2026 09:00\n' +
      'H2,QT-HT-02,,02/03/2026 08:00,04/03/2026 09:00\n' +
      'H3,QT-HT-02,,02/03/2026 08:00,04/03/2026 09:00\n' +
      'H3,QT-HT-02,,02/03/2026 08:00,04/03/2026 09:00\n';
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(withChannels)!]);
    expect(report.channelGuesses).toEqual([
      {
        procedure: 'QT-HT-02',
        title: base.title,
        // The export has the channel column: its empty cells, named (H3's first row is the one counted).
        noChannel: 0,
        emptyChannel: 2,
        emptyCells: [
          { file: 'ho-so.csv', row: 4, column: 'Kênh' },
          { file: 'ho-so.csv', row: 5, column: 'Kênh' },
        ],
        ungraded: 0,
        unlistedGrade: 0,
        limit: measuredProcedure(withChannels)!.limit,
        channels: [{ kind: 'online', limit: { value: 3, unit: 'd' } }],
      },
    ]);
  });

  it('names the first empty channel cells and counts the rest, apart from rows of an export without the column', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `E${i},QT-HT-02,,02/03/2026 08:00,04/03/2026 09:00`);
    const csv = `Số hồ sơ,Mã thủ tục,Kênh tiếp nhận,Ngày tiếp nhận,Ngày có kết quả\n${rows.join('\n')}\n`;
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(withChannels)!]);
    const [note, ...others] = channelGuessNotes(report.channelGuesses, 'vi');
    expect(others).toEqual([]);
    expect(note).toContain(
      `7 hồ sơ để trống ô ở cột kênh nộp (ho-so.csv dòng 2, cột "Kênh tiếp nhận"; ho-so.csv dòng 3, cột "Kênh tiếp nhận"; ho-so.csv dòng 4, cột "Kênh tiếp nhận"; ho-so.csv dòng 5, cột "Kênh tiếp nhận"; ho-so.csv dòng 6, cột "Kênh tiếp nhận" và 2 ô khác) nên được đo theo thời hạn chung`,
    );
    expect(note).toMatch(/Hãy ghi kênh nộp vào ô đó \(trực tiếp, trực tuyến hoặc bưu chính\)/);
    expect(note).not.toContain('Hãy thêm cột');
  });

  it('says nothing of rows without a channel when no channel has a limit other than the general one', async () => {
    const same = { ...base, channels: [{ kind: 'online', time_limit: base.time_limit }] } as unknown as Procedure;
    const csv = 'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\nH1,QT-HT-02,02/03/2026 08:00,04/03/2026 09:00\n';
    const { report } = await measureCsv(csv, '2026-04-01 09:00', {}, [measuredProcedure(same)!]);
    expect(report.totals.dossiers).toBe(1);
    expect(report.channelGuesses).toEqual([]);
  });
});
