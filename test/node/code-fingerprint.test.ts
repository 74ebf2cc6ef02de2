import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFiles, filesFingerprint } from '../../src/node/code-fingerprint.js';

const work = mkdtempSync(join(tmpdir(), 'procmap-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A dist/ folder as `npm run build` leaves it: modules, and the bundles beside them.
const dist = join(work, 'dist');
for (const folder of ['node', 'render/site', 'bundle']) mkdirSync(join(dist, folder), { recursive: true });
writeFileSync(join(dist, 'node', 'code-fingerprint.js'), 'export {};\n');
writeFileSync(join(dist, 'render', 'site', 'page.js'), 'export const SITE_CSS = "a { color: #0b5cad; }";\n');
writeFileSync(join(dist, 'bundle', 'main.cjs'), '(function () {})\n');

const fingerprint = (file: string) => {
  const { root, files } = codeFiles(file);
  return filesFingerprint(root, files);
};

describe("the fingerprint of procmap's running code", () => {
  it('covers every module of dist/ when run module by module, the bundles aside', () => {
    expect(codeFiles(join(dist, 'node', 'code-fingerprint.js')).files).toEqual([
      join(dist, 'node', 'code-fingerprint.js'),
      join(dist, 'render', 'site', 'page.js'),
    ]);
  });

  it('is the bundle alone when run from it', () => {
    expect(codeFiles(join(dist, 'bundle', 'main.cjs')).files).toEqual([join(dist, 'bundle', 'main.cjs')]);
  });

  it('changes with a style, a file added or a file renamed, and not otherwise', () => {
    const module = join(dist, 'node', 'code-fingerprint.js');
    const before = fingerprint(module);
    expect(fingerprint(module)).toBe(before);
    writeFileSync(join(dist, 'render', 'site', 'page.js'), 'export const SITE_CSS = "a { color: #0b5cae; }";\n');
    const styled = fingerprint(module);
    expect(styled).not.toBe(before);
    writeFileSync(join(dist, 'render', 'site', 'labels.js'), '');
    const added = fingerprint(module);
    expect(added).not.toBe(styled);
    rmSync(join(dist, 'render', 'site', 'labels.js'));
    writeFileSync(join(dist, 'render', 'site', 'label.js'), '');
    expect(fingerprint(module)).not.toBe(added);
    // The bundles are made from these modules: a build of them alone changes nothing the modules run.
    rmSync(join(dist, 'render', 'site', 'label.js'));
    writeFileSync(join(dist, 'bundle', 'main.cjs'), '(function () { /* rebuilt */ })\n');
    expect(fingerprint(module)).toBe(styled);
  });
});
