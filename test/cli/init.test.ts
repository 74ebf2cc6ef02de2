import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The tests must not inherit a language from the machine that runs them.
const NO_LANG = { PROCMAP_LANG: undefined };
const empty = () => mkdtempSync(join(tmpdir(), 'procmap-init-'));

describe('procmap init', () => {
  it('starts a catalog in an empty folder that every command then works on (there was no init)', async () => {
    const dir = empty();
    const init = await runCli(['init'], { cwd: dir, env: NO_LANG });
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    expect(init.stdout).toBe(
      [
        'Đã tạo procmap.config.yaml',
        'Đã tạo procedures/vi-du.yaml',
        '',
        'Tiếp theo:',
        '  procmap lint  # kiểm tra các quy trình',
        '  procmap time .  # thời gian so với thời hạn giải quyết',
        '  procmap rules  # các quy tắc và mức độ của chúng',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir).sort()).toEqual(['procedures', 'procmap.config.yaml']);
    expect(readFileSync(join(dir, 'procmap.config.yaml'), 'utf8')).toMatch(/^lang: vi /m);
    // The commands it names, as pasted.
    const lint = await runCli(['lint'], { cwd: dir, env: NO_LANG });
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n', '']);
    const time = await runCli(['time', '.'], { cwd: dir, env: NO_LANG });
    expect([time.code, time.stderr]).toEqual([0, '']);
    const rules = await runCli(['rules'], { cwd: dir, env: NO_LANG });
    expect([rules.code, rules.stderr]).toEqual([0, '']);
  });

  it('writes the configuration in the run’s language, into a folder given, and says to go there', async () => {
    const dir = empty();
    const init = await runCli(['init', 'thu tuc', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    expect(init.stdout.split('\n').slice(0, 5)).toEqual([
      'Created thu tuc/procmap.config.yaml',
      'Created thu tuc/procedures/example.yaml',
      '',
      'Next:',
      '  cd "thu tuc"',
    ]);
    // The configuration's lang: speaks for the catalog from now on, without --lang.
    const lint = await runCli(['lint'], { cwd: join(dir, 'thu tuc'), env: NO_LANG });
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 1 file checked, no problems\n', '']);
  });

  it('writes no example where procedures/ holds procedures already', async () => {
    const dir = empty();
    mkdirSync(join(dir, 'procedures'));
    writeFileSync(join(dir, 'procedures', 'a.yaml'), 'id: QT-01\n');
    const init = await runCli(['init', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    expect(init.stdout.split('\n').slice(0, 2)).toEqual([
      'Created procmap.config.yaml',
      'The folder already holds procedures: no example written',
    ]);
    expect(readdirSync(join(dir, 'procedures'))).toEqual(['a.yaml']);
  });

  it('writes over nothing: a folder with a configuration is refused, exit 2, the file unchanged', async () => {
    const dir = empty();
    writeFileSync(join(dir, 'procmap.config.yml'), 'lang: en\n');
    const init = await runCli(['init'], { cwd: dir, env: NO_LANG });
    expect(init).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: "procmap.config.yml" exists already: procmap init writes over nothing. Edit it (https://github.com/procmap/procmap/blob/main/docs/configuration.md), or run init in another folder\n',
    });
    expect(readFileSync(join(dir, 'procmap.config.yml'), 'utf8')).toBe('lang: en\n');
    expect(readdirSync(dir)).toEqual(['procmap.config.yml']);
  });

  it('writes no example where the folder holds procedures in a folder of its own layout, and one beside other YAML', async () => {
    // The example was written into procedures/ beside quy-trinh/, and linted, counted and published with the catalog.
    const dir = empty();
    mkdirSync(join(dir, 'quy-trinh'));
    writeFileSync(join(dir, 'quy-trinh', 'a.yaml'), 'id: QT-01\ntitle: Đăng ký kết hôn\n');
    const init = await runCli(['init', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    expect(init.stdout.split('\n').slice(0, 2)).toEqual([
      'Created procmap.config.yaml',
      'The folder already holds procedures: no example written',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['procmap.config.yaml', 'quy-trinh']);
    // A docker-compose.yml is no procedure: the example is written.
    const other = empty();
    writeFileSync(join(other, 'docker-compose.yml'), 'services:\n  web: {}\n');
    const beside = await runCli(['init', '--lang', 'en'], { cwd: other, env: NO_LANG });
    expect([beside.code, beside.stderr, beside.stdout.split('\n')[1]]).toEqual([
      0,
      '',
      'Created procedures/example.yaml',
    ]);
    expect(readdirSync(join(other, 'procedures'))).toEqual(['example.yaml']);
  });

  it('names next commands and help examples that work pasted, in order', async () => {
    // `procmap init`, `procmap init thu-tuc --lang en`, `procmap lint` made a catalog inside the other, both examples
    // with one id: lint exit 1 (unique-id). `procmap time procedures` failed where procedures were elsewhere.
    const help = await runCli(['init', '--help', '--lang', 'en'], { env: NO_LANG });
    const examples = help.stdout
      .slice(help.stdout.indexOf('Examples:\n') + 'Examples:\n'.length)
      .trim()
      .split('\n')
      .map((line) =>
        line
          .trim()
          .replace(/^procmap /, '')
          .split(' '),
      );
    expect(examples).toEqual([['init'], ['lint'], ['init', '../thu-tuc-xa', '--lang', 'en']]);
    const dir = join(empty(), 'catalog');
    mkdirSync(dir);
    for (const args of examples) {
      const run = await runCli(args, { cwd: dir, env: NO_LANG });
      expect([args.join(' '), run.code, run.stderr]).toEqual([args.join(' '), 0, '']);
    }
    const lint = await runCli(['lint'], { cwd: join(dir, '..', 'thu-tuc-xa'), env: NO_LANG });
    expect([lint.code, lint.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
  });

  it('points the files it writes to documentation an npm install can reach (docs/configuration.md is not shipped)', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const dir = empty();
      expect((await runCli(['init', '--lang', lang], { cwd: dir, env: NO_LANG })).code).toBe(0);
      const written = [
        readFileSync(join(dir, 'procmap.config.yaml'), 'utf8'),
        ...readdirSync(join(dir, 'procedures')).map((name) => readFileSync(join(dir, 'procedures', name), 'utf8')),
      ].join('\n');
      // Every page named is the published one, and one the repository has: none as a path beside the catalog.
      const named = [...written.matchAll(/(?:^|[\s(])([^\s(]*?)((?:docs|schemas)\/[\w./-]+|README\.md)/g)];
      expect(named.length).toBeGreaterThan(0);
      for (const [, before, page] of named) {
        expect(before).toBe('https://github.com/procmap/procmap/blob/main/');
        expect(existsSync(join(ROOT, page!.replace(/[.)]+$/, '')))).toBe(true);
      }
      // The commands it names for reading offline work in the new catalog.
      expect(written).toMatch(/procmap rules <[^>]+>/);
      expect((await runCli(['rules', 'unused-body'], { cwd: dir, env: NO_LANG })).code).toBe(0);
      expect((await runCli(['calendar'], { cwd: dir, env: NO_LANG })).code).toBe(0);
    }
  });

  it('writes the example where procedures/ holds only a column mapping (no procedure)', async () => {
    const dir = empty();
    mkdirSync(join(dir, 'procedures'));
    writeFileSync(
      join(dir, 'procedures', 'cot.yaml'),
      'columns:\n  received: Ngày nhận\nsteps:\n  receive: Tiếp nhận\n',
    );
    const init = await runCli(['init'], { cwd: dir, env: NO_LANG });
    expect([init.code, init.stderr]).toEqual([0, '']);
    expect(readdirSync(join(dir, 'procedures')).sort()).toEqual(['cot.yaml', 'vi-du.yaml']);
  });
});
