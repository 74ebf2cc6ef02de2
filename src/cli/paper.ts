import type { Paper } from '../render/flowchart-page.js';
import { UsageError } from '../errors.js';

/** The paper named by `--paper` (a4 or a3, any case); A4 when absent. */
export function parsePaper(given: string | undefined): Paper {
  const paper = (given ?? 'a4').trim().toUpperCase();
  if (paper !== 'A4' && paper !== 'A3')
    throw new UsageError({
      en: `Unknown paper "${given}"; use a4 or a3`,
      vi: `Không có khổ giấy "${given}"; hãy dùng a4 hoặc a3`,
    });
  return paper;
}
