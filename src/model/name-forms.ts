import { groupBy } from '../group-by.js';
import type { Translated } from '../i18n.js';

const FORMS: Record<'nfc' | 'nfd' | 'mixed', Translated> = {
  nfc: { en: 'precomposed (NFC)', vi: 'dạng dựng sẵn (NFC)' },
  nfd: { en: 'decomposed (NFD, as macOS writes file names)', vi: 'dạng tổ hợp (NFD, như macOS ghi tên tệp)' },
  mixed: { en: 'partly decomposed (not NFC)', vi: 'dạng tổ hợp một phần (không phải NFC)' },
};

/** How a path's letters are encoded, in words that tell two look-alike names apart. */
export function formOf(path: string): Translated {
  if (path === path.normalize('NFC')) return FORMS.nfc;
  return path === path.normalize('NFD') ? FORMS.nfd : FORMS.mixed;
}

/**
 * Each file name that another of the names looks identical to (the same letters in another Unicode form), with its
 * form in words (" (file name written decomposed …)"); a message naming such a file adds them, or it would name two
 * files alike.
 */
export function formsOfLookAlikes(files: Iterable<string>): Map<string, Translated> {
  const forms = new Map<string, Translated>();
  for (const group of groupBy(new Set(files), (file) => file.normalize('NFC')).values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const form = formOf(file);
      forms.set(file, { en: ` (file name written ${form.en})`, vi: ` (tên tệp viết ${form.vi})` });
    }
  }
  return forms;
}
