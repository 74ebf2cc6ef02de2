import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

function catalogWith(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-ontime-config-'));
  cpSync(join(ROOT, 'test/fixtures/ontime/catalog'), join(dir, 'catalog'), { recursive: true });
  writeFileSync(join(dir, 'catalog', 'procmap.config.yaml'), config);
  return dir;
}

describe('procmap ontime with the configuration', () => {
  it('takes the column mapping from `ontime:` in procmap.config.yaml', async () => {
    const dir = catalogWith(
      'ontime:\n  columns:\n    id: maHoSo\n    procedure: maTTHC\n    received: ngayTiepNhan\n    finished: ngayCoKetQua\n    pauses: tamDung\n',
    );
    const result = await runCli([
      'ontime',
      join(ROOT, 'test/fixtures/ontime/ho-so.json'),
      '--catalog',
      join(dir, 'catalog'),
      '--as-of',
      '2026-05-08 09:00',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ dossiers: 2, early: 1, late: 1 });
  });

  it('refuses a misspelt field in the mapping, located in the configuration (exit 2)', async () => {
    const dir = catalogWith('ontime:\n  columns:\n    recieved: ngayTiepNhan\n');
    const result = await runCli([
      'ontime',
      '--lang',
      'en',
      join(ROOT, 'test/fixtures/ontime/ho-so.csv'),
      '--catalog',
      join(dir, 'catalog'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^procmap: Invalid configuration:\n.*procmap\.config\.yaml:3:5: .*recieved/);
  });

  it('escapes control characters from an export in terminal text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ontime-hostile-'));
    const file = join(dir, 'ho-so.csv');
    writeFileSync(
      file,
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\n"HS\u001b[31mRED",QT-CT-01,02/03/2026 08:00,10/03/2026 08:00\nX,"\u001b]0;title\u0007",02/03/2026 08:00,\n',
    );
    const result = await runCli([
      'ontime',
      '--lang',
      'en',
      file,
      '--catalog',
      join(ROOT, 'test/fixtures/ontime/catalog'),
      '--as-of',
      '2026-05-08 09:00',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('HS\\u001b[31mRED');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('ho-so.csv:3: procedure "\\u001b]0;title\\u0007" is not in the catalog');
  });
});
