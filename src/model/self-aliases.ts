import type { Document, Node } from 'yaml';
import type { Translated } from '../i18n.js';
import { escapeControls } from './quote.js';

/** An alias written inside the value its anchor marks (`&a {x: *a}`): where it stands, and what to say. */
export interface SelfAlias {
  start: number;
  end: number;
  message: Translated;
}

/**
 * The aliases that refer to a value they are written in. Read as data such a value holds itself without end, and the
 * reader stopped at its nesting limit at the top of the file, naming neither the alias nor why.
 */
export function selfAliases(yaml: typeof import('yaml'), doc: Document): SelfAlias[] {
  const found: SelfAlias[] = [];
  yaml.visit(doc, {
    Alias(_, alias, path) {
      const target = alias.resolve(doc);
      if (target === undefined || !alias.range || !path.includes(target as Node)) return;
      const name = escapeControls(alias.source);
      found.push({
        start: alias.range[0],
        end: alias.range[1],
        message: {
          en: `The alias *${name} refers to the value it is written in (&${name}), so that value would hold itself without end: write the value out here instead`,
          vi: `Tham chiếu *${name} trỏ tới chính giá trị chứa nó (&${name}), nên giá trị đó lặp lại chính nó không bao giờ hết: hãy ghi thẳng nội dung ở đây`,
        },
      });
    },
  });
  return found;
}
