import type { Lang } from '../i18n.js';
import { escapeControls } from '../model/quote.js';
import { nearestHeader } from '../model/suggest.js';
import type { OntimeReport } from '../ontime/aggregate.js';
import type { TableOutcome } from '../ontime/measure.js';

/**
 * The note on a file without a header the column mapping names, one line per field or step: the header mapped, the
 * nearest of the file's headers if one is near (a slip, a letter's accent), what was read instead.
 */
export function unmappedNote(file: string, unmapped: NonNullable<TableOutcome['unmapped']>, lang: Lang): string {
  return unmapped.entries
    .map(({ key: mapped, wanted }) => {
      const step = mapped.startsWith('steps: ') ? escapeControls(mapped.slice(7)) : undefined;
      const key = step === undefined ? mapped : lang === 'vi' ? `bước "${step}"` : `the step "${step}"`;
      const named = wanted.map((header) => `"${escapeControls(header)}"`).join(lang === 'vi' ? ' hay ' : ' or ');
      const near = nearestHeader(wanted, unmapped.headers);
      const hint =
        near === undefined
          ? ''
          : lang === 'vi'
            ? `; có phải là "${escapeControls(near)}"?`
            : `; is it "${escapeControls(near)}"?`;
      return lang === 'vi'
        ? `${file}: bảng ghép cột chỉ cột ${named} cho ${key}, nhưng tệp không có cột nào như thế${hint || '.'} Trong tệp này, ${key} được tìm theo các tiêu đề thường gặp như khi không ghép; hãy sửa bảng ghép theo đúng tiêu đề của tệp\n`
        : `${file}: the column mapping names the column ${named} for ${key}, and the file has no such column${hint || '.'} In this file ${key} is looked for among the usual headers, as without a mapping; write the file's own header in the mapping\n`;
    })
    .join('');
}

/** The report's notes on mapped headers the files lack, one per field or step, in the order the files were read. */
export function unmappedNotes(report: Pick<OntimeReport, 'unmapped'>, lang: Lang): string[] {
  return report.unmapped.flatMap(({ file, entries, headers }) =>
    unmappedNote(file, { entries, headers }, lang)
      .split('\n')
      .filter((line) => line !== ''),
  );
}
