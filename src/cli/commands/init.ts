import { closeSync, lstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { type CommandContext, helpTexts, langOption, settled, type Settled } from '../define.js';
import { CONFIG_FILE_NAMES } from '../../config/config.js';
import { starterConfig, STARTER_PROCEDURE } from '../../config/starter.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Lang } from '../../i18n.js';
import {
  displayPath,
  findProcedureFiles,
  isColumnMapping,
  readBounded,
  refuseBlockedWays,
  writeFileSafely,
} from '../../node/files.js';
import { LIMITS } from '../../model/limits.js';
import type { Io } from '../../node/io.js';
import { docsUrl } from '../../docs-url.js';

const HELP = helpTexts({
  en: {
    description: 'Start a catalog in a folder: procmap.config.yaml, and an example procedure when it has none',
    folder: 'the catalog folder (default: the current folder)',
    after:
      '\nNever writes over a file: a folder that has a configuration is refused. Then edit procedures/example.yaml and\nrun the commands below. Configuration: ' +
      docsUrl('docs/configuration.md') +
      '.\n\nExit codes: 0 written, 2 nothing written (a configuration is there already, or the folder cannot be written).\n\nExamples:\n  procmap init\n  procmap lint\n  procmap init ../thu-tuc-xa --lang en',
    created: 'Created {file}',
    kept: 'The folder already holds procedures: no example written',
    next: '\nNext:\n{cd}  procmap lint  # check the procedures\n  procmap time .  # their time against the limits\n  procmap rules  # the rules and their severities\n',
  },
  vi: {
    description:
      'Bắt đầu một bộ quy trình trong một thư mục: tệp procmap.config.yaml, và một quy trình mẫu nếu chưa có',
    folder: 'thư mục của bộ quy trình (mặc định: thư mục hiện tại)',
    after:
      '\nKhông bao giờ ghi đè tệp nào: thư mục đã có tệp cấu hình thì bị từ chối. Sau đó sửa procedures/vi-du.yaml và\nchạy các lệnh dưới đây. Về cấu hình: xem ' +
      docsUrl('docs/configuration.md') +
      '.\n\nMã thoát: 0 đã ghi, 2 không ghi gì (thư mục đã có tệp cấu hình, hoặc không ghi được vào thư mục).\n\nVí dụ:\n  procmap init\n  procmap lint\n  procmap init ../thu-tuc-xa --lang en',
    created: 'Đã tạo {file}',
    kept: 'Thư mục đã có quy trình: không ghi quy trình mẫu',
    next: '\nTiếp theo:\n{cd}  procmap lint  # kiểm tra các quy trình\n  procmap time .  # thời gian so với thời hạn giải quyết\n  procmap rules  # các quy tắc và mức độ của chúng\n',
  },
});

/** `procmap init` on the command line: arguments, options, help and examples, in the language of help. */
function declareInit(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('init')
    .description(help.description)
    .argument('[folder]', help.folder)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap init`, as commander parses them. */
export type InitCommandOptions = Settled<ReturnType<ReturnType<typeof declareInit>['opts']>>;

/** The refusal of a folder that has a configuration already: init writes over nothing. */
function configExists(file: string): UsageError {
  const shown = displayPath(file);
  return new UsageError({
    en: `"${shown}" exists already: procmap init writes over nothing. Edit it (${docsUrl('docs/configuration.md')}), or run init in another folder`,
    vi: `Đã có tệp "${shown}": procmap init không ghi đè tệp nào. Hãy sửa tệp đó (${docsUrl('docs/configuration.md')}), hoặc chạy init ở thư mục khác`,
  });
}

// A procedure's YAML has its id, title or steps at the top level; other YAML (docker-compose.yml, a CI file) has not.
const PROCEDURE_KEY = /^(?:steps|id|title|time_limit|bodies|các bước|cac buoc)\s*:/imu;

/** Whether a file the walk found is a column mapping (the walk leaves that to whoever reads the file). */
function isMapping(file: string): boolean {
  const read = readBounded(file, LIMITS.maxConfigBytes);
  return read.ok && isColumnMapping(read.bytes);
}

/** The first bytes of a file, as text: enough to see a procedure's top-level keys without reading a large file. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the folder holds a procedure anywhere below it (procedures/, or a catalog of its own layout such as
 * quy-trinh/): an example added beside real procedures would be linted, counted and published with them.
 */
function holdsProcedures(root: string): boolean {
  let found: ReturnType<typeof findProcedureFiles>;
  try {
    found = findProcedureFiles([root]);
  } catch {
    return false;
  }
  if (found.unreadable.length > 0) return true;
  const inProcedures = join(root, 'procedures') + sep;
  return found.files.some((file) => {
    // A column mapping saved among them (`--map cot.yaml`) is no procedure, as every command that reads them says.
    if (isMapping(file)) return false;
    if (resolve(file).startsWith(inProcedures)) return true;
    try {
      return PROCEDURE_KEY.test(head(file));
    } catch {
      return true;
    }
  });
}

/**
 * `procmap init [FOLDER]`: a starter procmap.config.yaml in the run's language and, where procedures/ holds no
 * procedure yet, one example procedure that lints clean, so that every command has something to show at once.
 */
export function initCommand(folder: string | undefined, options: InitCommandOptions, io: Io): number {
  const root = resolve(io.cwd, folder ?? '.');
  const present = CONFIG_FILE_NAMES.map((name) => join(root, name)).find((file) => {
    try {
      lstatSync(file);
      return true;
    } catch {
      return false;
    }
  });
  if (present !== undefined) throw configExists(present);
  const help = HELP[options.lang];
  const procedures = join(root, 'procedures');
  const hasProcedures = holdsProcedures(root);
  const config = join(root, CONFIG_FILE_NAMES[0]);
  // Named in the run's language, as the configuration is written in it.
  const example = join(procedures, options.lang === 'en' ? 'example.yaml' : 'vi-du.yaml');
  // Both refused before either is written: a run that cannot write the example leaves no configuration behind.
  refuseBlockedWays(root, hasProcedures ? [config] : [config, example]);
  writeFileSafely(config, starterConfig(options.lang), root);
  if (!hasProcedures)
    try {
      writeFileSafely(example, STARTER_PROCEDURE, root);
    } catch (error) {
      // A procedures/ folder that cannot be written: the configuration goes too, so that the run leaves nothing behind
      // and init can be run again once the folder is writable (it refuses a folder that has a configuration).
      unlinkSync(config);
      throw error;
    }
  // Said once both are written: a run refused part way says only what stopped it.
  io.stdout.write(`${help.created.replace('{file}', displayPath(config))}\n`);
  io.stdout.write(hasProcedures ? `${help.kept}\n` : `${help.created.replace('{file}', displayPath(example))}\n`);
  // The commands as pasted into the shell they were typed in: from the catalog's folder, where its configuration applies.
  const shown = displayPath(root);
  const cd = folder === undefined ? '' : `  cd ${/^[\w./-]+$/.test(shown) ? shown : `"${shown}"`}\n`;
  io.stdout.write(help.next.replace('{cd}', cd));
  return EXIT.ok;
}

/** Defines `procmap init` on the program; main loads this module only when the command is run or listed. */
export function defineInitCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareInit(program, lang).action((folder, options) => setExit(initCommand(folder, settled(options), io)));
}
