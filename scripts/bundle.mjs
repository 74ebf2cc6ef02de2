// Bundles the CLI (dist/cli/main.js and every command) into one script, dist/bundle/main.cjs, and makes V8's code
// cache for it by running `procmap lint` on a small procedure once (dist/bundle/main.code-cache): bin/load-cli.cjs
// compiles the script from that cache, so a start reads two files and compiles almost nothing. Commands are still
// evaluated only when run (esbuild wraps what main.ts imports on demand), and the large packages only some commands
// use stay outside, required from node_modules when those commands run. The lint worker thread is its own ES module
// bundle (worker threads start from a file).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/bundle');

// Node built-ins that cost start-up time (node:child_process about 20 ms of CPU with the net and dgram modules it
// loads, node:crypto about 14 ms) but that a run such as `procmap lint` never calls: commander requires
// child_process for executable subcommands procmap does not have, and procmap uses crypto to name temporary files
// and to hash. Each is replaced by a stand-in that loads the real module on first use. The stand-in for crypto
// exports only the functions procmap imports: importing another one fails the build, so none is missed silently.
const LAZY_CRYPTO = ['createHash', 'randomBytes'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onResolve({ filter: /^node:crypto$/ }, (args) =>
      args.importer.startsWith(join(root, 'dist')) ? { path: 'crypto', namespace: 'lazy' } : undefined,
    );
    // chalk detects the terminal's colours when it loads (node:os, node:tty, the environment: about 4 ms), for its
    // default instance; procmap never uses it, and gives each Chalk it makes its level (src/format/*).
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('/node_modules/chalk/')
        ? { path: 'supports-color', namespace: 'no-detection' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      loader: 'js',
      contents: 'export default { stdout: false, stderr: false };\n',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) =>
      args.path === 'child_process'
        ? {
            loader: 'js',
            contents:
              "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
          }
        : {
            loader: 'js',
            contents: `import { createRequire } from 'node:module';\nconst load = () => createRequire(import.meta.url)('node:crypto');\n${LAZY_CRYPTO.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`).join('\n')}\n`,
          },
    );
  },
};
// The browser stack is large and loaded only to render; exceljs, docx, handlebars, yaml (for --fix and import),
// diff (--fix-dry-run), the QR code maker and the progress bar only by the commands that use them. bpmn-moddle stays
// inside: it is an ES module only, which Node 20 before 20.19 cannot require().
const external = [
  'puppeteer-core',
  'mermaid',
  'exceljs',
  'docx',
  'handlebars',
  'yaml',
  'diff',
  'qrcode-generator',
  'cli-progress',
  'jszip',
  'saxes',
];

// A cache and a script of different builds must never meet: V8 checks a cache against the source's length only.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// A run of `procmap lint` loads a bundle without the other commands (bin/load-cli.cjs chooses it as main.ts chooses
// the commands to define: by the first word that is not an option), so that it reads and compiles half as much. The
// other commands are left out of it; importing one there is a bug in that choice, and says so.
const otherCommands = {
  name: 'lint-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) =>
      args.importer === join(root, 'dist/cli/main.js') && args.path !== './commands/lint.js'
        ? { path: args.path, namespace: 'other-command' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'other-command' }, (args) => ({
      loader: 'js',
      contents: `throw new Error(${JSON.stringify(`the lint bundle holds no ${args.path}: bin/load-cli.cjs chose it for another command`)});\n`,
    }));
  },
};

/** The CLI as one CommonJS script: every command, or only lint's. */
async function cliScript({ lintOnly }) {
  const cli = await build({
    entryPoints: [join(root, 'dist/cli/main.js')],
    write: false,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.17',
    external,
    // bin/load-cli.cjs passes both in: the script has no import.meta, and its import() cannot reach Node's loader.
    define: { 'import.meta.url': '__procmapUrl' },
    // Whitespace only: names stay, so --debug's stack traces still name procmap's functions.
    minifyWhitespace: true,
    plugins: lintOnly ? [lazyBuiltins, otherCommands] : [lazyBuiltins],
    logLevel: 'silent',
  });
  if (cli.warnings.length > 0) throw new Error(`bundle: ${cli.warnings.map((w) => w.text).join('; ')}`);
  // esbuild leaves import() of the packages outside the bundle as it is; each goes through bin/load-cli.cjs instead.
  // Only calls with a string literal are dynamic imports (the mermaid page's import(`${…}`) is text sent to the
  // browser), and never a method called import.
  const imported = new Set();
  const script = cli.outputFiles[0].text.replace(
    /(?<![\w$.])import\((?=(["'])([^"']+)\1\))/g,
    (_all, _quote, specifier) => {
      imported.add(specifier);
      return '__procmapImport(';
    },
  );
  const unexpected = [...imported].filter((name) => !external.includes(name) && !name.startsWith('node:'));
  if (unexpected.length > 0)
    throw new Error(`bundle: import() of ${unexpected.join(', ')}, which the bundle does not hold`);
  return script;
}

/** A character as a `\u` escape, as JavaScript reads it in a string, a template or a regular expression. */
const escaped = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The script with every character outside ASCII written as a `\u` escape, so that V8 holds its source as one byte a
 * character: read and decoded in a third of the time (about 10 ms of every start for the Vietnamese words in the
 * patterns). esbuild escapes strings and templates itself but leaves regular expression literals (their `source`
 * shows the escape; they match the same) and tagged templates. A `String.raw` template's raw text is its value, so
 * it becomes the string literal of the same value (its `${}` parts joined to it); a character after a backslash, or
 * a `String.raw` part that is not a plain name, fails the build rather than change a meaning.
 */
function asciiOnly(script) {
  const rawTemplate = /String\.raw`((?:[^`\\]|\\.)*)`/gs;
  const ascii = script
    .replace(rawTemplate, (whole, body) => {
      if (!/[\u0080-\uffff]/.test(body)) return whole;
      const parts = body.split(/\$\{([^}]*)\}/);
      return `(${parts
        .map((part, i) => {
          if (i % 2 === 0) return JSON.stringify(part).replace(/[\u0080-\uffff]/g, escaped);
          if (!/^[\w$.]+$/.test(part))
            throw new Error(`bundle: String.raw with \${${part}}, which asciiOnly cannot keep`);
          return `String(${part})`;
        })
        .join('+')})`;
    })
    .replace(/(\\*)([\u0080-\uffff])/g, (_all, backslashes, char) => {
      if (backslashes.length % 2 === 1)
        throw new Error(`bundle: "\\${char}" outside ASCII, which asciiOnly cannot keep`);
      return backslashes + escaped(char);
    });
  // bin/load-cli.cjs reads the bundles as latin1, which is ASCII's reading only for ASCII.
  if (/[\u0080-\uffff]/.test(ascii)) throw new Error('bundle: a character outside ASCII is left');
  return ascii;
}

// Each bundle is written as the function bin/load-cli.cjs calls, so that it compiles the file's text as it is read:
// wrapped there, the text would be copied whole into the JavaScript heap first (1 MB, and a garbage collection or two
// of every start), where Node leaves a file's text this large outside it.
const asFunction = (script) => `(function (exports, require, module, __procmapUrl, __procmapImport) {${script}\n})`;

// The placeholder src/node/code-fingerprint.ts holds (BUNDLE_DIGEST), replaced by the hash of the bundle's text as it
// stands with it: a build keys its pages on the code, which holds the site's styles and markup, at no cost when it runs.
const DIGEST_PLACEHOLDER = 'procmap:the-bundle-digest-that-scripts/bundle.mjs-writes-here:::';
function withDigest(script) {
  const parts = script.split(DIGEST_PLACEHOLDER);
  if (parts.length > 2) throw new Error('bundle: the code digest placeholder is in the bundle more than once');
  if (parts.length === 1) return script;
  return parts.join(createHash('sha256').update(script).digest('hex'));
}
writeFileSync(join(out, 'main.cjs'), withDigest(asFunction(asciiOnly(await cliScript({ lintOnly: false })))));
writeFileSync(join(out, 'lint.cjs'), withDigest(asFunction(asciiOnly(await cliScript({ lintOnly: true })))));

const workerBundle = (entry) =>
  build({
    entryPoints: [join(root, entry)],
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    external,
    // Bundled CommonJS dependencies call require(): give the ESM bundle one.
    banner: {
      js: "import { createRequire as __procmapRequire } from 'node:module'; const require = __procmapRequire(import.meta.url);",
    },
    plugins: [lazyBuiltins],
    logLevel: 'warning',
  });
const worker = await workerBundle('dist/lint/worker.js');
// Each worker thread reads it too, as a large catalog starts them.
writeFileSync(join(out, 'lint-worker.js'), asciiOnly(worker.outputFiles[0].text));
// `import` reads a large spreadsheet in a thread of its own (src/node/sheet-outcomes.ts), so that Ctrl-C acts at once.
const sheetWorker = await workerBundle('dist/node/sheet-worker.js');
writeFileSync(join(out, 'sheet-worker.js'), asciiOnly(sheetWorker.outputFiles[0].text));

// The code cache holds what V8 compiled during one lint of two small procedures: start-up, configuration, loading,
// every rule and the report. They hold the fields most procedures have (dossier, fee, forms, records, sign-off, a
// decision, history) and both kinds of limit most are given (working days; the same day with its cut-off hour), so
// that a lint of a typical file compiles little that the cache lacks. They are written here, so that a build never
// depends on the example catalog's state.
const PROCEDURES = {
  'procedure.yaml': `id: QT-MAU-01
title: Cấp bản sao trích lục hộ tịch
code: "2.000635"
revision: 2
effective: 2025-07-01
level: commune
field: Hộ tịch
agency: UBND xã Mẫu
issuer: UBND xã Mẫu, tỉnh Mẫu
time_limit: 03 ngày làm việc
four_on_the_spot: false
purpose: Quy định trình tự cấp bản sao trích lục hộ tịch đúng thời hạn.
scope: Áp dụng tại Bộ phận Một cửa xã Mẫu.
legal_basis:
  - Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014
  - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ
definitions:
  - term: BPMC
    meaning: Bộ phận Một cửa xã Mẫu
conditions:
  - Người yêu cầu có giấy tờ tùy thân còn giá trị
dossier:
  - name: Tờ khai cấp bản sao trích lục hộ tịch
    copies: 01 bản chính
  - name: Giấy tờ tùy thân
    copies: "01 bản chính (xuất trình)"
dossier_count: 01 bộ
fee: 8.000 đồng/bản sao
place: Bộ phận Một cửa xã Mẫu, các ngày làm việc
result: Bản sao trích lục hộ tịch
records:
  - name: Sổ theo dõi hồ sơ (Mẫu 07)
    keeper: BPMC
    retention: 05 năm
forms:
  - code: Mẫu 07
    name: Sổ theo dõi hồ sơ
bodies:
  BPMC: { name: Bộ phận Một cửa xã Mẫu, single_window: true }
  TP: { name: Công chức Tư pháp - Hộ tịch }
  LD: { name: Lãnh đạo UBND xã Mẫu }
steps:
  - id: receive
    name: Tiếp nhận, kiểm tra hồ sơ
    body: BPMC
    duration: 4h
    role: Công chức Bộ phận Một cửa
    description: Kiểm tra thành phần hồ sơ, ghi Sổ theo dõi hồ sơ.
    inputs: [Tờ khai, Giấy tờ tùy thân]
    outputs: [Hồ sơ đã ghi sổ]
    forms: [Mẫu 07]
    next:
      Hồ sơ hợp lệ: check
      Hồ sơ không hợp lệ: refuse
  - id: check
    name: Thẩm định, dự thảo bản sao
    body: TP
    duration: 1d
    role: Công chức Tư pháp - Hộ tịch
    outputs: [Dự thảo bản sao]
  - id: sign
    name: Ký, đóng dấu
    body: LD
    duration: 1d
    role: Chủ tịch UBND xã
    outputs: [Bản sao đã ký]
  - id: return
    name: Thu lệ phí, trả kết quả
    body: BPMC
    duration: 4h
    outputs: [Bản sao trích lục hộ tịch]
    next: []
  - id: refuse
    name: Hướng dẫn bổ sung hồ sơ
    body: BPMC
    duration: 2h
    next: []
signoff:
  prepared_by: { name: Nguyễn Văn An, title: Công chức Tư pháp - Hộ tịch }
  reviewed_by: { name: Trần Thị Bình, title: Phó Chủ tịch UBND xã }
  approved_by: { name: Lê Văn Cường, title: Chủ tịch UBND xã }
history:
  - revision: 1
    date: 2025-01-02
    changes: Ban hành lần đầu
  - revision: 2
    date: 2025-07-01
    changes: Cập nhật theo mô hình chính quyền địa phương hai cấp
`,
  'same-day.yaml': `id: QT-MAU-02
title: Chứng thực bản sao từ bản chính
revision: 1
effective: 2025-07-01
level: commune
time_limit: trong ngày
cutoff: "15:00"
channels:
  - { kind: in_person }
  - { kind: online, fee: Không thu phí }
bodies:
  BPMC: { name: Bộ phận Một cửa xã Mẫu, single_window: true }
  TP: { name: Công chức Tư pháp - Hộ tịch }
steps:
  - id: receive
    name: Tiếp nhận yêu cầu
    body: BPMC
    duration: 0.25h
  - id: sign
    name: Đối chiếu, ký chứng thực
    body: TP
    duration: 1h
  - id: return
    name: Trả kết quả
    body: BPMC
    duration: 0.25h
`,
};
const warmUp = mkdtempSync(join(tmpdir(), 'procmap-code-cache-'));
try {
  for (const [name, text] of Object.entries(PROCEDURES)) writeFileSync(join(warmUp, name), text);
  const made = spawnSync(
    process.execPath,
    [
      '--input-type=commonjs',
      '-e',
      `const { writeFileSync } = require('node:fs');
const { Writable } = require('node:stream');
const { loadCli, BUNDLES } = require(${JSON.stringify(join(root, 'bin/load-cli.cjs'))});
(async () => {
  for (const [bundle, { codeCache }] of Object.entries(BUNDLES)) {
    const { cli, script } = loadCli({ cache: false, bundle });
    let said = '';
    const sink = new Writable({ write: (chunk, _encoding, done) => ((said += chunk), done()) });
    const io = { stdout: sink, stderr: sink, cwd: ${JSON.stringify(warmUp)}, env: {} };
    const code = await cli.main(['lint', ...${JSON.stringify(Object.keys(PROCEDURES))}], io);
    if (code !== 0) throw new Error('the lint that warms the code cache exited ' + code + ':\\n' + said);
    writeFileSync(codeCache, script.createCachedData());
    if (loadCli({ bundle }).script.cachedDataRejected !== false) throw new Error('this Node rejects the code cache it just made');
  }
})();`,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`bundle: making the code cache failed:\n${made.stderr}`);
} finally {
  rmSync(warmUp, { recursive: true, force: true });
}
