import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Translated } from '../../i18n.js';
import { inRunFolder } from '../../node/run-context.js';
import { PACKAGE_ROOT } from '../../paths.js';
import type { TemplateSource, TemplateSources } from './templates.js';

/** The templates that ship with procmap (the package's templates/ folder). */
export const BUILTIN_TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');

const MAIN_FILES = {
  document: 'document.hbs',
  pageHeader: 'page-header.hbs',
  pageFooter: 'page-footer.hbs',
  markdown: 'markdown.hbs',
  css: 'document.css',
} as const;
const MAIN_NAMES = new Set<string>(Object.values(MAIN_FILES));

/** Why a template folder cannot be used. */
export class TemplateDirError extends Error {
  override name = 'TemplateDirError';

  constructor(readonly translated: Translated) {
    super(translated.en);
  }
}

// Templates are often shared between agencies: one that is a folder, a device or a pipe, or huge, is refused.
const MAX_TEMPLATE_BYTES = 1024 * 1024;

function read(path: string, shown: string): TemplateSource {
  const stats = statSync(path);
  if (!stats.isFile())
    throw new TemplateDirError({
      en: `Template "${shown}" is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}; it must be a text file`,
      vi: `Mẫu tài liệu "${shown}" ${stats.isDirectory() ? 'là một thư mục' : 'không phải tệp thường'}; mẫu phải là một tệp văn bản`,
    });
  if (stats.size > MAX_TEMPLATE_BYTES)
    throw new TemplateDirError({
      en: `Template "${shown}" is larger than 1 MiB; a template is a few kilobytes`,
      vi: `Mẫu tài liệu "${shown}" lớn hơn 1 MiB; một mẫu chỉ vài kilobyte`,
    });
  return { file: shown, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort();
}

/**
 * Reads the built-in templates and, when a folder is given, lays an organisation's files over them by name:
 * document.hbs, page-header.hbs, page-footer.hbs, markdown.hbs, document.css, and partials in DIR/partials/ (or DIR itself).
 * `show` turns a path into the form used in messages.
 */
export function readTemplates(folder?: string, show: (path: string) => string = (path) => path): TemplateSources {
  // Given relative to the run's working folder, which need not be the process's.
  const overrideDir = folder === undefined ? undefined : inRunFolder(folder);
  const pick = (name: string): TemplateSource => {
    const own = overrideDir === undefined ? undefined : join(overrideDir, name);
    const path = own !== undefined && existsSync(own) ? own : join(BUILTIN_TEMPLATE_DIR, name);
    return read(path, show(path));
  };
  const partials = new Map<string, TemplateSource>();
  const builtinPartials = join(BUILTIN_TEMPLATE_DIR, 'partials');
  for (const name of hbsFiles(builtinPartials))
    partials.set(name.slice(0, -4), read(join(builtinPartials, name), show(join(builtinPartials, name))));
  if (overrideDir !== undefined) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory())
      throw new TemplateDirError(
        existsSync(overrideDir)
          ? {
              en: `Template folder "${show(overrideDir)}" is a file; --template takes a folder`,
              vi: `"${show(overrideDir)}" là một tệp; --template nhận một thư mục mẫu`,
            }
          : {
              en: `Template folder "${show(overrideDir)}" does not exist`,
              vi: `Thư mục mẫu "${show(overrideDir)}" không tồn tại`,
            },
      );
    const own = [
      ...hbsFiles(overrideDir)
        .filter((name) => !MAIN_NAMES.has(name))
        .map((name) => join(overrideDir, name)),
      ...hbsFiles(join(overrideDir, 'partials')).map((name) => join(overrideDir, 'partials', name)),
    ];
    const mains = [...MAIN_NAMES].filter((name) => existsSync(join(overrideDir, name)));
    if (own.length === 0 && mains.length === 0) {
      throw new TemplateDirError({
        en: `Template folder "${show(overrideDir)}" has none of ${[...MAIN_NAMES].join(', ')} nor any partial (*.hbs)`,
        vi: `Thư mục mẫu "${show(overrideDir)}" không có tệp nào trong ${[...MAIN_NAMES].join(', ')}, cũng không có mẫu con (*.hbs)`,
      });
    }
    for (const path of own) partials.set(basename(path, '.hbs'), read(path, show(path)));
  }
  return {
    document: pick(MAIN_FILES.document),
    pageHeader: pick(MAIN_FILES.pageHeader),
    pageFooter: pick(MAIN_FILES.pageFooter),
    markdown: pick(MAIN_FILES.markdown),
    css: pick(MAIN_FILES.css),
    partials,
  };
}

/**
 * What the templates say, partials included, and not where they were read from: the build cache's key for them. (A
 * Map has no JSON form: the build once keyed on JSON.stringify(sources), and a changed partial rendered nothing again.)
 */
export function templatesFingerprint(sources: TemplateSources): string {
  const { document, pageHeader, pageFooter, markdown, css, partials } = sources;
  return JSON.stringify([
    ...[document, pageHeader, pageFooter, markdown, css].map((source) => source.text),
    ...[...partials].map(([name, source]) => [name, source.text]),
  ]);
}
