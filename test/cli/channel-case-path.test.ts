import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { createCalendar } from '../../src/time/calendar.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { exportedRow } from '../helpers/workbook.js';

// "10 ngày làm việc; trường hợp phải xác minh thì không quá 15 ngày làm việc" with an online limit of 8 working days
// that names no case: the online limit binds the verification path too (13,5 days, 108 h). Every output that judges
// the online limit must say so on that path's figures, never beside the general path's 7,5 days (60 h).
const FILE = 'test/cli/fixtures/channel-case-path/online-verify.yaml';
const PATH = 'receive → check → verify → appraise → sign → return';

describe('a channel limit judged on an exception case’s path', () => {
  it('time names the case and prints that path’s total beside the online verdict and appointment', async () => {
    const result = await runCli(['time', '--lang', 'vi', FILE, '--received', '13/02/2026 09:00']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Tổng theo đường găng: 7,5 ngày làm việc (60 giờ), trong thời hạn, còn dư 2,5 ngày làm việc (20 giờ)\n' +
        'Trường hợp phải xác minh, hồ sơ nộp trực tuyến (thời hạn 8 ngày làm việc): tổng theo đường găng 13,5 ngày làm việc (108 giờ), ' +
        `VƯỢT thời hạn 5,5 ngày làm việc (44 giờ): ${PATH}\n`,
    );
    expect(result.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn 8 ngày làm việc): hẹn trả 09 giờ 00 phút, thứ Tư, ngày 04/03/2026; ' +
        'trường hợp phải xác minh, các bước xong T4 11/03/2026 14:30; các bước xong SAU hẹn trả này\n',
    );
    const en = await runCli(['time', '--lang', 'en', FILE]);
    expect(en.stdout).toContain(
      'Case "phải xác minh", filed online (limit 8 working days): total on its critical path 13.5 working days (108 h), ' +
        `OVER the limit by 5.5 working days (44 h): ${PATH}\n`,
    );
  });

  it('time’s JSON gives the online limit’s own total, path and case', async () => {
    const result = await runCli(['time', FILE, '--format', 'json']);
    expect(result.code).toBe(0);
    const [procedure] = (JSON.parse(result.stdout) as { procedures: { channel_limits: unknown[] }[] }).procedures;
    expect(procedure!.channel_limits).toEqual([
      {
        kind: 'online',
        time_limit: '8d',
        slack: { hours: -44, days: -5.5 },
        within_limit: false,
        total: { hours: 108, days: 13.5 },
        critical_path: PATH.split(' → '),
        path_case: 'phải xác minh',
      },
    ]);
  });

  it('the document’s verdict and channels table name the case and its total', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-channel-path-'));
    const doc = await runCli(['doc', FILE, '--format', 'md', '-o', out]);
    expect(doc.stderr).toBe('');
    expect(doc.code).toBe(0);
    const md = readFileSync(join(out, 'QT-CH.md'), 'utf8');
    // The general limit's verdict, then the online limit's on the case's path: its steps by what they add, not all names.
    expect(md).toContain(
      '**Đạt: còn dư 2,5 ngày làm việc (20 giờ) so với thời hạn 10 ngày làm việc**\n\n' +
        'Trường hợp phải xác minh, hồ sơ nộp trực tuyến: tổng thời gian các bước 13,5 ngày làm việc (108 giờ); ' +
        'đường găng có thêm bước 3: **Vượt thời hạn giải quyết 8 ngày làm việc (trực tuyến) là 5,5 ngày làm việc (44 giờ)**\n',
    );
    expect(md).toContain(
      '| Trực tuyến | 08 ngày làm việc<br>**Trường hợp phải xác minh: tổng thời gian các bước 13,5 ngày làm việc (108 ' +
        'giờ). Vượt thời hạn giải quyết 5,5 ngày làm việc (44 giờ)** |',
    );
    // The chart printed in it: the general verdict first, then the same path total and verdict; the list of steps,
    // whose boxes it draws, left out.
    expect(md).toContain(
      'summary["• Đường găng (đỏ): 7,5 ngày làm việc (60 giờ)<br/>• Thời hạn: 10 ngày làm việc; trường hợp phải ' +
        'xác minh thì không quá 15 ngày làm việc<br/>• ' +
        'Đạt: còn dư 2,5 ngày làm việc (20 giờ) so với thời hạn 10 ngày làm việc<br/>• Trường hợp phải ' +
        'xác minh: tổng thời gian các bước 13,5 ngày làm việc (108 giờ).<br/>• Vượt thời hạn giải quyết 8 ngày làm việc ' +
        '(trực tuyến) là 5,5 ngày làm việc (44 giờ)"]',
    );
  });

  it('stats, the workbook and the site summary give the same total and name the case', async () => {
    const stats = await runCli(['stats', '--lang', 'vi', FILE]);
    expect(stats.stdout).toContain(
      '  QT-CH  vượt 5,5 ngày làm việc  tổng 13,5 / thời hạn 8 ngày làm việc (trực tuyến, trường hợp phải xác minh)  ',
    );
    const cell = await exportedRow(FILE);
    expect(cell('Tổng thời gian các bước (giờ làm việc)')).toBe(108);
    expect(cell('Còn dư so với thời hạn (giờ làm việc)')).toBe(-44);
    expect(cell('Còn dư tính theo thời hạn riêng của cách thức hoặc trường hợp')).toBe(
      'Trực tuyến, Trường hợp phải xác minh: 08 ngày làm việc',
    );
    const procedure = canonicalProcedure(loadFile(FILE, readFileSync(join(ROOT, FILE))).data as never);
    const list = listCatalog([{ file: FILE, procedure } as never], createCalendar());
    const summary = summaryPage(catalogStats(list), { lang: 'vi', hoursPerDay: 8 });
    expect(summary).toContain('8 ngày làm việc (trực tuyến, trường hợp phải xác minh)</td><td class="num over"');
  });
});
