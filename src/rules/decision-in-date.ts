import { parseDay } from '../time/moment.js';
import { formatDmy } from '../time/units.js';
import { defineRule } from './define-rule.js';

/**
 * A date copied with the decision it comes from (`issued: Quyết định số 123/QĐ-UBND ngày 01/07/2025`) is read as its
 * date (src/model/decision-dates.ts); no field of a procedure keeps the decision's number, so this rule says so, and
 * where to write it, rather than drop it unsaid.
 */
export const rule = defineRule({
  id: 'decision-in-date',
  description: {
    en: 'A date field should hold the date alone, not the decision it comes from',
    vi: 'Trường ngày chỉ nên ghi ngày, không ghi kèm quyết định',
  },
  severity: 'warning',
  recommended: true,
  fixable: false,
  messages: {
    dropped: {
      en: '"{text}" is read as the date {date}, and "{decision}" is not kept: no field holds a decision\'s number. Write {field}: {date}, and the decision in the history row\'s note (note: {decision})',
      vi: '"{text}" được hiểu là ngày {date}, còn "{decision}" không được giữ lại: không trường nào ghi số quyết định. Hãy ghi {field}: {date}, và ghi quyết định vào ghi chú của dòng lịch sử sửa đổi (note: {decision})',
    },
  },
  check({ source, report }) {
    for (const { path, written, decision, date } of source.citedDates ?? []) {
      const field = String(path.at(-1));
      // The date as documents write it (01/07/2025); one that is no real date is quoted as written, for the
      // schema's message on it names what is wrong.
      const day = parseDay(date);
      const shown = day === undefined ? date : formatDmy(day);
      report({ messageId: 'dropped', data: { text: written, decision, date: shown, field }, path });
    }
  },
});
