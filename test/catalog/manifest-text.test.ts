import { describe, expect, it } from 'vitest';
import { emptyManifest, manifestText } from '../../src/catalog/build-cache.js';

const FILE = `${'0'.repeat(32)} 12 1700000000000`;
const PENDING = `${'1'.repeat(32)} 14`;

describe('manifestText', () => {
  it('writes no empty "pending": {} (pending records live in .procmap-build-pending.json)', () => {
    // Before: the first save of a build wrote `"pending": {}` into the manifest, a leftover field with nothing in it.
    const text = manifestText({ ...emptyManifest(), site: ['index.html'] }, { 'index.html': FILE }, {});
    expect(JSON.parse(text)).toEqual({ version: 1, entries: {}, site: ['index.html'], files: { 'index.html': FILE } });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it("writes pending records when there are some, and never an older manifest's back", () => {
    const older = { ...emptyManifest(), site: ['index.html'], pending: { 'index.html': PENDING } };
    expect(JSON.parse(manifestText(older, {}, {}))).not.toHaveProperty('pending');
    const current = JSON.parse(manifestText(emptyManifest(), {}, { 'index.html': PENDING })) as { pending: unknown };
    expect(current.pending).toEqual({ 'index.html': PENDING });
  });
});
