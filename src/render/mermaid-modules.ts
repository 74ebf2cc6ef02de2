import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { patchSwimlaneRouting } from './mermaid-swimlane-routing.js';
import { patchTextWidth } from './mermaid-text-width.js';

// mermaid's assignWithDepth as minified in mermaid 11: it creates each new key of the copy with Object.defineProperty.
// getConfig() copies the whole configuration (every diagram type's settings and the theme's variables) with it, many
// times per diagram: about a third of a flowchart's render time in a profile. The minifier names the variables
// differently in each build (the copy, the key, the copy's alias, the value), so they are matched, not spelled.
const DEFINE_NEW_OBJECT_KEY =
  /Object\.hasOwn\((\w+),(\w+)\)\|\|(Object\.defineProperty\(\1,\2,\{value:void 0,writable:!0,enumerable:!0,configurable:!0\}\))/g;
const DEFINE_NEW_VALUE_KEY =
  /Object\.hasOwn\((\w+),(\w+)\)\?(\w+)\[\2\]=(\w+):(Object\.defineProperty\(\1,\2,\{value:\4,writable:!0,enumerable:!0,configurable:!0\}\))/g;
// Its loop over the source's entries (the source, the key, the value, the loop's body after the null check, the copy
// returned): one array per entry and one closure call, for a copy made thousands of times per chart.
const ENTRIES_LOOP =
  /Object\.entries\((\w+)\)\.forEach\(\(\[(\w+),(\w+)\]\)=>\{if\(typeof \3=="object"\)\{if\(\3===null\)return;([^]*?)\}\)\}return (\w+)\},"assignWithDepth"\)/g;

/**
 * mermaid's code with a faster assignWithDepth, the same function for every input:
 * - plain assignment instead of Object.defineProperty for new keys. For a key the object does not have, both create
 *   the same writable, enumerable, configurable own property at the end of the key order, unless an inherited accessor
 *   or read-only property of that name exists: on the plain objects and arrays mermaid copies its configuration into,
 *   that is only `__proto__`, which keeps defineProperty;
 * - a `for … of Object.keys()` loop instead of `Object.entries().forEach()`: the same own enumerable keys in the same
 *   order; each value is read as its key comes instead of all first, which differs only for a source that changes
 *   while it is copied (and a copy into itself writes back the values it reads).
 *
 * The output is the same by construction and by test; only the time differs. Code without exactly one of each expected
 * text (another module, another mermaid version) is returned as it is. Upstream: mermaid's getConfig()
 * (packages/mermaid/src/config.ts) deep-copies the whole configuration on every call; no mermaid issue about its cost
 * was found (December 2026): one is to be filed with this profile, and this patch removed once mermaid copies less.
 */
export function patchConfigCopy(code: string): string {
  const once = (pattern: RegExp) => (code.match(pattern) ?? []).length === 1;
  if (!once(DEFINE_NEW_OBJECT_KEY) || !once(DEFINE_NEW_VALUE_KEY) || !once(ENTRIES_LOOP)) return code;
  return code
    .replace(
      DEFINE_NEW_OBJECT_KEY,
      (_, copy, key, define) =>
        `Object.hasOwn(${copy},${key})||(${key}==="__proto__"?${define}:${copy}[${key}]=void 0)`,
    )
    .replace(
      DEFINE_NEW_VALUE_KEY,
      (_, copy, key, alias, value, define) =>
        `Object.hasOwn(${copy},${key})||${key}!=="__proto__"?${alias}[${key}]=${value}:${define}`,
    )
    .replace(
      ENTRIES_LOOP,
      (_, source, key, value, body, copy) =>
        `for(const ${key} of Object.keys(${source})){const ${value}=${source}[${key}];if(typeof ${value}=="object"){if(${value}===null)continue;${body}}}return ${copy}},"assignWithDepth")`,
    );
}

// getConfig as minified: a copy of the current configuration made by assignWithDepth into a new object (the helper
// that names functions, the copy function, the configuration).
const GET_CONFIG = /=(\w+)\(\(\)=>(\w+)\(\{\},(\w+)\),"getConfig"\)/g;

/**
 * assignWithDepth({}, source, { depth }) for a plain object source, written for a new target: the same keys in the same
 * order with the same values (arrays copied without duplicates, objects below `depth` levels copied one level deep,
 * null values left out, a `__proto__` key kept only as an own property holding an object), without the checks a target
 * that already holds keys needs. test/render/mermaid-config-copy.test.ts compares it with mermaid's own function.
 */
export const CONFIG_COPY = `function __procmapConfigCopy(t,r){const i={};for(const h of Object.keys(t)){const x=t[h];let v;if(typeof x=="object"){if(x===null)continue;if(Array.isArray(x)){v=[];x.forEach(c=>{v.includes(c)||v.push(c)})}else v=r<=1?Object.assign({},x):__procmapConfigCopy(x,r-1);if(h==="__proto__"){Object.defineProperty(i,h,{value:v,writable:!0,enumerable:!0,configurable:!0});continue}}else{if(h==="__proto__")continue;v=x}i[h]=v}return i}`;

/**
 * mermaid's code with getConfig() copying through CONFIG_COPY: the copy it makes for every node and edge was a fifth
 * of a page's time with patchConfigCopy, a seventh with this (December 2026, 30 synthetic charts). The SVGs stay
 * byte-identical to the published bundle's (test/render/diagram-fast-path.test.ts). Code without exactly one getConfig
 * of that form is returned as it is.
 */
export function patchGetConfig(code: string): string {
  if ((code.match(GET_CONFIG) ?? []).length !== 1) return code;
  return `${code.replace(GET_CONFIG, (_, name, _copy, config) => `=${name}(()=>__procmapConfigCopy(${config},2),"getConfig")`)}\n${CONFIG_COPY}\n`;
}

/**
 * mermaid's one-file browser bundle, the one mermaid-cli loads, with procmap's layout fix (patchSwimlaneRouting) and
 * none of its speed-ups: the reference tests compare the speed-ups with, since they must not change a chart.
 */
export async function readMermaidBundle(): Promise<string> {
  return patchSwimlaneRouting(
    await readFile(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
  );
}

/** The module a page imports to get mermaid, relative to the page's address. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

// The entry and its chunks: file names as mermaid's build makes them, nothing that could climb out of the folder.
const MODULE_PATH = /^(?:mermaid\.esm\.min\.mjs|chunks\/mermaid\.esm\.min\/[\w-]+(?:\.[\w-]+)*\.mjs)$/;

/**
 * mermaid's module build (the same version as the bundle), served to a page file by file: a page imports the entry
 * and then only the chunks a flowchart needs, about 0.9 MB instead of the bundle's 3.6 MB, which Chromium took
 * 2.3–2.9 s to receive and compile on a 2-core machine (0.5 s for the modules). Each file is read once per session
 * and served patched: the configuration copy (patchConfigCopy, patchGetConfig), text measuring (patchTextWidth) and the
 * swimlane layout's routes (patchSwimlaneRouting).
 */
export class MermaidModules {
  private readonly root = dirname(createRequire(import.meta.url).resolve(`mermaid/dist/${MERMAID_ENTRY}`));
  private readonly files = new Map<string, Promise<string | undefined>>();

  /** The text of a module by its path below mermaid's dist folder, or undefined for anything else. */
  read(path: string): Promise<string | undefined> {
    if (!MODULE_PATH.test(path)) return Promise.resolve(undefined);
    let file = this.files.get(path);
    if (!file) {
      file = readFile(join(this.root, path), 'utf8').then(
        (code) => patchSwimlaneRouting(patchTextWidth(patchGetConfig(patchConfigCopy(code)))),
        () => undefined,
      );
      this.files.set(path, file);
    }
    return file;
  }
}
