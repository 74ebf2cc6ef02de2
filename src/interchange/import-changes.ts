import { classify } from '../diff/classify.js';
import { compareCatalogs } from '../diff/compare.js';
import { changeLine } from '../format/diff-text.js';
import type { Translated } from '../i18n.js';
import { DEFAULT_HOURS_PER_DAY } from '../model/duration.js';
import type { Procedure } from '../model/types.js';

/**
 * What an import changes in the file it updates, one line a change in the words of `procmap diff` ("Fee: Lệ phí:
 * Miễn phí → Lệ phí: 8.000 đồng", "Step added (step s4)"), so that the officer sees what --force would write, or
 * wrote, before trusting it. The revision not raised is left out: an import never raises it, the officer does.
 */
export function importChanges(before: Procedure, after: Procedure, file: string): Translated[] {
  const compared = compareCatalogs([{ file, procedure: before }], [{ file, procedure: { ...after, id: before.id } }]);
  return classify(compared)
    .filter((change) => change.kind !== 'revision-not-bumped')
    .map((change) => ({
      en: changeLine(change, 'en', DEFAULT_HOURS_PER_DAY),
      vi: changeLine(change, 'vi', DEFAULT_HOURS_PER_DAY),
    }));
}
