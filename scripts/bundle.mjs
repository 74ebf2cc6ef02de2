// Bundles the CLI (dist/cli/main.js and the commands it loads on demand) into a few files in dist/bundle/, so that
// starting procmap reads a handful of modules instead of about eighty: `procmap lint` on one file starts within
// twice the time of `node -e 0`. Each command stays its own chunk, loaded only when run.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
// Chunk names carry content hashes: without clearing, every build leaves the previous chunks behind in the package.
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  // The lint worker is its own entry: worker threads start from a file.
  entryPoints: { main: join(root, 'dist/cli/main.js'), 'lint-worker': join(root, 'dist/lint/worker.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The browser stack is large and loaded only to render; exceljs and bpmn-moddle are large and loaded only by
  // ontime, import and export.
  external: ['puppeteer-core', 'mermaid', 'exceljs', 'bpmn-moddle'],
  // Bundled CommonJS dependencies call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __procmapRequire } from 'node:module'; const require = __procmapRequire(import.meta.url);",
  },
  plugins: [lazyBuiltins],
  logLevel: 'warning',
});
