import type { Lang } from '../i18n.js';
import { shownStepNumbers } from './step-numbers.js';
import type { Step } from './types.js';

const SHOWN = { en: 'step {number} "{name}"', vi: 'bước {number} «{name}»' } as const;

/**
 * Steps as messages name them to an officer, by the number the document shows and their name ("bước 1 «Tiếp nhận hồ
 * sơ»"), not by their ids: the officer reads the table, not the YAML keys. `ids` unknown to `steps` are shown as given.
 */
export function shownSteps(steps: readonly Step[], ids: readonly string[], lang: Lang): string[] {
  const numbers = shownStepNumbers(steps);
  return ids.map((id) => {
    const i = steps.findIndex((step) => step.id === id);
    if (i < 0) return id;
    const name = steps[i]!.name;
    // A name that says its number itself ("Bước 1: Tiếp nhận") is not numbered again.
    if (/^(?:bước|buoc|step)\s*\d/iu.test(name)) return name;
    return SHOWN[lang].replace('{number}', numbers[i]!).replace('{name}', name);
  });
}
