import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { BIN, ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FILES = 'test/hostile/files';
const expected = JSON.parse(readFileSync(join(ROOT, 'test/hostile/expected.json'), 'utf8')) as Record<string, string[]>;

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('the hostile corpus through procmap lint', () => {
  const before = digest(join(ROOT, FILES));
  let result: RunResult;
  const actual: Record<string, string[]> = Object.fromEntries(
    readdirSync(join(ROOT, FILES))
      .sort()
      .map((f) => [f, []]),
  );
  beforeAll(async () => {
    result = await runCli(['lint', '--lang', 'en', '--format', 'json', FILES]);
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    for (const d of report.diagnostics)
      actual[d.file.replace(`${FILES}/`, '')]!.push(`${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
  });

  it('covers every file of the corpus with an expectation', async () => {
    expect(Object.keys(expected).sort()).toEqual(readdirSync(join(ROOT, FILES)).sort());
  });

  it.each(Object.keys(expected))('%s gets exactly its expected diagnostics', async (file) => {
    expect(actual[file]).toEqual(expected[file]);
  });

  it('exits 1 for bad content, with no stack trace and nothing on stderr', async () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('shows text from the files on a terminal without a control character the terminal would act on', async () => {
    const stylish = await runCli(['lint', '--lang', 'en', FILES]);
    expect(stylish.stdout).toContain('Unknown property "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31mfake"');
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('never modifies an input file', async () => {
    expect(digest(join(ROOT, FILES))).toEqual(before);
  });
});

describe('prototype pollution', () => {
  it('keeps __proto__ and constructor keys as plain data', async () => {
    for (const file of ['proto-keys.yaml', 'proto-in-bodies.yaml']) {
      const source = loadFile(file, readFileSync(join(ROOT, FILES, file)));
      lint([source]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });

  it('counts bodies, agencies and fields named like Object properties like any other', async () => {
    const yaml = [
      'id: QT-OBJECT-NAMES',
      'title: Tên trùng thuộc tính của Object',
      'revision: 1',
      'effective: 2025-07-01',
      'agency: __proto__',
      'field: constructor',
      'time_limit: 1d',
      'bodies:',
      '  constructor: { name: Bộ phận Một cửa }',
      '  toString: { name: Phòng Tư pháp }',
      'steps:',
      '  - { id: receive, name: Tiếp nhận, body: constructor, duration: 2h }',
      '  - { id: decide, name: Giải quyết, body: toString, duration: 4h }',
    ].join('\n');
    const { procedures } = lint([loadFile('object-names.yaml', Buffer.from(yaml))]);
    const calendar = createCalendar();
    expect(analyseTime(procedures[0]!.procedure, calendar).byBody).toEqual({
      constructor: { hours: 2, days: 0.25 },
      toString: { hours: 4, days: 0.5 },
    });
    const stats = catalogStats(listCatalog(procedures, calendar));
    expect(Object.entries(stats.byAgency)).toEqual([['__proto__', 1]]);
    expect(Object.entries(stats.byField)).toEqual([['constructor', 1]]);
  });
});

describe('files built at test time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const valid = readFileSync(join(ROOT, FILES, 'enc-bom.yaml'), 'utf8').replace('\ufeff', '');

  it('refuses a 50 MB file with a clear limit error, without reading it into memory', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `id: QT-HUGE\ntitle: "${'x'.repeat(50 * 1024 * 1024)}"\n`);
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error  File is 50.0 MiB; procmap reads procedure files up to 2 MiB  parse');
  });

  it('refuses a 100,000-step procedure with a clear limit error', async () => {
    const steps = Array.from({ length: 100_000 }, (_, i) => `  - {id: s${i}, name: B, body: A, duration: 1h}`).join(
      '\n',
    );
    const file = join(dir, 'steps-100k.yaml');
    writeFileSync(file, `${valid.split('steps:')[0]}steps:\n${steps}\n`);
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/File is \d+\.\d MiB; procmap reads procedure files up to 2 MiB/);
  });

  it('refuses a procedure with more steps than the limit, under the size limit', async () => {
    const steps = Array.from({ length: 1500 }, (_, i) => `  - {id: s${i}, name: B, body: TNTKQ, duration: 1h}`).join(
      '\n',
    );
    const file = join(dir, 'steps-1500.yaml');
    writeFileSync(
      file,
      `${valid.split('steps:')[0]!.replace('  TP: { name: Công chức Tư pháp – Hộ tịch }\n', '')}steps:\n${steps}\n`,
    );
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"steps" has more than 200 entries; procmap handles up to 200');
  });

  it('walks into a folder named like a procedure file and survives a symbolic link loop', async () => {
    const catalog = join(dir, 'catalog');
    mkdirSync(join(catalog, 'folder.yaml'), { recursive: true });
    writeFileSync(join(catalog, 'folder.yaml', 'inside.yaml'), valid.replace('QT-VALID-BOM', 'QT-INSIDE'));
    symlinkSync(catalog, join(catalog, 'folder.yaml', 'loop'));
    const result = await runCli(['lint', '--lang', 'en', catalog]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
  });

  it('reports a dangling link as unreadable (exit 2) and still checks the other files', async () => {
    const catalog = join(dir, 'dangling');
    mkdirSync(catalog);
    writeFileSync(join(catalog, 'ok.yaml'), valid.replace('QT-VALID-BOM', 'QT-OK'));
    writeFileSync(join(catalog, 'bad.yaml'), 'id: [\n');
    symlinkSync(join(catalog, 'missing-target.yaml'), join(catalog, 'gone.yaml'));
    const result = await runCli(['lint', '--lang', 'en', '--format', 'json', catalog]);
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; summary: { files: number } };
    expect(result.code).toBe(2);
    expect(report.diagnostics.map((d) => `${d.file.split('/').pop()} ${d.rule} ${d.message.split(':')[0]}`)).toEqual([
      'bad.yaml parse This bracket ([) is never closed',
      'gone.yaml parse Cannot read',
    ]);
  });

  it('reports a file it has no permission to read (exit 2), checked as an unprivileged user when run as root', async () => {
    const catalog = join(dir, 'private');
    chmodSync(dir, 0o755); // mkdtemp makes it private to root; "nobody" must be able to enter it
    mkdirSync(catalog, { mode: 0o755 });
    writeFileSync(join(catalog, 'secret.yaml'), valid, { mode: 0o000 });
    writeFileSync(join(catalog, 'ok.yaml'), valid.replace('QT-VALID-BOM', 'QT-OK2'), { mode: 0o644 });
    const asRoot = process.getuid?.() === 0;
    // Root reads any file: run procmap as "nobody" so that the permission really applies.
    const run = asRoot
      ? spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'lint', '--lang', 'en', catalog],
          { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
        )
      : spawnSync(process.execPath, [BIN, 'lint', '--lang', 'en', catalog], {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('secret.yaml\n  1:1  error  Cannot read: Permission denied  parse');
    expect(run.stdout).not.toContain('ok.yaml');
  });
});
