// Where a file's texts typed in a legacy encoding stand, read from its YAML rather than its data: the rules that ask
// (control-characters, invisible-characters) must not read the data, whose refused places silence a rule that reads them.
import type { Node } from 'yaml';
import { legacyFonts, mayBeLegacyText } from './legacy-fonts.js';
import { withoutInvisible } from './quote.js';
import { loneCrAsLf } from './source.js';
import { yaml } from './yaml-module.js';

/** The texts of a file typed in a legacy encoding: each as the data holds it, and where it stands (offsets). */
export interface LegacyPlaces {
  texts: ReadonlySet<string>;
  ranges: readonly (readonly [number, number])[];
}

const NONE: LegacyPlaces = { texts: new Set(), ranges: [] };

/**
 * The string values of a file (offsets of the text as the loader reads it: a lone CR is a line break) that are typed
 * in a legacy encoding, by legacy-font-text's counts: their control characters and soft hyphens are bytes of their
 * letters (U+00AD is TCVN3's ư, U+0090 a byte of UTF-8's Đ), which only that rule's fix reads.
 */
export function legacyPlaces(source: string): LegacyPlaces {
  if (!mayBeLegacyText(source)) return NONE;
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const found: { text: string; range: [number, number] }[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value);
    else if (isSeq(node)) for (const item of node.items) walk(item);
    else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      // As the loader reads it, so that the counts are legacy-font-text's.
      const text = withoutInvisible(node.value).normalize('NFC');
      found.push({ text, range: [node.range[0], node.range[1]] });
    }
  };
  walk((parseDocument(loneCrAsLf(source)).contents as Node | null) ?? undefined);
  const fonts = legacyFonts(found.map(({ text }) => text));
  const legacy = found.filter((_, i) => fonts[i] !== undefined);
  return legacy.length === 0
    ? NONE
    : { texts: new Set(legacy.map(({ text }) => text)), ranges: legacy.map(({ range }) => range) };
}
