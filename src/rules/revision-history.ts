import { parseDay } from '../time/moment.js';
import { formatDmy } from '../time/units.js';
import { changesExample } from '../model/history-changes.js';
import { defineRule } from './define-rule.js';

// Dates as Vietnamese documents write them; an impossible date (2026-02-30) is shown as written.
const dmy = (date: string) => {
  const day = parseDay(date);
  return day === undefined ? date : formatDmy(day);
};

/**
 * Document control (ISO 9001 clause 7.5.3): the printed header says "Lần ban hành: 02", so the amendment history must
 * have a row 02, rows must go up, and no row may postdate the issue that is in force.
 */
export const rule = defineRule({
  id: 'revision-history',
  description: {
    en: 'The amendment history must record every revision up to the current one, in order',
    vi: 'Bảng theo dõi sửa đổi phải ghi đủ các lần ban hành đến lần hiện tại, theo thứ tự',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    noHistory: {
      en: 'Revision {revision} has no amendment history: add `history` with a row for each revision up to {revision}, from - { revision: 1, date: …, changes: Ban hành lần đầu } to - { revision: {revision}, date: {effective}, changes: "{changes}" }',
      vi: 'Lần ban hành {revision} nhưng không có bảng theo dõi sửa đổi: thêm "history" với một dòng cho mỗi lần ban hành đến lần {revision}, từ - { revision: 1, date: …, changes: Ban hành lần đầu } đến - { revision: {revision}, date: {effective}, changes: "{changes}" }',
    },
    missing: {
      en: 'The document says revision {revision}, but the history has no row for it: add a history row, e.g. - { revision: {revision}, date: {effective}, changes: "{changes}" }',
      vi: 'Tài liệu ghi lần ban hành {revision} nhưng bảng theo dõi sửa đổi không có dòng này: thêm một dòng history, ví dụ - { revision: {revision}, date: {effective}, changes: "{changes}" }',
    },
    order: {
      en: "History revisions must go up: {revision} comes after {previous}; list the rows from revision 1 down to the current one, or correct this row's revision to a number above {previous}",
      vi: 'Lần ban hành trong bảng theo dõi phải tăng dần: {revision} đứng sau {previous}; hãy xếp các dòng từ lần 1 xuống đến lần hiện tại, hoặc sửa số lần ban hành của dòng này thành một số lớn hơn {previous}',
    },
    beyond: {
      en: 'The history has revision {revision}, after the current revision {current}: raise `revision` or remove the row',
      vi: 'Bảng theo dõi có lần ban hành {revision}, sau lần hiện tại {current}: tăng "revision" hoặc bỏ dòng này',
    },
    dateOrder: {
      en: "History dates must not go back: {date} comes after {previous}; correct this row's date to {previous} or later, or list the rows in the order they were issued",
      vi: 'Ngày trong bảng theo dõi không được lùi: {date} đứng sau {previous}; hãy sửa ngày của dòng này thành {previous} hoặc muộn hơn, hoặc xếp các dòng theo thứ tự ban hành',
    },
    afterEffective: {
      en: "The last history row is dated {date}, after the effective date {effective}: a revision takes effect on or after its date; if that row is the issue now in force, write `effective: {date}`, else correct the row's date to {effective} or earlier",
      vi: 'Dòng cuối của bảng theo dõi có ngày {date}, sau ngày hiệu lực {effective}: lần ban hành có hiệu lực từ ngày của nó trở đi; nếu dòng đó là lần ban hành đang áp dụng, hãy ghi "effective: {date}", nếu không, hãy sửa ngày của dòng này thành {effective} hoặc sớm hơn',
    },
  },
  check({ procedure, report }) {
    const { revision, history, effective } = procedure;
    // The row to add for the revision in force: its date is the effective date, and what it does is amend (unless
    // it is the first issue). Made only when said: reading the date back costs every file that has nothing to say.
    const row = () => ({ revision, effective: dmy(effective), changes: changesExample(revision) });
    if (!history || history.length === 0) {
      if (revision >= 2) report({ messageId: 'noHistory', data: row(), path: ['revision'] });
      return;
    }
    history.forEach((row, i) => {
      const previous = history[i - 1];
      if (previous && row.revision <= previous.revision)
        report({
          messageId: 'order',
          data: { revision: row.revision, previous: previous.revision },
          path: ['history', i, 'revision'],
        });
      if (row.revision > revision)
        report({
          messageId: 'beyond',
          data: { revision: row.revision, current: revision },
          path: ['history', i, 'revision'],
        });
      if (previous && row.date < previous.date)
        report({
          messageId: 'dateOrder',
          data: { date: dmy(row.date), previous: dmy(previous.date) },
          path: ['history', i, 'date'],
        });
    });
    if (!history.some((row) => row.revision === revision))
      report({ messageId: 'missing', data: row(), path: ['revision'] });
    const last = history[history.length - 1]!;
    if (last.date > effective)
      report({
        messageId: 'afterEffective',
        data: { date: dmy(last.date), effective: dmy(effective) },
        path: ['history', history.length - 1, 'date'],
      });
  },
});
