import { isMap } from '../model/data-object.js';
import type { Body, Fix } from '../model/types.js';
import type { LoadedFile } from '../model/load.js';
import { LineIndex, lineEndOf } from '../model/source.js';
import { writtenAt, wrapFix, yamlName } from './written-value.js';
import { defineRule } from './define-rule.js';

/** The lines of a `bodies` map, each with the file's line end; an item's comment, if any, after its name. */
function bodiesBlock(source: LoadedFile, bodies: Record<string, Body>, comments: readonly string[] = []): string {
  const end = lineEndOf(source.text);
  const lines = ['bodies:'];
  for (const [i, [key, body]] of Object.entries(bodies).entries()) {
    lines.push(`  ${key}:`, `    name: ${yamlName(body.name)}${comments[i] ?? ''}`);
    if (body.single_window === true) lines.push('    single_window: true');
    if (body.on_site === true) lines.push('    on_site: true');
  }
  return lines.map((line) => `${line}${end}`).join('');
}

/** The `bodies` map of a draft that names its bodies in its steps, inserted before `steps:`. */
function declareFix(source: LoadedFile, bodies: Record<string, Body>): Fix | undefined {
  const at = source.locate(['steps'], 'key');
  if (at.column !== 1) return undefined;
  const range = { line: at.line, column: 1, endLine: at.line, endColumn: 1 };
  return { range, text: bodiesBlock(source, bodies) };
}

// A block list's item on a line of its own, with the comment after it: "  - Bộ phận Một cửa   # quầy 12".
const ITEM_LINE = /^[ \t]*- [^#"']*?(?:([ \t]+#.*))?\r?$/;

/**
 * The `bodies` map in place of the list it was written as, from its key to the end of its last item, each item's
 * comment after its name; none when a comment stands where no item can keep it.
 */
function listFix(source: LoadedFile, bodies: Record<string, Body>): Fix | undefined {
  const key = source.locate(['bodies'], 'key');
  const value = source.locate(['bodies']);
  if (key.column !== 1) return undefined;
  const lines = new LineIndex(source.text);
  const start = lines.offset(key.line, 1);
  // A block list's range takes in the line end after its last item; the map written in its place ends with its own.
  const written = source.text.slice(start, lines.offset(value.endLine, value.endColumn)).trimEnd();
  let comments: string[] = [];
  if (written.includes('#')) {
    const [head, ...items] = written.split('\n');
    const read = items.map((line) => ITEM_LINE.exec(line));
    // Only `bodies:` and one item a line, as many as there are bodies: each comment then belongs to one body.
    if (head!.trimEnd() !== 'bodies:' || read.length !== Object.keys(bodies).length || read.some((m) => !m))
      return undefined;
    comments = read.map((m) => m![1] ?? '');
  }
  const block = bodiesBlock(source, bodies, comments).replace(/\r?\n$/, '');
  return { range: lines.range(start, start + written.length), text: block };
}

/**
 * `body: Công an tỉnh` reads as the body of that name; its key is what a rename of the name cannot break. A body
 * declared by its name alone (`CA: Công an tỉnh`) reads as `{ name }`; the map shows where its flags go.
 */
export const rule = defineRule({
  id: 'canonical-body',
  description: {
    en: 'Bodies should be declared as { name } and named by their key in steps',
    vi: 'Đơn vị nên khai báo dạng { name } và ghi bằng mã ở các bước',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    key: { en: 'Write body "{text}" by its key: {key}', vi: 'Hãy ghi đơn vị "{text}" bằng mã: {key}' },
    map: {
      en: 'Write body {key} as {written}',
      vi: 'Hãy ghi đơn vị {key} dạng {written}',
    },
    list: {
      en: 'Write the bodies as a map of id to body, not a list: {keys}',
      vi: 'Hãy ghi các đơn vị thành bảng theo mã, không phải danh sách: {keys}',
    },
    declare: {
      en: 'Declare the bodies the steps name in a `bodies` map, each with a key: {keys}',
      vi: 'Hãy khai báo các đơn vị mà các bước ghi trong "bodies", mỗi đơn vị một mã: {keys}',
    },
  },
  check({ source, procedure, report }) {
    if (!isMap(source.data)) return;
    // Without a `bodies` map, or with a list, the keys exist only in procmap's reading: write the map first.
    const written = source.data.bodies;
    if (written === undefined || Array.isArray(written)) {
      const keys = Object.entries(procedure.bodies).map(([key, { name }]) => (key === name ? key : `${key} (${name})`));
      const fix = written === undefined ? declareFix(source, procedure.bodies) : listFix(source, procedure.bodies);
      report({
        messageId: written === undefined ? 'declare' : 'list',
        data: { keys: keys.join(', ') },
        path: written === undefined ? ['steps'] : ['bodies'],
        target: 'key',
        ...(fix ? { fix } : {}),
      });
      // A map written for a draft: each step's body by its key in the same run, for once the map is there a step's
      // name that is another body's key ("PKT" beside the PKT of "Phòng Kinh tế") would read as that body. A list's
      // steps wait for the map.
      if (written !== undefined || !fix) return;
    }
    for (const [key, body] of Object.entries(procedure.bodies)) {
      const path = ['bodies', key];
      if (typeof writtenAt(source, path) !== 'string') continue;
      const flags = body.single_window === true ? ', single_window: true' : '';
      const fix = wrapFix(source, path, (text) => `{ name: ${text}${flags} }`);
      const written = `{ name: ${yamlName(body.name)}${flags} }`;
      report({ messageId: 'map', data: { key, written }, path, ...(fix ? { fix } : {}) });
    }
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'body'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || text === step.body || !Object.hasOwn(procedure.bodies, step.body)) return;
      report({ messageId: 'key', data: { text, key: step.body }, path, fix: { path, value: step.body } });
    });
  },
});
