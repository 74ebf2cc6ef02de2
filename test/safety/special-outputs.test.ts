import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { workFolder } from './helpers.js';

// A probe found `lint -f json --force -o mydev` replacing a character device (or a FIFO) with a plain file, exit 0:
// as root, `-o /dev/null --force` would have replaced the system's /dev/null. Without --force the refusal invited
// --force. A device, FIFO or socket at -o is now refused with or without it, for every single-file output.
const work = workFolder('special-outputs');
const FULL = join(ROOT, 'test/render/document/fixtures/full.yaml');
const ONTIME = join(ROOT, 'test/fixtures/ontime');
const ontime = [join(ONTIME, 'ho-so.csv'), '--catalog', join(ONTIME, 'catalog'), '--as-of', '2026-03-31 17:00'];
const REPORTS = [
  ['lint', FULL, '-f', 'json'],
  ['diff', FULL, FULL],
  // map.yaml names the keys of ho-so.json (a CSV lacking them is told so, which is not what this test is about).
  ['ontime', join(ONTIME, 'ho-so.json'), ...ontime.slice(1), '--map', join(ONTIME, 'map.yaml'), '-f', 'xlsx'],
];
const reportRefusal = (name: string) =>
  `procmap: Refusing to write the report to "${name}": it is a device, a pipe or a socket, not a file, and procmap writes only files; leave -o out to have the report on standard output (… > file, or | another command), or name a file\n`;

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/** A folder holding one special file named `name`: a FIFO, a socket, or (as root) the character device 1,3. */
async function folderWith(kind: 'fifo' | 'socket' | 'device', name: string): Promise<string> {
  const dir = join(work, kind);
  mkdirSync(dir);
  const path = join(dir, name);
  if (kind === 'fifo') execFileSync('mkfifo', [path]);
  if (kind === 'device') execFileSync('mknod', [path, 'c', '1', '3']);
  if (kind === 'socket') {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(path, done));
  }
  return dir;
}

const root = process.getuid?.() === 0;

describe('-o naming a device, a FIFO or a socket', () => {
  for (const kind of ['fifo', 'socket', 'device'] as const)
    it.skipIf(kind === 'device' && !root)(
      `lint, diff, ontime and export refuse a ${kind}, with or without --force, and leave it as it was`,
      async () => {
        const dir = await folderWith(kind, 'out.xlsx');
        const before = lstatSync(join(dir, 'out.xlsx'));
        for (const args of REPORTS)
          for (const force of [[], ['--force']]) {
            const result = await runCli([...args, '-o', 'out.xlsx', ...force, '--lang', 'en'], { cwd: dir });
            expect([result.code, result.stdout, result.stderr]).toEqual([2, '', reportRefusal('out.xlsx')]);
          }
        for (const force of [[], ['--force']]) {
          const result = await runCli(['export', FULL, '-o', 'out.xlsx', ...force, '--lang', 'en'], { cwd: dir });
          expect([result.code, result.stdout, result.stderr]).toEqual([
            2,
            '',
            'procmap: Refusing to write "out.xlsx": it is a device, a pipe or a socket, not a file, and procmap writes only files; move it away, or write into another file or folder\n',
          ]);
        }
        const vi = await runCli([...REPORTS[0]!, '-o', 'out.xlsx'], { cwd: dir });
        expect([vi.code, vi.stderr]).toEqual([
          2,
          'procmap: Không ghi báo cáo vào "out.xlsx": đó là thiết bị, ống dẫn hay socket, không phải tệp, và procmap chỉ ghi vào tệp; hãy bỏ -o để báo cáo in ra đầu ra chuẩn (… > tệp, hoặc | lệnh khác), hoặc ghi tên một tệp\n',
        ]);
        const after = lstatSync(join(dir, 'out.xlsx'));
        expect([after.mode, after.ino, after.rdev]).toEqual([before.mode, before.ino, before.rdev]);
        // Nothing else either: no record of a file procmap did not write.
        expect(readdirSync(dir)).toEqual(['out.xlsx']);
      },
    );

  // flowchart names its files itself: "choose another name" could not be done, and a link to a device was called a
  // device, where removing the link is what to do.
  it("flowchart refuses a FIFO or a link to a device at a chart's name, saying what can be done", async () => {
    const dir = join(work, 'fifo-chart');
    mkdirSync(dir);
    execFileSync('mkfifo', [join(dir, 'QT-TEST-HKD-01.flowchart.mmd')]);
    const args = ['flowchart', FULL, '--format', 'mmd', '-o', '.', '--lang', 'en'];
    const fifo = await runCli(args, { cwd: dir });
    expect([fifo.code, fifo.stdout, fifo.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write "QT-TEST-HKD-01.flowchart.mmd": it is a device, a pipe or a socket, not a file, and procmap writes only files; move it away, or write into another file or folder\n',
    ]);
    const linked = join(work, 'linked-chart');
    mkdirSync(linked);
    symlinkSync('/dev/zero', join(linked, 'QT-TEST-HKD-01.flowchart.mmd'));
    const link = await runCli(args, { cwd: linked });
    expect([link.code, link.stdout, link.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write "QT-TEST-HKD-01.flowchart.mmd": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)\n',
    ]);
    expect(readdirSync(linked)).toEqual(['QT-TEST-HKD-01.flowchart.mmd']);
    expect(readlinkSync(join(linked, 'QT-TEST-HKD-01.flowchart.mmd'))).toBe('/dev/zero');
  });

  it('refuses /dev/stdout and its like, pointing to leaving -o out', async () => {
    for (const target of ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'])
      for (const force of [[], ['--force']]) {
        const result = await runCli(['lint', FULL, '-f', 'json', '-o', target, ...force, '--lang', 'en']);
        expect([result.code, result.stdout, result.stderr]).toEqual([2, '', reportRefusal(target)]);
      }
  });
});
