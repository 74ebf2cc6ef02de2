/** Words of the on-time reports in both languages, shared by the text, Markdown, XLSX and HTML formats. */
import { groupDigits } from '../model/digit-groups.js';
import type { Lang } from '../i18n.js';
import { fill } from '../i18n.js';
import { readReasonText } from './ontime-reason-read.js';
import { LEVEL_NAMES } from '../model/levels.js';
import type { BadReason, BadRow, DossierStatus } from '../ontime/evaluate.js';
import type { Group, OntimeReport, Tally } from '../ontime/aggregate.js';
import {
  formatDate,
  formatDateTime,
  formatDmy,
  formatDuration,
  formatNumber,
  formatWorkingTime,
  inHoursAlone,
} from '../time/units.js';
import { dayOf, formatClock, minuteOf, readMoment, vietnamMoment, type Moment } from '../time/moment.js';
import { secondsSinceEpoch } from '../time/epoch.js';
import { listsSeveralMoments } from '../ontime/cells.js';
import {
  clockSlip,
  clockSlipText,
  dateFaultText,
  momentOptionText,
  momentSlip,
  wrongWeekdayText,
} from '../time/date-faults.js';

/** Every label of the on-time reports. */
export const ONTIME_LABELS = {
  en: {
    title: 'On-time performance',
    asOf: 'as of',
    period: 'Period',
    files: 'files',
    rows: 'rows',
    rowsInPeriod: 'rows in the period',
    dossiers: 'Dossiers',
    finished: 'Finished',
    rate: 'On-time rate',
    rateNote: '(early + on time) / finished',
    rateNoteUndetermined: '(early + on time) / (finished − not known yet)',
    open: 'Open',
    inTime: 'in time',
    overdue: 'overdue',
    paused: 'paused for additions',
    pausedLeft: 'paused since {from}, {left} left',
    pausedDaysLeft: {
      one: 'paused since {from}, 1 calendar day left',
      many: 'paused since {from}, {days} calendar days left',
    },
    pausedRunningTo: ', the period running to {last}',
    saved: 'Average time saved against the limit',
    savedEarly: 'early by {time}',
    savedOver: 'over by {time}',
    overrun: 'Average overrun of the limit',
    target: 'Target: {rate}',
    used: 'Average working time used',
    usedOne: 'Working time used',
    vendorCompared: "Vendor's appointments compared",
    vendorDisagree: "vendor's appointment differs from the statutory due date",
    vendorLater: 'vendor later',
    vendorEarlier: 'vendor earlier',
    notSettled: 'Withdrawn, refused or cancelled (not counted)',
    bad: 'Rows not measured',
    repeats: 'of which repeats of a dossier counted once',
    byProcedure: 'By procedure',
    byField: 'By field',
    byAgency: 'By agency',
    byLevel: 'By level',
    byMonth: 'By month',
    group: 'Group',
    procedure: 'Procedure',
    steps: 'Slowest steps against their mapped budgets',
    step: 'Step',
    stepName: 'Step name',
    budget: 'Budget',
    overran: 'Overran',
    avgOver: 'Average overrun',
    avgUsed: 'Average used',
    listed: 'Late, overdue, paused and disputed dossiers',
    listedUndetermined: 'Late, overdue, paused, not-yet-known and disputed dossiers',
    listedMore: '{n} more not listed',
    id: 'Dossier',
    received: 'Received',
    due: 'Statutory due date',
    vendorDue: 'Due (vendor)',
    finishedAt: 'Finished',
    status: 'Status',
    listedFor: 'Listed for',
    vendorDiffers: 'vendor date differs',
    pauseAfterResult: 'paused past the result (the part after it not counted)',
    // The grouping tables' (workbook, Markdown, page) paused column: as narrow as a count, beside the statuses' longer
    // headings.
    pausedColumn: 'paused',
    // The listed dossiers' pauses, headed as an export heads them, so that the workbook reads back with them.
    pauses: 'Pauses',
    ambiguousUnmarked:
      'procedure code "{value}" is shared by {candidates}; the agency column writes "{agency}" without diacritics, which fits the agency of more than one of them: write the agency with its diacritics, as the procedure names it, or put the procedure id in the export\'s procedure column',
    // A pause cell's part that is no pause, named after the cell when the cell holds more than it.
    pauseSubject: 'pause "{value}"',
    pausePartSubject: 'pause "{value}": "{part}"',
    pauseHoursReversed:
      'pause "{value}" ends before it starts: its end, {pauseEnd}, is before its start, {pauseStart}, on {pauseDay}; write the earlier hour first, {pauseDay} {pauseEnd} - {pauseStart}, or, if the pause ended on another day, its end with its date: {pauseDay} {pauseStart} - dd/mm/yyyy {pauseEnd}',
    pauseUnreadPart:
      '{subject} is not a span; write each pause 13/02/2026 09:00 - 16/02/2026 10:00, one still running 13/02/2026 09:00 -, and separate pauses with ";"',
    pauseOneMoment:
      '{subject} is one moment, not a span: a pause still running is written "{part} -" (its start and a dash), one that has ended with the moment it ended after the dash',
    pauseInColumn: ' in column "{columnName}"',
    // Several moments in a pause's start or end column that do not pair one by one with the other column's.
    pauseColumnSeveral:
      '"{value}" in column "{columnName}" lists several moments that do not pair with the other column of the pause: list each pause\'s start in the column of starts and its end in the column of ends ("Ngày tạm dừng", "Ngày tiếp tục"), in the same order, one per line or separated by ";" (one end fewer only for a pause still running)',
    // A pause's end in its column, the export having no column of its start: every row of it says so.
    // A settled row whose column of the result's date is empty: the column named, so the officer knows what to fill.
    returnedEmptyColumn:
      'the status says "{value}" but column "{columnName}" is empty: write in it the day the result was ready, e.g. 13/02/2026 16:00',
    pauseNoStartColumn:
      'the pause gives only its end, "{pauseEnd}" in column "{endColumn}", and the export has no column of its start: add one, "Ngày tạm dừng", with the moment each pause started (or map it: --map, pauseStart: its header)',
    sameId:
      'procedure "{value}" is the id written in {count} files ({files}): procmap does not pick one; give the copy an id of its own (procmap lint says unique-id)',
    candidateIn: '{id} in {file}',
    supersededUnsettled:
      'dossier "{value}" is "{status}" in this row (withdrawn, refused or cancelled, no result); counted once, from {kept}, which has a result',
    // A date cell nearly read (momentSlip): what to write instead, after the column's own words.
    slipFields: { 'bad-received': 'received date', 'bad-finished': 'finished date', 'bad-appointment': 'appointment' },
    formulaError:
      'cell {cell} ({field}) holds the formula error {value}, not a date: write the date in it, e.g. 13/02/2026 09:00, or mend the formula',
    formulaNoValue:
      'cell {cell} ({field}) holds a formula that gives no date (an error such as #VALUE! or #REF!): write the date in it, e.g. 13/02/2026 09:00, or mend the formula',
    formulaFields: {
      'bad-received': 'received date',
      'bad-finished': 'finished date',
      'bad-appointment': 'appointment',
      'bad-pause': 'pause',
      'bad-pause-column': 'pause',
      'pause-end-only': 'pause',
      'pause-before-received': 'pause',
      'pause-column-end-only': 'pause',
      'bad-step': 'step time',
    } as Partial<Record<BadReason, string>>,
    yearSlip: '{field} "{value}" writes the year in two digits: write it in full, e.g. "{full}"',
    secondsSlip:
      '{field} "{value}" has 10 digits: if it counts seconds since 1970 (UTC), it is {vietnam} in Vietnam time, but ten digits may also be a date and hour run together, so procmap does not guess; export the date as 13/02/2026 09:00, as ISO with its zone (2026-02-13T09:00+07:00), or in milliseconds since 1970 (13 digits)',
    zoneSlip:
      '{field} "{value}" is in another time zone ({zone}); procmap counts in Vietnam time (GMT+7), the time offices keep: write "{vietnam}"',
    late: 'Late by',
    file: 'File',
    row: 'Row',
    reason: 'Reason',
    days: 'd',
    hours: 'h',
    none: 'none',
    monthChart: 'On-time rate per month',
    fieldChart: 'On-time rate per field',
    stepChart: 'Average overrun of the slowest steps (working hours)',
    summaryLink: 'Full on-time report',
    levels: { central: 'central', province: 'province', district: 'district', commune: 'commune' } as Record<
      string,
      string
    >,
    sheets: {
      summary: 'Summary',
      procedure: 'Procedures',
      field: 'Fields',
      agency: 'Agencies',
      level: 'Levels',
      month: 'Months',
      steps: 'Slowest steps',
      // A sheet's name holds 31 characters: the heading of the text report, shortened.
      listed: 'Late and disputed dossiers',
      dossiers: 'All dossiers',
      bad: 'Rows not measured',
    },
    statuses: {
      early: 'early',
      on_time: 'on time',
      late: 'late',
      // A verdict the unwritten hour of receipt decides: in the words procmap says every time not known (time/draft).
      undetermined: 'not known yet',
      open_in_time: 'open, in time',
      open_overdue: 'open, overdue',
      open_paused: 'open, paused for additions',
    } as Record<DossierStatus, string>,
    reasons: {
      'no-procedure': 'no procedure code',
      'unknown-procedure': 'procedure "{value}" is not in the catalog (by code or id)',
      'unmeasured-procedure':
        'procedure "{value}" is not measured: its file {procedureFile} has errors; fix them (procmap lint {lintFile})',
      'unread-procedure':
        'procedure "{value}" is not measured: its file {procedureFile} could not be read (a YAML error at line {line}, column {column}); fix it (procmap lint {lintFile})',
      'no-received': 'no received date',
      'bad-received': 'received date "{value}" is not a date; write it 13/02/2026 09:00 or 2026-02-13T09:00',
      'bad-finished': 'finished date "{value}" is not a date; write it 13/02/2026 09:00 or 2026-02-13T09:00',
      'finished-before-received': 'finished {finished}, before it was received, {received}',
      'pause-before-received':
        'pause "{value}" starts {pauseFrom}, before the dossier was received, {received}: no supplement is asked for before receipt; correct the date (check the year, the day and the month)',
      'received-after-as-of':
        'received {received}, after {asOf}, the moment this report is as of: no dossier is received later (check the year, the day and the month)',
      'finished-after-as-of':
        'finished {finished}, after {asOf}, the moment this report is as of: no result is given later (check the year, the day and the month)',
      'returned-without-date': 'the status says "{value}" but the row gives no return date',
      'paused-without-date':
        'the status says "{value}" (the clock stopped for the applicant\'s additions) but the row gives no pause date',
      'bad-appointment': 'appointment "{value}" is not a date; write it 13/02/2026 09:00 or 2026-02-13T09:00',
      'bad-pause':
        'pause "{value}" is not a span; write it 13/02/2026 09:00 - 16/02/2026 10:00, or 13/02/2026 09:00 - for one still running',
      'pause-days':
        'pause "{value}" is a number of days, which cannot be placed on the calendar: procmap needs when the pause started and when it ended to move the due moment; write them, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 for whole days), or put them in the columns "Ngày tạm dừng" and "Ngày tiếp tục"',
      'pause-days-column':
        // The export advice is said once per file, above the rows: each row says its count and no more.
        '{value} paused days in column "{columnName}", with no start and end: not measured',
      'pause-reversed':
        'pause "{value}" ends before it starts: its end, {pauseEnd}, is before its start, {pauseStart}; swap the two or correct the date',
      'bad-pause-column':
        '"{value}" in column "{columnName}", an end of the pause, is not a date; write it 13/02/2026 09:00',
      'pause-columns-reversed':
        'the pause ends before it starts: "{pauseEnd}" in column "{endColumn}" is before "{pauseStart}" in column "{startColumn}"; swap the two or correct the date',
      'pause-end-only':
        '{subject}{inColumn} gives only the end of the pause, {pauseEnd}, not its start: write both, "từ … đến {pauseEnd}" (or "… - {pauseEnd}"), the moment the pause started in place of "…"',
      'pause-column-end-only':
        'the pause gives only its end, "{pauseEnd}" in column "{endColumn}", and column "{startColumn}" is empty: write in it the moment the pause started',
      'pause-open-at-result':
        'the pause from {pauseFrom} has no end, yet the dossier has its result, {finished}: late without the pause, it may have been on time with it; write when the pause ended (when the applicant supplemented the dossier)',
      'bad-step': 'step time "{value}" is not a date',
      'ambiguous-procedure':
        'procedure code "{value}" is shared by {candidates} and the agency column does not say whose dossier this is: put the procedure id in the export\'s procedure column, or write in the "Cơ quan" column the agency the procedure names',
      'ambiguous-title':
        'procedure name "{value}" is the title of {candidates} and the agency column does not say whose dossier this is: put the procedure code or id in the export, or write in the "Cơ quan" column the agency the procedure names',
      'ambiguous-id':
        'procedure "{value}" fits {candidates}, whose ids differ only in letter case or punctuation: procmap does not pick one; write in the export\'s procedure column the id exactly as one of those files writes it, or give the procedures ids that differ in more than that',
      'name-disagrees':
        'procedure code "{value}" is {codeProcedure}\'s, but the procedure name beside it, "{procedureName}", is the title of {candidates}: the row names two procedures and procmap does not pick one; correct the code or the name in the export',
      'unknown-channel':
        'channel "{value}" is none of in person, online, postal; write "Trực tiếp", "Trực tuyến" (with "một phần" or "toàn trình" where the procedure grades it) or "Bưu chính" in its cell',
      'out-of-calendar':
        'a date of the dossier received "{value}" is outside the years procmap\'s calendar knows (2000–2099)',
      'too-long': 'the row is longer than 1,000,000 characters, more than any dossier holds: passed over unread',
      repeated: 'dossier "{value}" is listed again (counted once, from {kept})',
      superseded: 'dossier "{value}" is still in progress in this row; counted once, from {kept}, which has a result',
      'repeated-conflict':
        'dossier "{value}" is listed again with another return date; counted once, from {kept}, the later return',
    } as Record<BadRow['reason'], string>,
  },
  vi: {
    title: 'Kết quả giải quyết hồ sơ đúng hạn',
    asOf: 'tính đến',
    period: 'Kỳ báo cáo',
    files: 'tệp',
    rows: 'dòng',
    rowsInPeriod: 'dòng trong kỳ',
    dossiers: 'Hồ sơ',
    finished: 'Đã giải quyết',
    rate: 'Tỷ lệ đúng hạn',
    rateNote: '(trước hạn + đúng hạn) / đã giải quyết',
    rateNoteUndetermined: '(trước hạn + đúng hạn) / (đã giải quyết − chưa xác định)',
    open: 'Đang giải quyết',
    inTime: 'còn hạn',
    overdue: 'quá hạn',
    paused: 'tạm dừng chờ bổ sung',
    pausedLeft: 'tạm dừng từ {from}, còn {left}',
    pausedDaysLeft: {
      one: 'tạm dừng từ {from}, còn 1 ngày (lịch)',
      many: 'tạm dừng từ {from}, còn {days} ngày (lịch)',
    },
    pausedRunningTo: ', thời hạn đang tính đến {last}',
    saved: 'Thời gian rút ngắn trung bình so với thời hạn',
    savedEarly: 'sớm {time}',
    savedOver: 'vượt {time}',
    overrun: 'Thời gian vượt thời hạn trung bình',
    target: 'Mục tiêu: {rate}',
    used: 'Thời gian xử lý trung bình',
    usedOne: 'Thời gian xử lý',
    vendorCompared: 'Ngày hẹn trả của phần mềm đã so',
    vendorDisagree: 'hẹn trả trên phần mềm khác hạn theo quy định',
    vendorLater: 'phần mềm muộn hơn',
    vendorEarlier: 'phần mềm sớm hơn',
    notSettled: 'Rút, từ chối hoặc hủy (không tính)',
    bad: 'Dòng không đo được',
    repeats: 'trong đó dòng lặp lại của hồ sơ đã tính một lần',
    byProcedure: 'Theo thủ tục',
    byField: 'Theo lĩnh vực',
    byAgency: 'Theo cơ quan',
    byLevel: 'Theo cấp',
    byMonth: 'Theo tháng',
    group: 'Nhóm',
    procedure: 'Thủ tục',
    steps: 'Các bước chậm nhất so với thời gian quy định',
    step: 'Bước',
    stepName: 'Tên bước',
    budget: 'Thời gian quy định',
    overran: 'Vượt',
    avgOver: 'Vượt trung bình',
    avgUsed: 'Thực tế trung bình',
    listed: 'Hồ sơ quá hạn, tạm dừng và hồ sơ lệch ngày hẹn',
    listedUndetermined: 'Hồ sơ quá hạn, tạm dừng, chưa xác định và hồ sơ lệch ngày hẹn',
    listedMore: 'còn {n} hồ sơ không liệt kê',
    id: 'Số hồ sơ',
    received: 'Tiếp nhận',
    due: 'Hạn theo quy định',
    vendorDue: 'Hẹn trả (phần mềm)',
    finishedAt: 'Có kết quả',
    status: 'Trạng thái',
    listedFor: 'Lý do liệt kê',
    vendorDiffers: 'lệch ngày hẹn',
    pauseAfterResult: 'tạm dừng kéo dài qua lúc có kết quả (phần sau khi có kết quả không tính)',
    pausedColumn: 'tạm dừng',
    pauses: 'Tạm dừng',
    ambiguousUnmarked:
      'mã thủ tục "{value}" dùng chung cho {candidates}; cột cơ quan ghi "{agency}" không dấu, hợp với cơ quan của nhiều thủ tục trong số đó: hãy ghi tên cơ quan có dấu, đúng như trong thủ tục, hoặc ghi mã quy trình vào cột mã thủ tục của tệp xuất',
    pauseSubject: 'thời gian tạm dừng "{value}"',
    pausePartSubject: 'thời gian tạm dừng "{value}": phần "{part}"',
    pauseHoursReversed:
      'thời gian tạm dừng "{value}" kết thúc trước khi bắt đầu: giờ kết thúc {pauseEnd} ở trước giờ bắt đầu {pauseStart} trong ngày {pauseDay}; hãy ghi giờ sớm hơn trước, {pauseDay} {pauseEnd} - {pauseStart}, hoặc, nếu tạm dừng kết thúc vào ngày khác, ghi cả ngày kết thúc: {pauseDay} {pauseStart} - dd/mm/yyyy {pauseEnd}',
    pauseUnreadPart:
      '{subject} không phải khoảng tạm dừng; viết mỗi lần tạm dừng 13/02/2026 09:00 - 16/02/2026 10:00, lần đang tạm dừng 13/02/2026 09:00 -, các lần cách nhau bằng dấu ";"',
    pauseOneMoment:
      '{subject} chỉ có một thời điểm: lần đang tạm dừng viết "{part} -" (thời điểm bắt đầu và dấu gạch), lần đã kết thúc thì ghi thêm thời điểm kết thúc sau dấu gạch',
    pauseInColumn: ' ở cột "{columnName}"',
    pauseColumnSeveral:
      '"{value}" ở cột "{columnName}" ghi nhiều thời điểm nhưng không ghép được từng cặp với cột kia của thời gian tạm dừng: hãy ghi thời điểm bắt đầu mỗi lần tạm dừng ở cột thời điểm bắt đầu và thời điểm kết thúc ở cột thời điểm kết thúc (như "Ngày tạm dừng", "Ngày tiếp tục"), theo cùng thứ tự, mỗi lần một dòng hoặc cách nhau bằng dấu ";" (chỉ lần đang tạm dừng mới không có thời điểm kết thúc)',
    returnedEmptyColumn:
      'trạng thái ghi "{value}" nhưng cột "{columnName}" của dòng này để trống: hãy ghi vào đó ngày có kết quả, ví dụ 13/02/2026 16:00',
    pauseNoStartColumn:
      'thời gian tạm dừng chỉ có thời điểm kết thúc, "{pauseEnd}" ở cột "{endColumn}", mà tệp không có cột thời điểm bắt đầu: hãy thêm cột "Ngày tạm dừng" ghi thời điểm bắt đầu mỗi lần tạm dừng (hoặc khai báo cột đó: --map, pauseStart: tên cột)',
    sameId:
      'thủ tục "{value}" là mã quy trình ghi trong {count} tệp ({files}): procmap không chọn thay; hãy đổi mã hiệu ở tệp là bản sao (procmap lint báo lỗi unique-id)',
    candidateIn: '{id} ở {file}',
    supersededUnsettled:
      'hồ sơ "{value}" ở dòng này ghi "{status}" (rút, từ chối hoặc hủy, không có kết quả); chỉ tính một lần, theo {kept}, dòng đã có kết quả',
    slipFields: {
      'bad-received': 'ngày tiếp nhận',
      'bad-finished': 'ngày có kết quả',
      'bad-appointment': 'ngày hẹn trả',
    },
    formulaError:
      'ô {cell} ({field}) có lỗi công thức {value}, không phải ngày: hãy ghi ngày vào ô, ví dụ 13/02/2026 09:00, hoặc sửa công thức',
    formulaNoValue:
      'ô {cell} ({field}) có công thức không cho ra ngày (lỗi như #VALUE!, #REF!): hãy ghi ngày vào ô, ví dụ 13/02/2026 09:00, hoặc sửa công thức',
    formulaFields: {
      'bad-received': 'ngày tiếp nhận',
      'bad-finished': 'ngày có kết quả',
      'bad-appointment': 'ngày hẹn trả',
      'bad-pause': 'thời gian tạm dừng',
      'bad-pause-column': 'thời gian tạm dừng',
      'pause-end-only': 'thời gian tạm dừng',
      'pause-before-received': 'thời gian tạm dừng',
      'pause-column-end-only': 'thời gian tạm dừng',
      'bad-step': 'thời điểm của bước',
    } as Partial<Record<BadReason, string>>,
    yearSlip: '{field} "{value}" ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "{full}"',
    secondsSlip:
      '{field} "{value}" có 10 chữ số: nếu là số giây kể từ năm 1970 (UTC) thì là {vietnam} giờ Việt Nam, nhưng mười chữ số cũng có thể là ngày và giờ viết liền, nên procmap không đoán; hãy xuất ngày dạng 13/02/2026 09:00, dạng ISO kèm múi giờ (2026-02-13T09:00+07:00), hoặc số mili giây kể từ năm 1970 (13 chữ số)',
    zoneSlip:
      '{field} "{value}" ghi theo múi giờ khác ({zone}); procmap tính theo giờ Việt Nam (GMT+7), giờ các cơ quan làm việc: hãy ghi "{vietnam}"',
    late: 'Quá hạn',
    file: 'Tệp',
    row: 'Dòng',
    reason: 'Lý do',
    days: 'ngày',
    hours: 'giờ',
    none: 'không có',
    monthChart: 'Tỷ lệ đúng hạn theo tháng',
    fieldChart: 'Tỷ lệ đúng hạn theo lĩnh vực',
    stepChart: 'Thời gian vượt trung bình của các bước chậm nhất (giờ làm việc)',
    summaryLink: 'Báo cáo đầy đủ về giải quyết đúng hạn',
    levels: LEVEL_NAMES.vi.short as Record<string, string>,
    sheets: {
      summary: 'Tổng hợp',
      procedure: 'Thủ tục',
      field: 'Lĩnh vực',
      agency: 'Cơ quan',
      level: 'Cấp',
      month: 'Tháng',
      steps: 'Bước chậm',
      // A sheet's name holds 31 characters: the heading of the text report, shortened.
      listed: 'Hồ sơ quá hạn, lệch ngày hẹn',
      dossiers: 'Tất cả hồ sơ',
      bad: 'Dòng không đo được',
    },
    statuses: {
      early: 'trước hạn',
      on_time: 'đúng hạn',
      late: 'quá hạn',
      undetermined: 'chưa xác định',
      open_in_time: 'đang giải quyết, còn hạn',
      open_overdue: 'đang giải quyết, quá hạn',
      open_paused: 'tạm dừng, chờ bổ sung',
    } as Record<DossierStatus, string>,
    reasons: {
      'no-procedure': 'không có mã thủ tục',
      'unknown-procedure': 'thủ tục "{value}" không có trong bộ quy trình (theo mã hoặc id)',
      'unmeasured-procedure':
        'thủ tục "{value}" không được đo: tệp {procedureFile} của thủ tục có lỗi; hãy sửa các lỗi đó (procmap lint {lintFile})',
      'unread-procedure':
        'thủ tục "{value}" không được đo: không đọc được tệp {procedureFile} của thủ tục (lỗi viết YAML ở dòng {line}, cột {column}); hãy sửa tệp (procmap lint {lintFile})',
      'no-received': 'không có ngày tiếp nhận',
      'bad-received': 'ngày tiếp nhận "{value}" không phải ngày; viết 13/02/2026 09:00 hoặc 2026-02-13T09:00',
      'bad-finished': 'ngày có kết quả "{value}" không phải ngày; viết 13/02/2026 09:00 hoặc 2026-02-13T09:00',
      'finished-before-received': 'có kết quả {finished} trước khi tiếp nhận {received}',
      'pause-before-received':
        'thời gian tạm dừng "{value}" bắt đầu {pauseFrom}, trước khi tiếp nhận hồ sơ {received}: không thể yêu cầu bổ sung trước khi tiếp nhận; hãy sửa lại ngày (kiểm tra năm, ngày và tháng)',
      'received-after-as-of':
        'tiếp nhận {received}, sau {asOf}, thời điểm tính của báo cáo: không hồ sơ nào được tiếp nhận muộn hơn (hãy kiểm tra năm, ngày và tháng)',
      'finished-after-as-of':
        'có kết quả {finished}, sau {asOf}, thời điểm tính của báo cáo: không kết quả nào được trả muộn hơn (hãy kiểm tra năm, ngày và tháng)',
      'returned-without-date': 'trạng thái ghi "{value}" nhưng dòng này không có ngày trả kết quả',
      'paused-without-date':
        'trạng thái ghi "{value}" (tạm dừng chờ bổ sung, không tính thời hạn) nhưng dòng này không có ngày tạm dừng',
      'bad-appointment': 'ngày hẹn trả "{value}" không phải ngày; viết 13/02/2026 09:00 hoặc 2026-02-13T09:00',
      'bad-pause':
        'thời gian tạm dừng "{value}" không đúng; viết 13/02/2026 09:00 - 16/02/2026 10:00, hoặc 13/02/2026 09:00 - nếu đang tạm dừng',
      'pause-days':
        'thời gian tạm dừng "{value}" là số ngày, không đặt được lên lịch: procmap cần biết tạm dừng bắt đầu và kết thúc lúc nào để dời thời hạn; hãy ghi hai thời điểm đó, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 nếu tạm dừng trọn ngày), hoặc ghi vào hai cột "Ngày tạm dừng" và "Ngày tiếp tục"',
      'pause-days-column':
        // Lời khuyên xuất thêm cột đã nói một lần cho cả tệp, ở trên các dòng: mỗi dòng chỉ nói số ngày.
        '{value} ngày tạm dừng ở cột "{columnName}", không rõ từ lúc nào đến lúc nào: không đo được',
      'pause-reversed':
        'thời gian tạm dừng "{value}" kết thúc trước khi bắt đầu: ngày kết thúc {pauseEnd} ở trước ngày bắt đầu {pauseStart}; hãy đổi chỗ hai ngày hoặc sửa lại ngày',
      'bad-pause-column':
        '"{value}" ở cột "{columnName}" (thời gian tạm dừng) không phải là ngày; viết 13/02/2026 09:00',
      'pause-columns-reversed':
        'thời gian tạm dừng kết thúc trước khi bắt đầu: "{pauseEnd}" ở cột "{endColumn}" ở trước "{pauseStart}" ở cột "{startColumn}"; hãy đổi chỗ hai ngày hoặc sửa lại ngày',
      'pause-end-only':
        '{subject}{inColumn} chỉ có thời điểm kết thúc tạm dừng, {pauseEnd}, không có thời điểm bắt đầu: hãy ghi cả hai, "từ … đến {pauseEnd}" (hoặc "… - {pauseEnd}"), thay "…" bằng thời điểm bắt đầu tạm dừng',
      'pause-column-end-only':
        'thời gian tạm dừng chỉ có thời điểm kết thúc, "{pauseEnd}" ở cột "{endColumn}", còn cột "{startColumn}" để trống: hãy ghi vào đó thời điểm bắt đầu tạm dừng',
      'pause-open-at-result':
        'thời gian tạm dừng từ {pauseFrom} không có thời điểm kết thúc, nhưng hồ sơ đã có kết quả {finished}: không tính tạm dừng thì quá hạn, tính thì có thể đúng hạn; hãy ghi thời điểm kết thúc tạm dừng (lúc người nộp bổ sung hồ sơ)',
      'bad-step': 'thời điểm của bước "{value}" không phải ngày',
      'ambiguous-procedure':
        'mã thủ tục "{value}" dùng chung cho {candidates}, cột cơ quan không cho biết hồ sơ này của thủ tục nào: hãy ghi mã quy trình vào cột mã thủ tục của tệp xuất, hoặc ghi vào cột "Cơ quan" đúng tên cơ quan thực hiện như trong thủ tục',
      'ambiguous-title':
        'tên thủ tục "{value}" là tên của {candidates}, cột cơ quan không cho biết hồ sơ này của thủ tục nào: hãy xuất kèm cột mã thủ tục hoặc mã quy trình, hoặc ghi vào cột "Cơ quan" đúng tên cơ quan thực hiện như trong thủ tục',
      'ambiguous-id':
        'thủ tục "{value}" khớp với {candidates}, các mã quy trình này chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu câu: procmap không chọn thay; hãy ghi vào cột mã thủ tục của tệp xuất đúng mã quy trình như một trong các tệp đó ghi, hoặc đặt cho các quy trình những mã hiệu khác hẳn nhau',
      'name-disagrees':
        'mã thủ tục "{value}" là của {codeProcedure}, nhưng tên thủ tục cùng dòng, "{procedureName}", là tên của {candidates}: dòng ghi hai thủ tục khác nhau, procmap không chọn thay; hãy sửa mã hoặc tên thủ tục của dòng này trong tệp xuất',
      'unknown-channel':
        'kênh "{value}" không phải trực tiếp, trực tuyến hay bưu chính; hãy ghi "Trực tiếp", "Trực tuyến" (thêm "một phần" hoặc "toàn trình" nếu thủ tục chia mức) hoặc "Bưu chính" vào ô kênh',
      'out-of-calendar': 'một ngày của hồ sơ tiếp nhận "{value}" nằm ngoài những năm lịch của procmap biết (2000–2099)',
      'too-long': 'dòng dài hơn 1.000.000 ký tự, dài hơn mọi hồ sơ: bỏ qua, không đọc',
      repeated: 'hồ sơ "{value}" bị lặp lại (chỉ tính một lần, theo {kept})',
      superseded:
        'hồ sơ "{value}" ở dòng này đang giải quyết, chưa có kết quả; chỉ tính một lần, theo {kept}, dòng đã có kết quả',
      'repeated-conflict':
        'hồ sơ "{value}" bị lặp lại với ngày trả kết quả khác; chỉ tính một lần, theo {kept}, ngày trả muộn hơn',
    } as Record<BadRow['reason'], string>,
  },
} as const;

/** The labels of a language. */
export type OntimeLabels = (typeof ONTIME_LABELS)[Lang];

// Thousands grouped as each language writes them: the Vietnamese point beside its decimal comma (1.234,5), the English
// comma; by hand rather than toLocaleString, so that the report reads alike whatever ICU data Node was built with.
/** A count as people read it: `1.234.567` / `1,234,567`. */
export function formatCount(count: number, lang: Lang): string {
  return groupDigits(count, lang === 'vi' ? '.' : ',');
}

/** A count with its noun: "1 row" in English, "2 rows"; Vietnamese nouns have no plural ("1 dòng"). */
export function countOf(count: number, words: string, lang: Lang): string {
  return `${formatCount(count, lang)} ${lang === 'en' && count === 1 ? words.replace(/s$/, '') : words}`;
}

/** A share as a percentage: `95,45%` / `95.45%`; `—` when there is none. */
export function formatRate(rate: number | undefined, lang: Lang): string {
  return rate === undefined ? '—' : `${formatNumber(rate * 100, lang)}%`;
}

/**
 * Working hours as working days and hours, as formatWorkingTime says them: `1,5 ngày làm việc (12 giờ)` / `1.5
 * working days (12 h)`; under a day that two-decimal days cannot hold, to the minute (`30 phút`, not `0,06 ngày`).
 */
export function formatHours(hours: number | undefined, hoursPerDay: number, lang: Lang): string {
  if (hours === undefined) return '—';
  // An average to the minute, as every other time is said: 32,83 hours is "32 giờ 50 phút", as `time` says a total
  // that two-decimal hours cannot hold; one they hold keeps its days ("7,31 ngày làm việc (58 giờ 30 phút)").
  const minutes = Math.round(hours * 60) / 60;
  if (inHoursAlone(minutes, hoursPerDay)) return formatWorkingMinutes(minutes, lang);
  return formatWorkingTime(minutes, hoursPerDay, lang);
}

/**
 * Working time to the minute, as \`time\`, lint and the documents say it: `2 giờ 26 phút làm việc`, `1 phút` / `2
 * working hours 26 minutes` (never `2,43 giờ` or `0,02 giờ`). The report's figures are hours to two decimals, each of
 * them within half a minute of the minutes it was counted in.
 */
export function formatWorkingMinutes(hours: number | undefined, lang: Lang): string {
  if (hours === undefined) return '—';
  return formatDuration({ value: Math.round(Math.abs(hours) * 60) / 60, unit: 'h' }, lang);
}

/**
 * The time saved against the limit, its sign in words: `sớm 2 giờ 26 phút làm việc`, and a negative saving as the
 * overrun it is, `vượt 1 phút` / `early by …`, `over by …` (a bare "-2,43 giờ" after a count reads as nothing).
 */
export function formatSaved(hours: number | undefined, lang: Lang): string {
  if (hours === undefined) return '—';
  const time = formatWorkingMinutes(hours, lang);
  if (Math.round(Math.abs(hours) * 60) === 0) return time;
  return fill(hours < 0 ? ONTIME_LABELS[lang].savedOver : ONTIME_LABELS[lang].savedEarly, { time });
}

// Rows set aside because their dossier is counted from another row: not failures of the export.
const REPEATS: readonly BadReason[] = ['repeated', 'superseded', 'repeated-conflict'];

/**
 * The count of rows not measured, saying how many of them only repeat a dossier counted once (overlapping exports):
 * "3 (trong đó dòng lặp lại của hồ sơ đã tính một lần: 3)", so that an officer does not look for three broken rows.
 */
export function badRowCount(report: OntimeReport, lang: Lang): string {
  const repeats = REPEATS.reduce((sum, reason) => sum + (report.badRows.byReason[reason] ?? 0), 0);
  const count = formatCount(report.badRows.count, lang);
  return repeats > 0 ? `${count} (${ONTIME_LABELS[lang].repeats}: ${formatCount(repeats, lang)})` : count;
}

// What a shell takes as one word unquoted; Vietnamese letters included.
const SHELL_SAFE = /^[\p{L}\p{M}\p{N}_./@%+=:,-]+$/u;

/** A file name as the officer can paste it after a command: in single quotes when it holds a space or a shell mark. */
function shellWord(text: string): string {
  return SHELL_SAFE.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The procedures a row could be of, by id, each with its file when the row names an id several answer to. */
function candidatesText(bad: BadRow, lang: Lang): string {
  const ids = bad.candidates ?? [];
  const files = bad.candidateFiles;
  if (files === undefined) return ids.join(', ');
  return ids.map((id, i) => fill(ONTIME_LABELS[lang].candidateIn, { id, file: files[i] ?? '' })).join(', ');
}

/**
 * A pause cell that cannot be read, naming its part that is no pause: the cell's one moment, its end alone with the
 * start to write, or its text.
 */
function pausePartText(bad: BadRow, part: string, lang: Lang): string {
  const words = ONTIME_LABELS[lang];
  const value = bad.value ?? '';
  const subject = fill(part === value.replace(/\s+/g, ' ').trim() ? words.pauseSubject : words.pausePartSubject, {
    value,
    part,
  });
  if (bad.reason === 'pause-end-only') {
    const inColumn = bad.column === undefined ? '' : fill(words.pauseInColumn, { columnName: bad.column });
    return fill(words.reasons['pause-end-only'], { subject, inColumn, pauseEnd: bad.pause?.end ?? '' });
  }
  return fill(bad.pauseOneMoment ? words.pauseOneMoment : words.pauseUnreadPart, { subject, part });
}

/**
 * A row set aside as the run that set it aside had it: read back from procmap's workbook, its reason's words taken
 * apart into its fields when they are procmap's own (readReasonText); else the row as it is.
 */
export function readBackRow(bad: BadRow): BadRow {
  if (bad.reasonText === undefined) return bad;
  return readReasonText({ ...bad, reasonText: bad.reasonText }, ONTIME_LABELS, badRowText) ?? bad;
}

/** Why a row was not measured, in words. */
export function badRowText(bad: BadRow, lang: Lang): string {
  // Read back from procmap's workbook: said again in this report's language when the words are procmap's own, else
  // as the run that set the row aside wrote them.
  if (bad.reasonText !== undefined) {
    const read = readBackRow(bad);
    return read.reasonText ?? badRowText(read, lang);
  }
  const words = ONTIME_LABELS[lang];
  const slipped = slipText(bad, lang);
  if (slipped !== undefined) return slipped;
  if (bad.cell !== undefined)
    return fill(bad.value === undefined ? words.formulaNoValue : words.formulaError, {
      cell: bad.cell,
      field: words.formulaFields[bad.reason] ?? '',
      value: bad.value ?? '',
    });
  if ((bad.reason === 'bad-pause' || bad.reason === 'pause-end-only') && bad.pausePart !== undefined)
    return pausePartText(bad, bad.pausePart, lang);
  // The very same id in several files: the files are what differ, and what to fix.
  const sameId = bad.reason === 'ambiguous-id' && new Set(bad.candidates).size === 1;
  const template = sameId
    ? words.sameId
    : bad.reason === 'superseded' && bad.status !== undefined
      ? words.supersededUnsettled
      : bad.unmarkedAgency !== undefined
        ? words.ambiguousUnmarked
        : bad.reason === 'returned-without-date' && bad.column !== undefined
          ? words.returnedEmptyColumn
          : bad.reason === 'pause-column-end-only' && bad.pause?.startColumn === ''
            ? words.pauseNoStartColumn
            : bad.reason === 'pause-reversed' && bad.pause?.day !== undefined
              ? words.pauseHoursReversed
              : bad.reason === 'bad-pause-column' && listsSeveralMoments(bad.value ?? '')
                ? words.pauseColumnSeveral
                : words.reasons[bad.reason];
  return fill(template, {
    value: bad.value ?? '',
    candidates: candidatesText(bad, lang),
    count: String(bad.candidateFiles?.length ?? 0),
    files: (bad.candidateFiles ?? []).join(', '),
    agency: bad.unmarkedAgency ?? '',
    procedureName: bad.procedureName ?? '',
    codeProcedure: bad.codeProcedure ?? '',
    status: bad.status ?? '',
    // Both spellings of a number told apart by letter case or width alone, so the officer sees why they are one.
    kept: bad.keptAs === undefined ? (bad.kept ?? '') : `${bad.kept ?? ''} ("${bad.keptAs}")`,
    procedureFile: bad.procedureFile ?? '',
    lintFile: shellWord(bad.procedureFile ?? ''),
    line: String(bad.procedureError?.line ?? ''),
    column: String(bad.procedureError?.column ?? ''),
    received: readText(bad.received),
    finished: readText(bad.finished),
    asOf: readText(bad.asOf),
    pauseFrom: readText(bad.pauseFrom),
    columnName: bad.column ?? '',
    pauseStart: bad.pause?.start ?? '',
    pauseEnd: bad.pause?.end ?? '',
    pauseDay: bad.pause?.day ?? '',
    startColumn: bad.pause?.startColumn ?? '',
    endColumn: bad.pause?.endColumn ?? '',
  });
}

/**
 * A date cell that nearly reads, said as `time --received` says it: a date that does not exist (29/02/2026: February
 * 2026 has 28 days; 01/13/2026: the day and month the other way round), a weekday not the date's, a year in two
 * digits, another time zone, an hour or minute the clock has not (25:00, 17:61), no year (15/12). Undefined for a cell with none of these, which the column's own words answer.
 */
function slipText(bad: BadRow, lang: Lang): string | undefined {
  const words = ONTIME_LABELS[lang];
  if (!(bad.reason in words.slipFields) || bad.value === undefined) return undefined;
  const field = words.slipFields[bad.reason as keyof typeof words.slipFields];
  const fault = faultText(field, bad.value, lang);
  if (fault !== undefined) return fault;
  // Seconds since 1970 (10 digits), which procmap does not read: the moment they would be, to check and write.
  const seconds = secondsSinceEpoch(bad.value);
  if (seconds !== undefined)
    return fill(words.secondsSlip, { field, value: bad.value, vietnam: readText(vietnamMoment(seconds)) });
  const slip = momentSlip(bad.value);
  if (slip === undefined) {
    // 25:00, 17:61, 15/12 without its year: said as `time --received` says it.
    const clock = clockSlip(bad.value);
    return clock && clockSlipText(`${field} "${bad.value}"`, clock)[lang];
  }
  if (slip.kind === 'year') return fill(words.yearSlip, { field, value: bad.value, full: slip.full });
  if (slip.kind === 'zone')
    return fill(words.zoneSlip, { field, value: bad.value, zone: slip.zone, vietnam: slip.vietnam });
  // A zone without a time, a time run on by a dash: said as `time --received` says them.
  return momentOptionText(field, bad.value)[lang];
}

/** What is wrong with a cell's date that names a day that does not exist or a weekday not its own, after its column. */
function faultText(field: string, value: string, lang: Lang): string | undefined {
  const reading = readMoment(value);
  if (reading === undefined) return undefined;
  if ('wrongWeekday' in reading)
    return wrongWeekdayText(`${field} "${value}"`, reading.wrongWeekday.written, reading.wrongWeekday.day)[lang];
  if (!('dateFault' in reading)) return undefined;
  const { written, fault } = reading.dateFault;
  // The date alone is said wrong; the whole cell is quoted first when it holds more (a time).
  const said = dateFaultText(written, fault)[lang];
  return written.trim() === value.trim() ? `${field} ${said}` : `${field} "${value}": ${said}`;
}

/** A moment as read from a cell, `13/02/2026 09:00` (a date alone when it has no time): no weekday, the cell's own form. */
function readText(moment: Moment | undefined): string {
  if (moment === undefined) return '';
  const day = formatDmy(dayOf(moment));
  return minuteOf(moment) === 0 ? day : `${day} ${formatClock(minuteOf(moment))}`;
}

/**
 * The reporting period for a report's header, after its moment ("…, kỳ báo cáo 01/09/2026 – 30/09/2026, ngoài kỳ: 3
 * dòng"), or nothing for a report of the whole export.
 */
export function periodText(report: Pick<OntimeReport, 'period' | 'rows'>, lang: Lang): string {
  const { period } = report;
  if (period === undefined) return '';
  const days = `${formatDate(dayOf(period.from), lang)} – ${formatDate(dayOf(period.to), lang)}`;
  // The files' rows beside the period's: "dòng: 1.326" alone read as the whole export's 10,000.
  const inFiles = countOf(report.rows + period.outside, ONTIME_LABELS[lang].rows, lang);
  const outside = countOf(period.outside, ONTIME_LABELS[lang].rows, lang);
  return lang === 'vi'
    ? `, kỳ báo cáo ${days} (hồ sơ đã giải quyết trong kỳ và còn đang giải quyết cuối kỳ; trong tệp: ${inFiles}, trong kỳ: ${formatCount(report.rows, lang)} dòng, ngoài kỳ, không tính: ${outside})`
    : `, period ${days} (dossiers settled in it and still open at its end; in the files: ${inFiles}, in the period: ${countOf(report.rows, 'rows', lang)}, outside it, not counted: ${outside})`;
}

/** The rows a report's header counts: of the period alone when there is one (`dòng trong kỳ: 7`), else of the files. */
export function headerRows(report: Pick<OntimeReport, 'period' | 'rows'>, lang: Lang): string {
  const w = ONTIME_LABELS[lang];
  return `${report.period === undefined ? w.rows : w.rowsInPeriod}: ${formatCount(report.rows, lang)}`;
}

/** A moment for a report, or `—`; a vendor's appointment given as a date alone (midnight) prints as the date. */
export function momentText(moment: Moment | undefined, lang: Lang): string {
  if (moment === undefined) return '—';
  return minuteOf(moment) === 0 ? formatDate(dayOf(moment), lang) : formatDateTime(moment, lang);
}

/** A listed dossier's receipt as written, to the minute, seconds dropped: 14:59:59 prints 14:59, never the 15:00 cutoff. */
export function receivedText(
  d: Pick<OntimeReport['listed'][number], 'received' | 'receivedWritten'>,
  lang: Lang,
): string {
  return momentText(d.receivedWritten ?? d.received, lang);
}

/**
 * procmap's due moment of a listed dossier; for one paused for the applicant's additions, which has none until the
 * applicant answers, when its clock stopped and the office time then left, to the minute as the lateness beside it
 * ("tạm dừng từ …, còn 27 giờ 30 phút làm việc").
 */
export function dueText(d: OntimeReport['listed'][number], lang: Lang): string {
  // A receipt without its hour under a same-day cutoff: the due dates the law allows, the earliest to the latest.
  if (d.earliestDue !== undefined) return `${momentText(d.earliestDue, lang)} – ${momentText(d.due, lang)}`;
  if (d.pausedFrom === undefined) return momentText(d.due, lang);
  const w = ONTIME_LABELS[lang];
  const from = momentText(d.pausedFrom, lang);
  // A limit in calendar days or months counts days, not office hours: the time left is said in its own unit, and for
  // months with the day the period ran to, which a count of days alone does not show.
  if (d.leftDays !== undefined) {
    const { days, last } = d.leftDays;
    const left = fill(days === 1 ? w.pausedDaysLeft.one : w.pausedDaysLeft.many, { from, days });
    return d.limitUnit === 'month' ? left + fill(w.pausedRunningTo, { last: formatDate(last, lang) }) : left;
  }
  const left = formatWorkingMinutes(d.leftHours, lang);
  return fill(w.pausedLeft, { from, left });
}

/** The heading of the dossiers listed one by one, naming the "not yet known" ones when the report has any. */
export function listedHeading(report: OntimeReport, lang: Lang): string {
  const w = ONTIME_LABELS[lang];
  return report.totals.undetermined > 0 ? w.listedUndetermined : w.listed;
}

/** One group's figures in a line: dossiers, finished, rate, late, open overdue. */
export function tallyLine(tally: Tally, lang: Lang): string {
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const n = (count: number) => formatCount(count, lang);
  const unknown = tally.undetermined > 0 ? ` · ${s.undetermined} ${n(tally.undetermined)}` : '';
  return `${n(tally.dossiers)} · ${w.finished.toLowerCase()} ${n(tally.finished)} · ${w.rate.toLowerCase()} ${formatRate(tally.rate, lang)} · ${s.late} ${n(tally.late)}${unknown} · ${s.open_overdue} ${n(tally.open_overdue)} · ${formatSaved(tally.averageSavedHours, lang)}`;
}

/** A month as people read it on every page, `12/2026`, from the report's ISO key `2026-12` (which JSON keeps). */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return month === undefined ? key : `${month}/${year}`;
}

/** The groups of a report with the level names in the report's language (`commune` → `Xã`). */
function levelGroups<T extends { key: string }>(groups: readonly T[], lang: Lang): T[] {
  const names = ONTIME_LABELS[lang].levels;
  return groups.map((g) => ({ ...g, key: names[g.key] ?? g.key }));
}

/** The groupings of a report in the order every format shows them: title, sheet name, groups (levels named). */
export function groupings(report: OntimeReport, lang: Lang): { title: string; sheet: string; groups: Group[] }[] {
  const w = ONTIME_LABELS[lang];
  return [
    { title: w.byProcedure, sheet: w.sheets.procedure, groups: report.byProcedure },
    { title: w.byField, sheet: w.sheets.field, groups: report.byField },
    { title: w.byAgency, sheet: w.sheets.agency, groups: report.byAgency },
    { title: w.byLevel, sheet: w.sheets.level, groups: levelGroups(report.byLevel, lang) },
    { title: w.byMonth, sheet: w.sheets.month, groups: report.byMonth.map((g) => ({ ...g, key: monthLabel(g.key) })) },
  ];
}

/**
 * A dossier's pauses as an export writes them in its one cell, `02/07/2026 08:00 - 03/07/2026 08:00; 06/07/2026 08:00 -`
 * (an open one without its end), so that `ontime` reads them back as it read them.
 */
export function pausesText(
  pauses: readonly { from: Moment; to?: Moment; wholeDays?: true; wholeLastDay?: true }[],
): string {
  const at = (moment: Moment) => `${formatDmy(dayOf(moment))} ${formatClock(minuteOf(moment))}`;
  // Whole days as their dates, the last included, so that they read back as the same days.
  return pauses
    .map(({ from, to, wholeDays, wholeLastDay }) =>
      to === undefined
        ? `${at(from)} -`
        : `${wholeDays ? formatDmy(dayOf(from)) : at(from)} - ${wholeDays || wholeLastDay ? formatDmy(dayOf(to) - 1) : at(to)}`,
    )
    .join('; ');
}
