import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isMap } from '../../src/model/data-object.js';
import { legacyFonts } from '../../src/model/legacy-fonts.js';
import { legacyReading, strayLegacyFont } from '../../src/model/legacy-repair.js';
import { ROOT } from '../helpers/cli.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// Ordinary Unicode Vietnamese is never read as an old encoding: the titles officers write (procedures/ and every test
// fixture's but those typed in an old encoding on purpose), as written, in capitals, decomposed (NFD, as macOS and
// some Word pastes give it), and two joined, as a title and its case are.

// Fixtures in an old encoding on purpose, and those made to stop a parser (deep nesting, which `yaml` takes minutes on).
const LEGACY_ON_PURPOSE = /legacy|tcvn3|vni|ansi|encoding|hostile|broken|deep|nesting|huge|long/i;

function titles(): string[] {
  const files = [...yamlFiles(join(ROOT, 'procedures')), ...yamlFiles(join(ROOT, 'test'))].filter(
    (file) => !LEGACY_ON_PURPOSE.test(file) && statSync(file).size < 32_000,
  );
  const found = new Set<string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'), { logLevel: 'silent' });
    } catch {
      continue; // a fixture broken on purpose
    }
    const title = isMap(data) ? (data as Record<string, unknown>).title : undefined;
    // Vietnamese with a mark: a title in ASCII alone says nothing of this.
    if (typeof title === 'string' && /[^\x00-\x7f]/.test(title)) found.add(title.normalize('NFC'));
  }
  return [...found];
}

describe('Unicode Vietnamese is never taken for an old encoding', () => {
  const real = titles();

  it('has real titles to try', () => {
    expect(real.length).toBeGreaterThan(30);
  });

  it('leaves every real title as written, in capitals, decomposed, two joined', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.constantFrom(...real),
        fc.constantFrom('as written', 'capitals', 'NFD', 'joined'),
        (one, two, form) => {
          const text =
            form === 'capitals'
              ? one.toUpperCase()
              : form === 'NFD'
                ? one.normalize('NFD')
                : form === 'joined'
                  ? `${one} – ${two}`
                  : one;
          expect(legacyFonts([text, text, text])).toEqual([undefined, undefined, undefined]);
          expect(strayLegacyFont(text)).toBeUndefined();
          // Even were it told, --fix would write nothing else: its words read as Vietnamese as written.
          for (const font of ['tcvn3', 'vni'] as const) expect(legacyReading(text, font).fixed).toBeUndefined();
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
