/** The note naming the procedures an export's rows name that the catalog has not, in the report's words. */
import { fill, type Lang } from '../i18n.js';
import type { OntimeReport } from '../ontime/aggregate.js';
import { formatCount } from './ontime-labels.js';

// Procedures named in the note, the most rows first; the rest are counted (JSON lists every one held).
const NAMED = 20;

const WORDS = {
  vi: {
    head: 'Thủ tục không có trong bộ quy trình ({rows}, không đo được): ',
    rows: '{n} dòng',
    others: 'và các thủ tục khác ({rows})',
    tail: '. Nếu đó là thủ tục của đơn vị, hãy lập quy trình cho thủ tục đó (hoặc ghi mã thủ tục vào quy trình đã có); nếu mã bị ghi sai, hãy sửa trong tệp xuất.',
  },
  en: {
    head: 'Procedures not in the catalog ({rows}, not measured): ',
    rows: '{n} rows',
    others: 'and others ({rows})',
    tail: '. If they are the office’s, add a procedure for each to the catalog (or its code to the procedure that lacks it); if a code is miswritten, correct it in the export.',
  },
} as const;

/** One note listing the procedures not found in the catalog with their rows; none when every row's was found. */
export function unknownProcedureNotes(
  report: Pick<OntimeReport, 'unknownProcedures' | 'unknownLeftOut'>,
  lang: Lang,
): string[] {
  const { unknownProcedures: list, unknownLeftOut } = report;
  if (list.length === 0) return [];
  const w = WORDS[lang];
  const rows = (n: number) => (lang === 'en' && n === 1 ? '1 row' : fill(w.rows, { n: formatCount(n, lang) }));
  const named = list
    .slice(0, NAMED)
    .map(({ procedure, name, rows: n }) => `${[procedure, name].filter(Boolean).join(' – ')} (${rows(n)})`);
  // Past the procedures named (and those held), their rows alone.
  const rest = list.slice(NAMED).reduce((sum, p) => sum + p.rows, 0) + unknownLeftOut;
  if (rest > 0) named.push(fill(w.others, { rows: rows(rest) }));
  const total = list.reduce((sum, p) => sum + p.rows, 0) + unknownLeftOut;
  return [`${fill(w.head, { rows: rows(total) })}${named.join('; ')}${w.tail}`];
}
