// Turns src/ into dist/ module by module (the tree bench/, scripts/setup-system.mjs and the bundle start from), with
// esbuild: types are checked once, by `npm run check` (part of `npm run verify`), not again on every build, which
// made `npm test` wait about 10 s for tsc before the first test.
import { buildSync } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const sources = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
  .map((entry) => join(entry.parentPath, entry.name));
buildSync({
  entryPoints: sources,
  outdir: join(root, 'dist'),
  outbase: src,
  format: 'esm',
  platform: 'node',
  // The lowest Node in package.json's engines: for plain 'node20' esbuild drops import attributes (Node 20.0 had
  // none), and dist's `import … from '*.json'` then fails to load.
  target: 'node20.17',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
