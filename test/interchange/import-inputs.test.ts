import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/inputs-in-output: a column map (cot.yaml), a configuration, and catalogs with a row whose id names one of
// them: `cot`, `procmap.config`. Imported into the same folder, that row's file would be the map or the configuration.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/inputs-in-output');
const DRAFT = '               no sequence in the source: one draft step to replace with the real steps\n';
const READ_HERE =
  'is a file this import reads (the column map, the configuration or a file to import); procmap never writes over it, even with --force: change the id in the source, or import into another folder';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-import-inputs-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('procmap import never writes over a file it reads', () => {
  it('skips a row whose file would be the --map file, with --force too, and says why', async () => {
    const dir = folder();
    const map = read(dir, 'cot.yaml');
    for (const force of [[], ['--force']]) {
      const args = ['import', 'ma-hieu-cot.csv', '--map', 'cot.yaml', '-o', '.', '--effective', '2025-07-01'];
      const run = await runCli([...args, ...force, '--lang', 'en'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`skipped      ma-hieu-cot.csv: row 2: cot.yaml ${READ_HERE}\n0 imported, 1 skipped\n`);
      expect(run.code).toBe(1);
      expect(read(dir, 'cot.yaml')).toBe(map);
    }
  });

  it('skips a row whose file would be the configuration, and still writes and reports the other rows', async () => {
    const dir = folder();
    const config = read(dir, 'procmap.config.yaml');
    const run = await runCli(['import', 'ma-hieu-cau-hinh.csv', '-o', '.', '--effective', '2025-07-01', '--force'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'imported     QT-A.yaml  ← ma-hieu-cau-hinh.csv: row 2',
        DRAFT + `skipped      ma-hieu-cau-hinh.csv: row 3: procmap.config.yaml ${READ_HERE}`,
        'imported     QT-B.yaml  ← ma-hieu-cau-hinh.csv: row 4',
        DRAFT + '2 imported, 1 skipped\n',
      ].join('\n'),
    );
    expect(run.code).toBe(1);
    expect(read(dir, 'procmap.config.yaml')).toBe(config);
    expect(readdirSync(dir).filter((name) => name.startsWith('QT-'))).toEqual(['QT-A.yaml', 'QT-B.yaml']);
  });

  it('does not advise --force for that row without it, in Vietnamese too', async () => {
    const dir = folder();
    const args = ['import', 'ma-hieu-cau-hinh.csv', '-o', '.', '--effective', '2025-07-01', '--lang', 'vi'];
    const run = await runCli(args, { cwd: dir });
    expect(run.stdout).toContain(
      'bỏ qua       ma-hieu-cau-hinh.csv: dòng 3: procmap.config.yaml là tệp mà lần nhập này đang đọc (bảng ghép cột, tệp cấu hình hoặc tệp cần nhập); procmap không bao giờ ghi đè tệp đó, kể cả với --force: hãy đổi mã hiệu trong nguồn, hoặc nhập vào thư mục khác\n',
    );
    expect(run.stdout).not.toContain('dùng --force');
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'QT-B.yaml'))).toBe(true);
  });
});
