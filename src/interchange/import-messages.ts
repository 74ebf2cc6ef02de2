import { fill, type Lang, type Translated } from '../i18n.js';

// What `procmap import` tells the officer, in both languages: where a row came from, why it was skipped, what to
// finish by hand. `{s}` is the English plural ending; Vietnamese has none.
const MESSAGES = {
  // Where a procedure came from.
  record: { en: '{file}: record {n}', vi: '{file}: bản ghi {n}' },
  sheetRow: { en: '{file}: sheet "{sheet}" row {n}', vi: '{file}: trang tính "{sheet}", dòng {n}' },
  fileRow: { en: '{file}: row {n}', vi: '{file}: dòng {n}' },
  tableRow: { en: '{file}: table {table}, row {n}', vi: '{file}: bảng {table}, dòng {n}' },
  sheet: { en: '{file}: sheet "{sheet}"', vi: '{file}: trang tính "{sheet}"' },
  // National records.
  notRecord: {
    en: 'not a procedure record (an object with MATTHC and TENTTHC)',
    vi: 'không phải bản ghi thủ tục (một đối tượng có MATTHC và TENTTHC)',
  },
  recordNoTitle: { en: 'the record has no title (TENTTHC)', vi: 'bản ghi không có tên thủ tục (TENTTHC)' },
  recordNoLimit: {
    en: 'the record gives no time limit procmap can read (CACHTHUCTHUCHIEN[].THOIGIAN[])',
    vi: 'bản ghi không có thời hạn giải quyết procmap đọc được (CACHTHUCTHUCHIEN[].THOIGIAN[])',
  },
  recordNoInPersonLimit: {
    en: 'the in-person way of filing (KENH 1) gives no time limit procmap can read, and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET and DONVITINH, like "15" "Ngày làm việc", or "Trong ngày"',
    vi: 'cách nộp trực tiếp (KENH 1) không có thời hạn giải quyết procmap đọc được, và không thể lấy thời hạn của cách khác thay vào: hãy ghi vào THOIGIANGIAIQUYET và DONVITINH, như "15" "Ngày làm việc", hoặc "Trong ngày"',
  },
  recordChannelLimit: {
    en: '{channel}: time limit "{limit}" is not one procmap reads, and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET and DONVITINH, like "15" "Ngày làm việc", or "Trong ngày"',
    vi: '{channel}: thời hạn "{limit}" không phải thời hạn procmap đọc được, và không thể lấy thời hạn của cách khác thay vào: hãy ghi vào THOIGIANGIAIQUYET và DONVITINH, như "15" "Ngày làm việc", hoặc "Trong ngày"',
  },
  // The same for a limit that names the same day: the same-day form first, as the officer meant it.
  recordChannelSameDay: {
    en: '{channel}: time limit "{limit}" is not one procmap reads, and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET with DONVITINH empty, like "Trong ngày", or "Trong ngày (nếu tiếp nhận trước 15 giờ)" when a dossier received later is due the next working day; or a number and its unit in DONVITINH, like "15" "Ngày làm việc"',
    vi: '{channel}: thời hạn "{limit}" không phải thời hạn procmap đọc được, và không thể lấy thời hạn của cách khác thay vào: hãy ghi vào THOIGIANGIAIQUYET và để trống DONVITINH, như "Trong ngày", hoặc "Trong ngày (nếu tiếp nhận trước 15 giờ)" nếu hồ sơ nhận sau giờ đó trả vào ngày làm việc tiếp theo; hoặc số và đơn vị ở DONVITINH, như "15" "Ngày làm việc"',
  },
  recordNoEffective: {
    en: 'no effective date: give one with --effective YYYY-MM-DD',
    vi: 'không có ngày hiệu lực: hãy ghi bằng --effective YYYY-MM-DD',
  },
  recordNotInForce: {
    en: 'TRANGTHAI "{status}": the national record says this procedure is not in force; the file is written, with the status in its note: check it before you publish it, and remove the file if the procedure is abolished',
    vi: 'TRANGTHAI "{status}": bản ghi quốc gia cho biết thủ tục này không còn hiệu lực; tệp vẫn được ghi, tình trạng giữ trong ghi chú: hãy kiểm tra trước khi công bố, và xóa tệp nếu thủ tục đã bị bãi bỏ',
  },
  channelCode: {
    en: 'channel KENH "{kenh}" is not 1, 2 or 3: kept in the note',
    vi: 'cách thực hiện KENH "{kenh}" không phải 1, 2 hay 3: giữ trong ghi chú',
  },
  recordFeeDiffers: {
    en: '{channel}: the fee\'s description (MOTA) says "{fee}" but its amount (SOTIEN) is {amount} đồng: the description is kept as the fee, the amount in the note; check which is right and correct the file',
    vi: '{channel}: phần mô tả phí, lệ phí (MOTA) ghi "{fee}" nhưng số tiền (SOTIEN) là {amount} đồng: đã giữ phần mô tả làm phí, lệ phí, số tiền kia giữ trong ghi chú; hãy kiểm tra số nào đúng và sửa lại tệp',
  },
  recordLimit: {
    en: 'limit "{limit}" is not a duration procmap reads: kept in the note',
    vi: 'thời hạn "{limit}" không phải thời gian procmap đọc được: giữ trong ghi chú',
  },
  bareDays: {
    en: '{what} "{limit}" counts its days with a plain "ngày", which can mean {value} working {dayWord} (as step tables often mean it) or {value} calendar {dayWord} (as the law reads it, and procmap counts it until told): write "{working}" or "{calendar}"{others}',
    vi: '{what} "{limit}" ghi "ngày" không rõ loại: có thể là {value} ngày làm việc (cách hiểu thường gặp ở các bước) hoặc {value} ngày lịch (cách hiểu theo luật, procmap đang tính theo cách này): hãy ghi "{working}" hoặc "{calendar}"{others}',
  },
  // A step's plain days under a limit in working days: counted in the limit's unit, in lint's words (ambiguous-days).
  bareStepDays: {
    en: '{what} "{limit}" counts its days with a plain "ngày", which can mean {value} working {dayWord} (the unit of the procedure\'s limit, which procmap uses until told) or {value} calendar {dayWord} (as the law reads it): write "{working}" or "{calendar}"',
    vi: '{what} "{limit}" ghi "ngày" không rõ loại: có thể là {value} ngày làm việc (đơn vị của thời hạn giải quyết, procmap đang dùng) hoặc {value} ngày lịch (cách hiểu theo luật): hãy ghi "{working}" hoặc "{calendar}"',
  },
  bareCaseDays: {
    en: '{what} "{limit}" counts the days of another case with a plain "ngày" ({days}), which can mean working days (as step tables often mean it) or calendar days (as the law reads it): write which, e.g. "{value} ngày làm việc" or "{value} ngày lịch"',
    vi: '{what} "{limit}" ghi số ngày của trường hợp khác ({days}) bằng "ngày" không rõ loại: có thể là ngày làm việc (cách hiểu thường gặp ở các bước) hoặc ngày lịch (cách hiểu theo luật): hãy ghi rõ, ví dụ "{value} ngày làm việc" hoặc "{value} ngày lịch"',
  },
  // The bare shares of a breakdown under a total that says its days: lint's words, after where the limit was written.
  breakdownShares: { en: '{what} {share}', vi: '{what} {share}' },
  bareDaysCases: {
    en: ', and say which days {days} of the other case are',
    vi: ', và ghi rõ như vậy cho {days} của trường hợp khác',
  },
  channelCases: {
    en: "{channel}: {count} time limits by case, written as one channel: the usual case's limit, the others in brackets after it; check it",
    vi: '{channel}: {count} thời hạn theo trường hợp, ghi thành một cách thực hiện: thời hạn của trường hợp thông thường, các trường hợp khác trong ngoặc sau đó; hãy kiểm tra lại',
  },
  moreCases: {
    en: '{count} more case{s} of the sequence kept in the note',
    vi: '{count} trường hợp khác của trình tự thực hiện được giữ trong ghi chú',
  },
  effectiveFromDecision: {
    en: 'effective date set to the date of decision {decision}, {date}: write the date the procedure takes effect, or use --effective',
    vi: 'ngày hiệu lực lấy theo ngày của Quyết định số {decision}, {date}: hãy ghi ngày quy trình có hiệu lực, hoặc dùng --effective',
  },
  effectiveFromIssue: {
    en: 'effective date set to the issue date ("Ngày ban hành"), {date}, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective',
    vi: 'ngày hiệu lực lấy theo ngày ban hành, {date}, vì tài liệu không ghi ngày hiệu lực: hãy ghi "Ngày hiệu lực: …" vào tài liệu, hoặc dùng --effective',
  },
  agencyFromHeader: {
    en: 'agency and issuing body read from the header block above the title: {agency}; check them',
    vi: 'cơ quan thực hiện và cơ quan ban hành đọc từ khối tiêu đề phía trên tên quy trình: {agency}; hãy kiểm tra',
  },
  effectiveFromBasis: {
    en: 'effective date set to the newest legal basis, {date}: write the date the procedure takes effect, or use --effective',
    vi: 'ngày hiệu lực lấy theo căn cứ pháp lý mới nhất, {date}: hãy ghi ngày quy trình có hiệu lực, hoặc dùng --effective',
  },
  fieldsKept: {
    en: '{count} field{s} procmap has no place for kept in the note',
    vi: '{count} trường procmap không có chỗ ghi được giữ trong ghi chú',
  },
  // Both sources.
  codeZeros: {
    en: 'cell {cell} ("{column}") holds {written}, read as the code {code}: Excel drops the trailing zeros of a number, and a national code has six digits after the full stop; check it, and format the column as Text so that Excel keeps codes as typed',
    vi: 'ô {cell} ("{column}") ghi {written}, được đọc là mã {code}: Excel bỏ các chữ số 0 ở cuối một số, còn mã thủ tục quốc gia có sáu chữ số sau dấu chấm; hãy kiểm tra lại, và định dạng cột là Văn bản (Text) để Excel giữ mã như khi gõ',
  },
  level: {
    en: 'level "{level}" is not one level: kept in the note',
    vi: 'cấp "{level}" không phải một cấp thực hiện: giữ trong ghi chú',
  },
  draftSteps: {
    en: "{count} draft step{s} from the public sequence: write each one's body and duration",
    vi: '{count} bước nháp từ trình tự thực hiện: hãy ghi đơn vị và thời gian của từng bước',
  },
  noSequence: {
    en: 'no sequence in the source: one draft step to replace with the real steps',
    vi: 'nguồn không có trình tự thực hiện: một bước nháp, cần thay bằng các bước thực tế',
  },
  // Spreadsheets and Word tables.
  sharedTime: {
    en: 'time "{time}" is one merged cell with the step above: counted once, there; this step is a draft until you split the time between them',
    vi: 'thời gian "{time}" là một ô gộp chung với bước trên: chỉ tính một lần, cho bước trên; bước này là bước nháp đến khi chia thời gian cho từng bước',
  },
  repeatedStepNumber: {
    en: 'step number {number} is written on more than one row: the steps are kept in the order of the rows, not sorted by number; check the order and give each step its own number',
    vi: 'số thứ tự bước {number} được ghi ở nhiều dòng: các bước giữ theo thứ tự các dòng, không sắp theo số thứ tự; hãy kiểm tra thứ tự và đánh số riêng cho từng bước',
  },
  unnumberedStep: {
    en: 'this row has no step number while the others are numbered out of order: the steps are kept in the order of the rows; check the order and number every step',
    vi: 'dòng này không có số thứ tự bước trong khi các dòng khác được đánh số không theo thứ tự: các bước giữ theo thứ tự các dòng; hãy kiểm tra thứ tự và đánh số cho mọi bước',
  },
  noStepText: { en: 'no step text, row left out', vi: 'không có nội dung bước, bỏ qua dòng này' },
  stepTime: {
    en: 'time "{time}" is not a duration procmap reads; the step is a draft',
    vi: 'thời gian "{time}" không phải thời gian procmap đọc được; bước này là bước nháp',
  },
  // A Word table's cell, which has no name (a sheet's says its own, below): no word of Excel's cell formats.
  stepTimeClock: {
    en: 'time "{time}" is written as a time of day, not as how long the step takes: if it takes {taken}, write "{taken}" in its cell of the table; the step is a draft',
    vi: 'thời gian "{time}" được ghi như giờ trong ngày, không phải thời gian bước này cần: nếu bước này cần {taken}, hãy ghi "{taken}" vào ô của bước này trong bảng; bước này là bước nháp',
  },
  stepTimeClockCell: {
    en: 'cell {cell} ("{column}") holds "{time}", a time of day, not how long the step takes: if it takes {taken}, write "{taken}" in {cell} (in Excel, as text); the step is a draft',
    vi: 'ô {cell} ("{column}") ghi "{time}" như giờ trong ngày, không phải thời gian bước này cần: nếu bước này cần {taken}, hãy ghi "{taken}" vào ô {cell} (trong Excel, ghi dạng chữ); bước này là bước nháp',
  },
  stepTimeNumber: {
    en: 'time "{time}" is not a duration procmap reads: write its unit, "{hours}" or "{days}"; the step is a draft',
    vi: 'thời gian "{time}" không phải thời gian procmap đọc được: hãy ghi cả đơn vị, "{hours}" hoặc "{days}"; bước này là bước nháp',
  },
  notesUnwritten: {
    en: 'not written: {count} line{s} of the note, below, that the file does not hold (the procedure is the same as the file, which is left as it is; --force writes them in the comment at its top, and nothing else)',
    vi: 'chưa ghi: {count} dòng ghi chú dưới đây chưa có trong tệp (quy trình giống với tệp nên tệp được giữ nguyên; dùng --force để ghi chúng vào chú thích ở đầu tệp, không đổi gì khác)',
  },
  noteWritten: {
    en: 'the procedure is the same as the file: only the note in the comment at its top written, {count} line{s} new',
    vi: 'quy trình giống với tệp: chỉ ghi phần ghi chú trong chú thích ở đầu tệp, {count} dòng mới',
  },
  hoursNotRead: {
    en: '{hoursAt} {hours} does not agree with {timeAt} "{time}"{computed}, the time procmap reads and keeps: if you changed "{timeColumn}", update {hoursCell}{update} or empty it; if you changed the hours, write them in {timeCell}{example}',
    vi: '{hoursAt} {hours} không khớp với {timeAt} "{time}"{computed}, là thời gian procmap đọc và giữ: nếu bạn đã sửa cột "{timeColumn}", hãy sửa {hoursCell}{update} hoặc xóa trống ô đó; nếu bạn đã sửa số giờ, hãy ghi vào {timeCell}{example}',
  },
  cellAt: { en: 'cell {cell} ("{column}")', vi: 'ô {cell} ("{column}")' },
  hoursColumnAt: { en: '"{column}"', vi: '"{column}"' },
  hoursCellNamed: { en: 'cell {cell}', vi: 'ô {cell}' },
  hoursColumnNamed: { en: 'the cell of "{column}"', vi: 'ô của cột "{column}"' },
  hoursUpdate: { en: ' to {value}', vi: ' thành {value}' },
  cellError: {
    en: 'cell {cell} ("{column}") shows the error {error}, not a value procmap can read{then}; correct its formula, or type the value in the cell',
    vi: 'ô {cell} ("{column}") báo lỗi {error}, không có giá trị procmap đọc được{then}; hãy sửa công thức của ô, hoặc ghi thẳng giá trị vào ô',
  },
  cellFormulaText: {
    en: 'cell {cell} ("{column}") holds a formula whose value, {value}, starts as a formula does, which procmap does not take as a value{then}; type the value in the cell',
    vi: 'ô {cell} ("{column}") chứa công thức có giá trị {value} bắt đầu như một công thức, procmap không lấy làm giá trị{then}; hãy ghi thẳng giá trị vào ô',
  },
  cellNotComputed: {
    en: 'cell {cell} ("{column}") holds a formula with no value: the file was not saved by a spreadsheet that computes it{then}; open the file in Excel or LibreOffice and save it so that values are computed, or type the value in the cell',
    vi: 'ô {cell} ("{column}") chứa công thức chưa có giá trị: tệp chưa được lưu bằng chương trình bảng tính tính ra giá trị{then}; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để giá trị được tính, hoặc ghi thẳng giá trị vào ô',
  },
  cellTimeFromHours: {
    en: ', so the step\'s time is read from cell {cell} ("{column}"): {hours} working hour{s}',
    vi: ', nên thời gian của bước được đọc từ ô {cell} ("{column}"): {hours} giờ làm việc',
  },
  cellStepDraft: { en: ', so the step is a draft', vi: ', nên bước này là bước nháp' },
  cellTimeEmpty: {
    en: 'cell {cell} ("{column}") is empty{then}; write the time in {cell} if it is another',
    vi: 'ô {cell} ("{column}") để trống{then}; nếu thời gian khác, hãy ghi vào ô {cell}',
  },
  hoursComputed: { en: ' ({value} working hour{s})', vi: ' ({value} giờ làm việc)' },
  hoursExample: { en: ', e.g. "{value}h"', vi: ', ví dụ "{value}h"' },
  joinedTime: {
    en: '{what} "{time}" mixes days and hours: written as {value} (working hours), a working day being {perDay} working hours; check it',
    vi: '{what} "{time}" ghi cả ngày và giờ: đã ghi thành {value} (giờ làm việc), mỗi ngày làm việc {perDay} giờ làm việc; hãy kiểm tra lại',
  },
  revision: {
    en: 'revision "{revision}" is not a whole number from 1: revision 1 written',
    vi: 'lần ban hành "{revision}" không phải số nguyên từ 1: ghi lần ban hành 1',
  },
  noTitle: { en: 'no title', vi: 'không có tên thủ tục' },
  limitUnread: {
    en: 'time limit "{limit}" is not one procmap reads (write it like "15 ngày làm việc")',
    vi: 'thời hạn "{limit}" không phải thời hạn procmap đọc được (hãy ghi như "15 ngày làm việc")',
  },
  noLimit: { en: 'no time limit', vi: 'không có thời hạn giải quyết' },
  monthFirst: {
    en: 'dates in {file} ({columns}) are written month first, as a spreadsheet in US English saves them ({proof} has no month {month}): read as month/day/year, {written} → {read}; check them, or save the file with dates as dd/mm/yyyy',
    vi: 'ngày trong {file} ({columns}) được ghi tháng trước, ngày sau, như bảng tính đặt tiếng Anh (Mỹ) lưu ({proof} không có tháng {month}): đã đọc theo tháng/ngày/năm, {written} → {read}; hãy kiểm tra lại, hoặc lưu tệp với ngày dạng dd/mm/yyyy',
  },
  dateUnread: {
    en: '"{column}" "{date}" is not a date procmap reads (write dd/mm/yyyy or YYYY-MM-DD): kept in the note',
    vi: '"{column}" "{date}" không phải ngày procmap đọc được (hãy ghi dd/mm/yyyy hoặc YYYY-MM-DD): giữ trong ghi chú',
  },
  effectiveUnread: {
    en: 'effective date "{date}" is not a date (write YYYY-MM-DD or dd/mm/yyyy)',
    vi: 'ngày hiệu lực "{date}" không phải là ngày (hãy ghi YYYY-MM-DD hoặc dd/mm/yyyy)',
  },
  noEffective: {
    en: 'no effective date: add a column "Ngày hiệu lực" or give --effective YYYY-MM-DD',
    vi: 'không có ngày hiệu lực: thêm cột "Ngày hiệu lực" hoặc dùng --effective YYYY-MM-DD',
  },
  wordNotesKept: {
    en: "{count} footnote{s} of the document kept in the note, each by its mark and the paragraph it stands in: write what each says where it belongs (a limit's legal tail, a fee's case)",
    vi: '{count} chú thích của tài liệu (chú thích cuối trang, cuối văn bản) được giữ trong ghi chú, theo số và đoạn có số đó: hãy ghi nội dung từng chú thích vào đúng chỗ (phần sau của thời hạn, trường hợp của phí…)',
  },
  wordNoEffective: {
    en: 'no effective date: write a line "Ngày hiệu lực: dd/mm/yyyy" in the document (in its page header, its body or its page footer), or give --effective YYYY-MM-DD',
    vi: 'không có ngày hiệu lực: hãy ghi một dòng "Ngày hiệu lực: dd/mm/yyyy" trong tài liệu (ở đầu trang, trong nội dung hoặc ở chân trang), hoặc dùng --effective YYYY-MM-DD',
  },
  effectiveEmpty: {
    en: 'no effective date: cell {cell} ("{column}") gives none; write the date there (dd/mm/yyyy) or give --effective YYYY-MM-DD',
    vi: 'không có ngày hiệu lực: ô {cell} ("{column}") không có giá trị; hãy ghi ngày vào ô đó (dd/mm/yyyy) hoặc dùng --effective YYYY-MM-DD',
  },
  stepsNumbered: {
    en: 'the table gives {count} step{s} no id: procmap numbered {ids}',
    vi: 'bảng không ghi mã cho {count} bước: procmap đã đánh số {ids}',
  },
  stepTotal: {
    en: "the step table's total row says {printed}, but its steps add up to {sum}: check the steps' times and the total",
    vi: 'dòng tổng của bảng các bước ghi {printed}, nhưng thời gian các bước cộng lại là {sum}: hãy kiểm tra lại thời gian các bước và dòng tổng',
  },
  someDrafts: {
    en: "{drafts} of {count} steps are drafts: write each one's body and duration",
    vi: '{drafts}/{count} bước là bước nháp: hãy ghi đơn vị và thời gian của từng bước',
  },
  idChanged: {
    en: 'document code "{written}" written as {id}: a procedure id names its files, so it holds only letters without accents (Đ and đ aside), digits, ".", "-" and "_"',
    vi: 'mã hiệu "{written}" được ghi thành {id}: mã quy trình dùng để đặt tên tệp nên chỉ gồm chữ cái không dấu (trừ Đ, đ), chữ số, ".", "-" và "_"',
  },
  idUnusable: {
    en: 'document code "{written}" cannot name a file: the id is made from the code or the title instead',
    vi: 'mã hiệu "{written}" không dùng để đặt tên tệp được: mã quy trình được lấy từ mã thủ tục hoặc tên thủ tục',
  },
  fourOnTheSpot: {
    en: 'the document says the procedure is handled "four on the spot": write four_on_the_spot: true once the bodies that work at the centre are marked on_site: true (the document does not say which)',
    vi: 'tài liệu ghi thủ tục thực hiện theo cơ chế “4 tại chỗ”: hãy ghi four_on_the_spot: true sau khi đánh dấu on_site: true cho các đơn vị làm việc tại Trung tâm (tài liệu không ghi rõ đơn vị nào)',
  },
  tableUnread: {
    en: 'table {table}: procmap does not read such a table; its rows are kept in the note',
    vi: 'bảng {table}: procmap không đọc loại bảng này; các dòng của bảng được giữ trong ghi chú',
  },
  sectionUnread: {
    en: 'section "{heading}" (paragraph {paragraph}) not imported: procmap does not read such a section; copy its {count} paragraph{s} into the file by hand',
    vi: 'mục «{heading}» (đoạn {paragraph}) không được nhập: procmap không đọc loại mục này; hãy chép {count} đoạn của mục vào tệp bằng tay',
  },
  tableRowsKept: {
    en: "{count} row{s} of the document's tables procmap could not read kept in the note: write them in the file",
    vi: '{count} dòng trong các bảng của tài liệu procmap không đọc được, được giữ trong ghi chú: hãy ghi lại vào tệp',
  },
  linesKept: {
    en: '{count} line{s} under a heading procmap could not read kept in the note: write them in the file',
    vi: '{count} dòng dưới một đề mục procmap không đọc được, được giữ trong ghi chú: hãy ghi lại vào tệp',
  },
  columnsKept: {
    en: '{count} value{s} of columns procmap does not read ({columns}) kept in the note, by row',
    vi: '{count} giá trị ở các cột procmap không đọc ({columns}) được giữ trong ghi chú, theo từng dòng',
  },
  valuesKept: {
    en: '{count} value{s} procmap has no field for kept in the note',
    vi: '{count} giá trị procmap không có trường ghi được giữ trong ghi chú',
  },
  // An Office owner file ("~$danh-muc.xlsx"), matched with the workbooks by a pattern.
  ownerFile: {
    en: 'the file {app} keeps beside a {thing} while it is open, not a {thing}: passed over (save your edits in {app} before you import: procmap reads the {thing} as last saved)',
    vi: 'tệp {app} tạo cạnh {thing} đang mở, không phải {thing}: bỏ qua (hãy lưu các chỗ sửa trong {app} trước khi nhập: procmap đọc {thing} như lần lưu gần nhất)',
  },
  ownerFileBy: {
    en: 'the file {app} keeps beside a {thing} while {name} has it open, not a {thing}: passed over (save your edits in {app} before you import: procmap reads the {thing} as last saved)',
    vi: 'tệp {app} tạo cạnh {thing} đang được {name} mở, không phải {thing}: bỏ qua (hãy lưu các chỗ sửa trong {app} trước khi nhập: procmap đọc {thing} như lần lưu gần nhất)',
  },
  // A header the column mapping names that the file lacks: the column came out empty without a word.
  unmappedColumn: {
    en: '{place}: the column mapping names the column "{wanted}" for {field}, and the file has no such column. In this file the field {field} is looked for among the usual headers, as without a mapping; write the file\'s own header in the mapping',
    vi: '{place}: bảng ghép cột chỉ cột "{wanted}" cho {field}, nhưng tệp không có cột nào như thế. Trong tệp này, trường {field} được tìm theo các tiêu đề thường gặp như khi không ghép; hãy sửa bảng ghép theo đúng tiêu đề của tệp',
  },
  unmappedColumnNear: {
    en: '{place}: the column mapping names the column "{wanted}" for {field}, and the file has no such column; is it "{near}"? In this file the field {field} is looked for among the usual headers, as without a mapping; write the file\'s own header in the mapping',
    vi: '{place}: bảng ghép cột chỉ cột "{wanted}" cho {field}, nhưng tệp không có cột nào như thế; có phải là "{near}"? Trong tệp này, trường {field} được tìm theo các tiêu đề thường gặp như khi không ghép; hãy sửa bảng ghép theo đúng tiêu đề của tệp',
  },
  hiddenSheet: {
    en: 'a hidden sheet, as an officer hides what is no longer in force: passed over (unhide it to import it)',
    vi: 'trang tính ẩn, như cán bộ ẩn những gì không còn hiệu lực: bỏ qua (bỏ ẩn trang tính nếu cần nhập)',
  },
  ansiRepaired: {
    en: '{count} cell{s} ({cells}) held text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, each Vietnamese letter having become two or three others: read as written ("{text}" is "{fixed}"); correct the text in the file, or take the file again from its UTF-8 original',
    vi: '{count} ô ({cells}) chứa chữ của tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, mỗi chữ Việt có dấu thành hai, ba ký tự khác: đã đọc lại đúng chữ ("{text}" là "{fixed}"); hãy sửa lại chữ trong tệp, hoặc lấy lại bản gốc UTF-8 của tệp',
  },
  // Cells or paragraphs typed in a legacy font, read as Vietnamese in Unicode: said once per file.
  legacyRepaired: {
    en: '{count} {things} typed in the old {encoding} (a font such as {font}) read as Vietnamese in Unicode ("{text}" is "{fixed}"); set a Unicode font such as Times New Roman in the file from now on',
    vi: 'đã đọc {count} {things} gõ bằng bảng mã {encoding} cũ (phông như {font}) thành chữ Việt Unicode ("{text}" là "{fixed}"); từ nay hãy dùng phông Unicode như Times New Roman trong tệp',
  },
  // Bodies' names printed in capitals, written as names: said once per procedure, with the first.
  titleCased: {
    en: 'the title printed in capitals written as a name ("{written}" as "{title}"); abbreviations and document numbers kept',
    vi: 'tên thủ tục in hoa được ghi lại theo cách viết thường ("{written}" thành "{title}"); giữ nguyên chữ viết tắt và số hiệu văn bản',
  },
  bodiesCased: {
    en: '{count} body name{s} printed in capitals written as names, as Decree 30/2020/NĐ-CP capitalises an agency\'s name ("{written}" as "{name}"); abbreviations such as UBND kept',
    vi: '{count} tên đơn vị in hoa được ghi lại theo cách viết hoa tên cơ quan của Nghị định 30/2020/NĐ-CP ("{written}" thành "{name}"); giữ nguyên chữ viết tắt như UBND',
  },
  wordAnsiRepaired: {
    en: '{count} text{s} of the document held text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, each Vietnamese letter having become two or three others: read as written ("{text}" is "{fixed}"); correct the text in the document, or take it again from its UTF-8 original',
    vi: '{count} đoạn chữ trong tài liệu là chữ của tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, mỗi chữ Việt có dấu thành hai, ba ký tự khác: đã đọc lại đúng chữ ("{text}" là "{fixed}"); hãy sửa lại chữ trong tài liệu, hoặc lấy lại bản gốc UTF-8',
  },
  procedureFromAbove: {
    en: 'sheet "{sheet}" row{s} {rows}: the cell of the procedure is empty, read as the row above ("{ref}"), as a merged cell would be; write the code in each row, or merge the cells, if that is right',
    vi: 'trang tính "{sheet}", dòng {rows}: ô mã quy trình để trống, được đọc theo dòng trên ("{ref}") như ô gộp; nếu đúng vậy, hãy ghi mã ở từng dòng hoặc gộp các ô',
  },
  procedureFromAboveCsv: {
    en: 'row{s} {rows}: the cell of the procedure is empty, read as the row above ("{ref}"), as a merged cell would be; write the code in each row if that is right',
    vi: 'dòng {rows}: ô mã quy trình để trống, được đọc theo dòng trên ("{ref}") như ô gộp; nếu đúng vậy, hãy ghi mã ở từng dòng',
  },
  hiddenProcedureRows: {
    en: 'row{s} {rows} (procedure "{ref}") passed over with the procedure, hidden in the catalog ({where}), as an officer hides what is no longer in force (unhide both to import them)',
    vi: 'bỏ qua dòng {rows} (thủ tục "{ref}") cùng với thủ tục đó, vì thủ tục đã bị ẩn trong danh mục ({where}), như cán bộ ẩn những gì không còn hiệu lực (bỏ ẩn cả hai nếu cần nhập)',
  },
  hiddenCatalogRow: { en: 'sheet "{sheet}" row {n}', vi: 'trang tính "{sheet}", dòng {n}' },
  hiddenCatalogSheet: { en: 'the hidden sheet "{sheet}"', vi: 'trang tính ẩn "{sheet}"' },
  hiddenRows: {
    en: '{count} hidden row{s} (row{s} {rows}) passed over, as an officer hides what is no longer in force (unhide them to import them)',
    vi: 'bỏ qua {count} dòng ẩn (dòng {rows}), như cán bộ ẩn những gì không còn hiệu lực (bỏ ẩn nếu cần nhập)',
  },
  otherSheet: {
    en: 'no catalog or step table, as the other sheets have: passed over',
    vi: 'không có danh mục hay bảng các bước như các trang tính khác: bỏ qua',
  },
  noHeader: {
    en: 'no header row procmap recognises: a catalog needs a title column such as "Tên thủ tục"; a step table needs TT, Nội dung, Trách nhiệm and Thời gian',
    vi: 'không có dòng tiêu đề procmap nhận ra: danh mục cần cột tên như "Tên thủ tục"; bảng các bước cần TT, Nội dung, Trách nhiệm và Thời gian',
  },
  headingField: {
    en: 'field "{field}" for the rows below',
    vi: 'lĩnh vực "{field}" cho các dòng bên dưới',
  },
  headingLevel: {
    en: 'level "{level}" for the rows below',
    vi: '"{level}" cho các dòng bên dưới',
  },
  heading: { en: '"{text}"', vi: '"{text}"' },
  nextChoice: {
    en: '{rows}, column "{column}": "{cell}" both takes one of {choiceEn} and goes on to {othersEn} in parallel, and procmap cannot keep a choice inside parallel branches: add a row for a step that decides between {choiceEn} (its "{column}" one case a line, e.g. "Case 1 → {first}"), and write that step\'s id and {others} in this cell; if all of them are done in parallel, write "{all}"',
    vi: '{rows}, cột "{column}": "{cell}" vừa chọn một trong các bước {choiceVi}, vừa chuyển đồng thời sang {othersVi}, nhưng procmap không ghi được một lựa chọn nằm trong các nhánh làm đồng thời: hãy thêm một dòng cho bước quyết định chọn giữa {choiceVi} (ô "{column}" của bước đó ghi mỗi trường hợp một dòng, ví dụ "Trường hợp 1 → {first}"), rồi ở ô này ghi mã bước đó và {others}; nếu mọi bước đều làm đồng thời, hãy ghi "{all}"',
  },
  routeToNone: {
    en: 'step {n}: "{line}" names a step the table does not have; kept in its description: write where it goes (next)',
    vi: 'bước {n}: "{line}" chỉ tới bước không có trong bảng; đã giữ trong mô tả: hãy ghi bước tiếp theo (next)',
  },
  noCatalog: {
    en: '{count} row{s} naming procedures ("{ref}") and no catalog given with them: give the catalog (the sheet "Quy trình", saved as CSV) in the same command as this file, or import the whole workbook (.xlsx)',
    vi: '{count} dòng ghi mã quy trình ("{ref}") nhưng không có danh mục đi kèm: hãy nhập tệp danh mục (trang "Quy trình", lưu thành CSV) cùng một lệnh với tệp này, hoặc nhập cả tệp Excel (.xlsx)',
  },
  noSuchProcedure: {
    en: 'no procedure "{ref}" in the catalog sheet',
    vi: 'trang danh mục không có thủ tục "{ref}"',
  },
  noOwner: {
    en: 'a step table row with no procedure to belong to: add a column "Mã hiệu quy trình", or name the sheet after the procedure\'s code',
    vi: 'dòng của bảng các bước không thuộc thủ tục nào: thêm cột "Mã hiệu quy trình", hoặc đặt tên trang tính theo mã thủ tục',
  },
  noOwnerTable: {
    en: 'a table of {rows} rows (this one and those below) that belongs to no procedure: add a sheet listing the procedures, a column "Mã hiệu quy trình", or name the sheet after the procedure\'s code',
    vi: 'bảng gồm {rows} dòng (dòng này và các dòng dưới) không thuộc thủ tục nào: thêm một trang tính danh mục thủ tục, thêm cột "Mã hiệu quy trình", hoặc đặt tên trang tính theo mã thủ tục',
  },
  // A Word document has tables, not sheets: what it can do is name each row's procedure, or hold one procedure.
  noSuchProcedureWord: {
    en: 'no procedure "{ref}" in the document\'s list of procedures',
    vi: 'danh sách thủ tục của văn bản không có thủ tục "{ref}"',
  },
  noOwnerWord: {
    en: 'a step table row with no procedure to belong to: add a column "Mã hiệu quy trình" giving each row\'s procedure, or keep each procedure in a document of its own',
    vi: 'dòng của bảng các bước không thuộc thủ tục nào: thêm cột "Mã hiệu quy trình" ghi thủ tục của từng dòng, hoặc để mỗi thủ tục trong một văn bản riêng',
  },
  noOwnerTableWord: {
    en: 'a table of {rows} rows (this one and those below) that belongs to no procedure of the document: add a column "Mã hiệu quy trình" giving each row\'s procedure, or keep each procedure in a document of its own',
    vi: 'bảng gồm {rows} dòng (dòng này và các dòng dưới) không thuộc thủ tục nào của văn bản: thêm cột "Mã hiệu quy trình" ghi thủ tục của từng dòng, hoặc để mỗi thủ tục trong một văn bản riêng',
  },
  bodyRow: {
    en: 'a body needs an id (letters, digits, - or _, starting with a letter) and a name',
    vi: 'đơn vị cần mã (chữ cái, chữ số, - hoặc _, bắt đầu bằng chữ cái) và tên',
  },
  // Word documents.
  wordNoTitle: {
    en: 'no procedure title found: an ISO document names it after "QUY TRÌNH" at its head, or on a line "Tên thủ tục: …"',
    vi: 'không tìm thấy tên quy trình: tài liệu ISO ghi tên sau chữ "QUY TRÌNH" ở đầu tài liệu, hoặc trên dòng "Tên thủ tục: …"',
  },
  wordEmbedded: {
    en: 'no procedure title found: the document holds its text as a web page (or another document) embedded in it, as programs that make Word files from a web page write them, which Word converts only when it opens the file: open it in Word, save it (File > Save As, Word Document .docx), and import the saved file',
    vi: 'không tìm thấy tên quy trình: tài liệu chứa nội dung dưới dạng một trang web (hoặc một tài liệu khác) nhúng bên trong, như các chương trình tạo tệp Word từ trang web vẫn ghi, mà Word chỉ chuyển đổi khi mở tệp: hãy mở tệp bằng Word, lưu lại (Tệp > Lưu thành, Tài liệu Word .docx), rồi nhập tệp đã lưu',
  },
  wordEnglish: {
    en: 'this document is in English, and procmap reads ISO documents in Vietnamese: make it again with `procmap doc --format docx` in Vietnamese (without --lang en), or import the procedure file it was made from',
    vi: 'tài liệu này viết bằng tiếng Anh, procmap đọc tài liệu ISO bằng tiếng Việt: hãy tạo lại bằng `procmap doc --format docx` bằng tiếng Việt (không có --lang en), hoặc dùng tệp quy trình đã tạo ra tài liệu',
  },
  wordNoLimit: {
    en: 'no time limit found: an ISO document states it on a line such as "Thời hạn giải quyết: 05 ngày làm việc" or under a heading "Thời gian xử lý"',
    vi: 'không tìm thấy thời hạn giải quyết: tài liệu ISO ghi trên một dòng như "Thời hạn giải quyết: 05 ngày làm việc" hoặc dưới mục "Thời gian xử lý"',
  },
  // Files procmap cannot read at all.
  notJson: { en: 'not valid JSON: {reason}', vi: 'không phải JSON hợp lệ: {reason}' },
  noRecords: {
    en: 'no national procedure records in it (objects with MATTHC and TENTTHC, alone or in a list)',
    vi: 'không có bản ghi thủ tục nào (các đối tượng có MATTHC và TENTTHC, riêng lẻ hoặc trong một danh sách)',
  },
  declaresEntities: {
    en: '{part} declares entities (a DOCTYPE), which {app} never writes, and procmap does not read a file that declares them: if the file came from {app}, open it there and save it again',
    vi: '{part} có khai báo thực thể (DOCTYPE), điều {app} không bao giờ ghi, và procmap không đọc tệp có khai báo như vậy: nếu tệp do {app} tạo, hãy mở bằng {app} rồi lưu lại',
  },
  notWorkbookXml: {
    en: 'not an Excel workbook (.xlsx) procmap can read: {part} is not well-formed XML ({detail})',
    vi: 'không phải sổ tính Excel (.xlsx) procmap đọc được: {part} không phải XML hợp lệ ({detail})',
  },
  workbookDamaged: {
    en: 'the workbook is damaged: a part of it is not as Excel writes it: open it in Excel and save it again',
    vi: 'sổ tính bị hỏng: có phần không đúng như Excel ghi: hãy mở bằng Excel rồi lưu lại',
  },
  notWorkbook: {
    en: 'not an Excel workbook (.xlsx) procmap can read: {detail}. An old .xls file: save it as .xlsx or CSV UTF-8 first',
    vi: 'không phải sổ tính Excel (.xlsx) procmap đọc được: {detail}. Tệp .xls cũ: hãy lưu thành .xlsx hoặc CSV UTF-8 trước',
  },
  columnTwice: {
    en: 'the column "{column}" is there twice with two values: "{first}" (column {a}) and "{second}" (column {b}); procmap cannot tell which is right: keep one of the two columns and delete the other',
    vi: 'cột "{column}" có hai lần với hai giá trị khác nhau: "{first}" (cột {a}) và "{second}" (cột {b}); procmap không biết giá trị nào đúng: hãy giữ một trong hai cột và xóa cột kia',
  },
  columnTwiceInTable: {
    en: 'the column "{column}" is there twice with two values: "{first}" in the first and "{second}" in the second; procmap cannot tell which is right: keep one of the two columns and delete the other',
    vi: 'cột "{column}" có hai lần với hai giá trị khác nhau: "{first}" ở cột thứ nhất và "{second}" ở cột thứ hai; procmap không biết giá trị nào đúng: hãy giữ một trong hai cột và xóa cột kia',
  },
  wordNamedXlsx: {
    en: 'not an Excel workbook (.xlsx): it is a Word document (.docx) named .xlsx: rename it .docx',
    vi: 'không phải sổ tính Excel (.xlsx): đây là tài liệu Word (.docx) bị đặt đuôi .xlsx: hãy đổi đuôi thành .docx',
  },
  partMissing: {
    en: 'the workbook is damaged: its part {part}{what} is missing: open it in Excel and save it again',
    vi: 'sổ tính bị hỏng: thiếu phần {part}{what}: hãy mở bằng Excel rồi lưu lại',
  },
  sharedStringMissing: {
    en: 'the workbook is damaged: sheet "{sheet}", cell {cell} names text number {index} of the workbook, which has {count}: open it in Excel and save it again',
    vi: 'sổ tính bị hỏng: trang tính "{sheet}", ô {cell} trỏ tới chữ số {index} của sổ tính, trong khi sổ tính chỉ có {count}: hãy mở bằng Excel rồi lưu lại',
  },
  sharedStringFormula: {
    en: 'the workbook is damaged: sheet "{sheet}", cell {cell} holds a formula whose value is marked as a text of the workbook, which Excel never writes: open it in Excel and save it again',
    vi: 'sổ tính bị hỏng: trang tính "{sheet}", ô {cell} có công thức mà giá trị lại đánh dấu là chữ dùng chung của sổ tính, điều Excel không bao giờ ghi: hãy mở bằng Excel rồi lưu lại',
  },
  tooManyCsvRows: {
    en: 'the file has {count} rows; procmap reads a table of up to {max} rows, more than any catalog (a province has some 2,000 procedures) or step table holds: delete the empty or unneeded rows below the table (in the spreadsheet: select them, right-click, Delete, then save as CSV again), or split the file into several files',
    vi: 'tệp có {count} dòng; procmap đọc bảng tối đa {max} dòng, nhiều hơn mọi danh mục (một tỉnh có khoảng 2.000 thủ tục) hay bảng các bước: hãy xóa các dòng trống hoặc không cần bên dưới bảng (trong bảng tính: chọn các dòng đó, bấm chuột phải, chọn Xóa, rồi lưu lại thành CSV), hoặc tách thành nhiều tệp',
  },
  tooManyRows: {
    en: 'sheet "{sheet}" has {count} rows; procmap reads a sheet of up to {max} rows, more than any catalog (a province has some 2,000 procedures) or step table holds: delete the empty or unneeded rows below the table (select them, right-click, Delete, then save), or split the sheet into several workbooks',
    vi: 'trang tính "{sheet}" có {count} dòng; procmap đọc trang tính tối đa {max} dòng, nhiều hơn mọi danh mục (một tỉnh có khoảng 2.000 thủ tục) hay bảng các bước: hãy xóa các dòng trống hoặc không cần bên dưới bảng (chọn các dòng đó, bấm chuột phải, chọn Xóa, rồi lưu lại), hoặc tách trang tính thành nhiều sổ tính',
  },
  pastExcelRows: {
    en: 'sheet "{sheet}" reaches row {row}{place}, past the last row a sheet has ({max}): the software that exported it wrote more rows than a sheet holds, which no spreadsheet application does, and Excel cannot open the file whole, so the dossiers an officer sees in it would not be those procmap counts',
    vi: 'trang tính "{sheet}" có đến dòng {row}{place}, vượt quá dòng cuối cùng của một trang tính ({max}): phần mềm xuất tệp đã ghi nhiều dòng hơn sức chứa của một trang tính, điều không ứng dụng bảng tính nào làm, và Excel không mở được trọn tệp này, nên hồ sơ cán bộ thấy trong tệp sẽ không khớp với hồ sơ procmap đếm',
  },
  farRow: {
    en: 'sheet "{sheet}" has {place}, in row {row}; procmap reads a sheet of up to {max} rows, more than any catalog (a province has some 2,000 procedures) or step table holds: delete the rows below the table (select them, right-click, Delete, then save)',
    vi: 'trang tính "{sheet}" có {place}, ở dòng {row}; procmap đọc trang tính tối đa {max} dòng, nhiều hơn mọi danh mục (một tỉnh có khoảng 2.000 thủ tục) hay bảng các bước: hãy xóa các dòng bên dưới bảng (chọn các dòng đó, bấm chuột phải, chọn Xóa, rồi lưu lại)',
  },
  farColumn: {
    en: 'sheet "{sheet}" has cell {cell}, in column {column}; procmap reads a sheet of up to {max} columns (up to column {last}), more than any catalog or step table has: delete the columns to the right of the table (select them, right-click, Delete, then save)',
    vi: 'trang tính "{sheet}" có ô {cell}, ở cột thứ {column}; procmap đọc trang tính tối đa {max} cột (đến cột {last}), nhiều hơn mọi danh mục hay bảng các bước: hãy xóa các cột bên phải bảng (chọn các cột đó, bấm chuột phải, chọn Xóa, rồi lưu lại)',
  },
  farMerge: {
    en: 'sheet "{sheet}" merges the cells {range}, past what procmap reads of a sheet ({rows} rows, up to column {last}): unmerge them (select them, then Merge & Center again), merge only the cells of the table, then save',
    vi: 'trang tính "{sheet}" gộp các ô {range}, vượt quá phần procmap đọc của một trang tính ({rows} dòng, đến cột {last}): hãy bỏ gộp các ô đó: chọn các ô, bấm lại nút gộp ô (Merge & Center); chỉ gộp các ô trong bảng, rồi lưu lại',
  },
  manyMerges: {
    en: 'sheet "{sheet}" has {count} merged ranges; procmap reads a sheet of up to {max}, more than any catalog or step table merges: unmerge the cells beyond the table, then save',
    vi: 'trang tính "{sheet}" có {count} vùng ô gộp; procmap đọc trang tính có tối đa {max} vùng, nhiều hơn mọi danh mục hay bảng các bước: hãy bỏ gộp các ô ngoài bảng, rồi lưu lại',
  },
  mergeOverlap: {
    en: 'the workbook is damaged: sheet "{sheet}" merges {first} and {second}, which share cells, which Excel never writes: open it in Excel, unmerge both ranges, merge them again, then save',
    vi: 'sổ tính bị hỏng: trang tính "{sheet}" gộp {first} và {second}, hai vùng chồng lên nhau, điều Excel không bao giờ ghi: hãy mở bằng Excel, bỏ gộp cả hai vùng, gộp lại, rồi lưu lại',
  },
  cellTooLongAt: {
    en: 'sheet "{sheet}", cell {cell} is {length} characters long; procmap reads a cell of up to {max} characters, the most a text of a procedure holds: shorten it',
    vi: 'trang tính "{sheet}", ô {cell} dài {length} ký tự; procmap đọc ô dài tối đa {max} ký tự, bằng độ dài tối đa một văn bản của quy trình: hãy rút ngắn ô đó',
  },
  notWorkbookZip: {
    en: 'not an Excel workbook (.xlsx) procmap can read: the file is not the zip package an .xlsx is (damaged, cut off, or another kind of file renamed). An old .xls file: save it as .xlsx or CSV UTF-8 first',
    vi: 'không phải sổ tính Excel (.xlsx) procmap đọc được: tệp không phải gói nén như tệp .xlsx (bị hỏng, tải chưa hết, hoặc là loại tệp khác bị đổi đuôi). Tệp .xls cũ: hãy lưu thành .xlsx hoặc CSV UTF-8 trước',
  },
  brokenUtf16: {
    en: 'marked as UTF-16 text but broken (cut off, or other bytes after the mark): in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    vi: 'đánh dấu là văn bản UTF-16 nhưng bị hỏng (bị cắt, hoặc phần sau dấu không phải UTF-16): trong Excel, hãy lưu thành "CSV UTF-8 (Comma delimited)"',
  },
  notUtf8: {
    en: 'not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)"',
    vi: 'không phải văn bản UTF-8: trong Excel, hãy lưu thành "CSV UTF-8 (Comma delimited)"',
  },
  // The same of a JSON export, which no spreadsheet saves.
  brokenUtf16Json: {
    en: 'marked as UTF-16 text but broken (cut off, or other bytes after the mark): export it again from the software, as UTF-8',
    vi: 'đánh dấu là văn bản UTF-16 nhưng bị hỏng (bị cắt, hoặc phần sau dấu không phải UTF-16): hãy xuất lại tệp từ phần mềm, dạng UTF-8',
  },
  notUtf8Json: {
    en: 'not UTF-8 text: export it again from the software as UTF-8, or open it in Notepad and save it with the encoding "UTF-8"',
    vi: 'không phải văn bản UTF-8: hãy xuất lại tệp từ phần mềm dạng UTF-8, hoặc mở bằng Notepad rồi lưu lại với bảng mã (Encoding) "UTF-8"',
  },
  // Text typed in a TCVN3 font, and where it is in the file.
  tcvn3: {
    en: '{where}: "{text}" is Vietnamese typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and {again}',
    vi: '{where}: "{text}" là chữ Việt gõ bằng bảng mã TCVN3 (ABC) cũ, với phông như .VnTime, và sẽ bị đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "TCVN3 (ABC)", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại), chọn phông Unicode như Times New Roman, rồi {again}',
  },
  // Text of Unicode letters and a legacy font's in one line: no converter reads it whole, so it is not guessed.
  legacyMixed: {
    en: '{where}: "{text}" holds Vietnamese typed in Unicode and in the old {encoding} encoding (a font such as {font}) together, and procmap cannot tell for sure what was typed: write the text again in a Unicode font such as Times New Roman, and {again}',
    vi: '{where}: "{text}" có cả chữ Việt Unicode lẫn chữ gõ bằng bảng mã {encoding} cũ (phông như {font}), procmap không biết chắc chữ gốc: hãy gõ lại chữ này bằng phông Unicode như Times New Roman, rồi {again}',
  },
  // Text typed in a VNI font, and where it is in the file.
  vni: {
    en: '{where}: "{text}" is Vietnamese typed in the old VNI encoding, with a font such as VNI-Times, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "VNI Windows" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and {again}',
    vi: '{where}: "{text}" là chữ Việt gõ bằng bảng mã VNI cũ, với phông như VNI-Times, và sẽ bị đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại), chọn phông Unicode như Times New Roman, rồi {again}',
  },
  sheetCell: { en: 'sheet "{sheet}", cell {cell}', vi: 'trang tính "{sheet}", ô {cell}' },
  cell: { en: 'cell {cell}', vi: 'ô {cell}' },
  jsonField: { en: 'line {line}, "{key}"', vi: 'dòng {line}, "{key}"' },
  wordCell: { en: 'table {table}, row {row}, column {column}', vi: 'bảng {table}, dòng {row}, cột {column}' },
  wordParagraphAfter: { en: 'the paragraph after "{before}"', vi: 'đoạn văn ngay sau "{before}"' },
  wordFirstParagraph: { en: 'the first paragraph', vi: 'đoạn văn đầu tiên' },
  openQuote: {
    en: 'a quoted field is never closed: a " is missing',
    vi: 'một ô mở dấu nháy nhưng không đóng: thiếu một dấu "',
  },
  notWord: {
    en: 'not a Word document (.docx) procmap can read: {detail}. An old .doc file: save it as .docx first',
    vi: 'không phải tài liệu Word (.docx) procmap đọc được: {detail}. Tệp .doc cũ: hãy lưu thành .docx trước',
  },
  passwordProtected: {
    en: 'the {thing} is protected with a password, and procmap does not read an encrypted file: open it in {app}, save a copy without the password (File, Info, Protect, Encrypt with Password: clear the password), and use the copy',
    vi: '{thing} được bảo vệ bằng mật khẩu, procmap không đọc tệp đã mã hóa: hãy mở bằng {app}, lưu một bản không có mật khẩu (Tệp, Thông tin, Bảo vệ, Mã hóa bằng mật khẩu: xóa mật khẩu), rồi dùng bản đó',
  },
  oldOfficeFile: {
    en: 'this is an old {old} file (Office 97–2003) named {ext}: open it in {app} and save it as {ext}',
    vi: 'đây là tệp {old} cũ (Office 97–2003) bị đặt đuôi {ext}: hãy mở bằng {app} rồi lưu thành {ext}',
  },
  compoundFile: {
    en: 'not a {ext} package but a file of the older Office kind: protected with a password (then open it in {app} and save a copy without the password), or an old {old} file (then save it as {ext} in {app})',
    vi: 'không phải gói {ext} mà là tệp Office kiểu cũ: hoặc được bảo vệ bằng mật khẩu (khi đó hãy mở bằng {app} và lưu một bản không có mật khẩu), hoặc là tệp {old} cũ (khi đó hãy lưu thành {ext} bằng {app})',
  },
  emptyOfficeFile: {
    en: 'the file is empty (0 bytes): it was not saved or copied whole; open the original in {app} and save it again as {ext}',
    vi: 'tệp rỗng (0 byte): tệp chưa được lưu hoặc sao chép trọn vẹn; hãy mở tệp gốc bằng {app} rồi lưu lại thành {ext}',
  },
  otherFileNamedOffice: {
    en: 'this is {format} named {ext}, as some portals and software save their lists: open it in {app} and save it as {ext} (File, Save As, the {ext} type)',
    vi: 'đây là {format} được đặt đuôi {ext}, như một số cổng và phần mềm lưu danh sách: hãy mở bằng {app} rồi lưu thành {ext} (Tệp, Lưu thành, chọn kiểu {ext})',
  },
  pdfNamedOffice: {
    en: 'this is a PDF file named {ext}: procmap does not read PDF; import the {app} file it was printed from, or copy its text into {app} and save that as {ext}',
    vi: 'đây là tệp PDF được đặt đuôi {ext}: procmap không đọc PDF; hãy nhập tệp {app} đã dùng để in ra nó, hoặc chép văn bản vào {app} rồi lưu thành {ext}',
  },
  notWordZip: {
    en: 'not a Word document (.docx) procmap can read: the file is not the zip package a .docx is (damaged, cut off, or another kind of file renamed). An old .doc file: save it as .docx first',
    vi: 'không phải tài liệu Word (.docx) procmap đọc được: tệp không phải gói nén như tệp .docx (bị hỏng, tải chưa hết, hoặc là loại tệp khác bị đổi đuôi). Tệp .doc cũ: hãy lưu thành .docx trước',
  },
  noBody: {
    en: 'not a Word document (.docx): it has no document body (word/document.xml)',
    vi: 'không phải tài liệu Word (.docx): không có phần nội dung (word/document.xml)',
  },
  partTooLarge: {
    en: '{part} is larger than procmap reads ({max} MiB)',
    vi: '{part} lớn hơn mức procmap đọc ({max} MiB)',
  },
  workbookPartTooLarge: {
    en: '{part} is larger than procmap reads ({max} MiB), far more than any catalog or step table holds: delete the empty rows and columns beyond the table and save the workbook again, or split it into several workbooks',
    vi: '{part} lớn hơn mức procmap đọc ({max} MiB), nhiều hơn hẳn mọi danh mục hay bảng các bước: hãy xóa các dòng và cột trống ngoài bảng rồi lưu lại sổ tính, hoặc tách thành nhiều sổ tính',
  },
  cellTooLong: {
    en: 'row {row} has a cell longer than {max} characters, more than any catalog or step table holds',
    vi: 'dòng {row} có một ô dài hơn {max} ký tự, nhiều hơn mọi danh mục hay bảng các bước',
  },
  tooManyParts: {
    en: 'it holds {count} parts, more than any workbook or Word document has (procmap reads up to {max})',
    vi: 'tệp chứa {count} phần, nhiều hơn mọi sổ tính hay tài liệu Word (procmap đọc tối đa {max})',
  },
  partsTooLarge: {
    en: 'unpacked, it holds more than {max} MiB, more than procmap reads: split it into smaller files',
    vi: 'khi giải nén, tệp chứa hơn {max} MiB, nhiều hơn mức procmap đọc: hãy chia thành các tệp nhỏ hơn',
  },
  notXml: {
    en: 'not a Word document procmap can read: {part} is not well-formed XML ({detail})',
    vi: 'không phải tài liệu Word procmap đọc được: {part} không phải XML hợp lệ ({detail})',
  },
  tooManyCells: {
    en: 'its tables hold more than {max} cells, more than a procedure document has',
    vi: 'các bảng của tài liệu có hơn {max} ô, nhiều hơn mọi tài liệu quy trình',
  },
  tooManyParagraphs: {
    en: 'it holds more than {max} paragraphs of text, more than a procedure document has',
    vi: 'tài liệu có hơn {max} đoạn văn bản, nhiều hơn mọi tài liệu quy trình',
  },
  tooManyTables: {
    en: 'it holds more than {max} tables, more than a procedure document has',
    vi: 'tài liệu có hơn {max} bảng, nhiều hơn mọi tài liệu quy trình',
  },
  // Writing the files.
  sameId: { en: 'the same id "{id}" as {first}', vi: 'trùng mã hiệu "{id}" với {first}' },
  wouldNotLint: { en: 'the procedure would not lint: {errors}', vi: 'quy trình sẽ không qua kiểm tra: {errors}' },
  lintVerdict: {
    en: 'lint will report this as an error, to mend before the procedure is issued: {error}',
    vi: 'lint sẽ báo lỗi này, cần sửa trước khi ban hành quy trình: {error}',
  },
  // Where a problem of the flow was written: the steps' rows and the numbers the officer gave them.
  stepRows: { en: 'row{s} {rows}', vi: 'dòng {rows}' },
  stepSheetRows: { en: 'sheet "{sheet}" row{s} {rows}', vi: 'trang tính "{sheet}", dòng {rows}' },
  stepTableRows: { en: 'table {table}, row{s} {rows}', vi: 'bảng {table}, dòng {rows}' },
  stepNumbered: { en: 'step {number}', vi: 'bước {number}' },
  stepsLoop: {
    en: 'the steps loop: {cycle}; a loop has no end to count an appointment to. Where a dossier goes back (to be completed, Mẫu 02), take out the route back from {from} to {to} and end the flow there: the completed dossier is received as a new one',
    vi: 'các bước quay vòng: {cycle}; vòng lặp không có điểm kết thúc để tính ngày hẹn trả. Ở bước trả lại hồ sơ (để bổ sung, Mẫu 02), hãy bỏ đường quay lại từ {from} về {to} và kết thúc luồng ở đó: hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới',
  },
  link: {
    en: '{path} is a symbolic link or not a file; procmap does not write through it',
    vi: '{path} là liên kết tượng trưng hoặc không phải tệp; procmap không ghi qua nó',
  },
  linkHolds: {
    en: '{path} already holds {id}, but it is a symbolic link; procmap does not write through it, nor writes {id} a second time beside it: import into the folder of the file it points to, or put a copy of that file in place of the link',
    vi: '{path} đã có {id} nhưng là liên kết tượng trưng; procmap không ghi qua nó, cũng không ghi {id} thêm một lần bên cạnh: hãy nhập vào thư mục chứa tệp mà liên kết trỏ tới, hoặc thay liên kết bằng một bản sao của tệp đó',
  },
  idInFiles: {
    en: 'the output folder has {id} in more than one file ({files}); keep one of them, then import again',
    vi: 'thư mục ghi ra có {id} ở nhiều tệp ({files}); hãy giữ lại một tệp rồi nhập lại',
  },
  exists: {
    en: '{path} already exists and differs; use --force to overwrite it',
    vi: '{path} đã có và khác nội dung; dùng --force để ghi đè',
  },
  inputFile: {
    en: '{path} is a file this import reads (the column map, the configuration or a file to import); procmap never writes over it, even with --force: change the id in the source, or import into another folder',
    vi: '{path} là tệp mà lần nhập này đang đọc (bảng ghép cột, tệp cấu hình hoặc tệp cần nhập); procmap không bao giờ ghi đè tệp đó, kể cả với --force: hãy đổi mã hiệu trong nguồn, hoặc nhập vào thư mục khác',
  },
  otherProcedure: {
    en: '{path} holds {other}, another procedure; procmap never replaces it, even with --force: rename that file, or import into another folder',
    vi: '{path} chứa {other}, một quy trình khác; procmap không bao giờ ghi đè tệp đó, kể cả với --force: hãy đổi tên tệp đó, hoặc nhập vào thư mục khác',
  },
  codeInFiles: {
    en: 'the output folder has code {code} in more than one file ({files}); import into the folder of the one to update',
    vi: 'thư mục ghi ra có mã thủ tục {code} ở nhiều tệp ({files}); hãy nhập vào thư mục chứa tệp cần cập nhật',
  },
  sameCode: {
    en: 'the output folder has code {code} as {id}: updated in its file, under its id',
    vi: 'thư mục ghi ra đã có mã thủ tục {code} là {id}: cập nhật vào tệp đó, giữ mã hiệu {id}',
  },
  basisKept: {
    en: '{count} document{s} of the legal basis in {file} that the record does not cite kept: remove any no longer in force',
    vi: 'giữ {count} văn bản trong căn cứ pháp lý của {file} mà bản ghi không nêu: hãy bỏ văn bản nào đã hết hiệu lực',
  },
  stepsKept: {
    en: 'steps and bodies kept from {file}: the source gives no step with its body and duration',
    vi: 'giữ các bước và đơn vị trong {file}: nguồn không có bước nào ghi đơn vị và thời gian',
  },
  // What an import changes in a file, in diff's kinds: before --force (would…), and with it.
  wouldAdd: { en: 'would add: {change}', vi: 'sẽ thêm: {change}' },
  wouldRemove: { en: 'would remove: {change}', vi: 'sẽ bỏ: {change}' },
  wouldChange: { en: 'would change: {change}', vi: 'sẽ thay đổi: {change}' },
  added: { en: 'added: {change}', vi: 'đã thêm: {change}' },
  removed: { en: 'removed: {change}', vi: 'đã bỏ: {change}' },
  changed: { en: 'changed: {change}', vi: 'đã thay đổi: {change}' },
  // A document prints its steps' numbers, not their ids: those of the file it replaces are kept, matched by name.
  stepIdsKept: {
    en: "the table prints the steps' numbers, not their ids: {count} step{s} keep the id{s} {file} gives them, matched by name ({ids}), not the B1, B2… a new file would get",
    vi: 'bảng chỉ in số thứ tự của các bước, không in mã bước: {count} bước giữ mã đã có trong {file}, ghép theo tên bước ({ids}), không lấy mã B1, B2… như tệp mới',
  },
  keysKept: {
    en: 'keys kept from {file} where the names are the same (bodies: {bodies}, steps: {steps})',
    vi: 'giữ mã trong {file} cho những gì cùng tên (đơn vị: {bodies}, bước: {steps})',
  },
} as const satisfies Record<string, Translated>;

/** The id of one import message. */
export type ImportMessage = keyof typeof MESSAGES;

/**
 * An import message in both languages, its `{name}` places filled, a place given in both languages in each its own
 * (`count` also fills the English plural `{s}`).
 */
export function said(id: ImportMessage, data: Record<string, string | number | Translated> = {}): Translated {
  const words = (lang: Lang) => {
    const values = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, typeof value === 'object' ? value[lang] : value]),
    );
    return fill(MESSAGES[id][lang], 'count' in data ? { s: Number(data.count) === 1 ? '' : 's', ...values } : values);
  };
  return { en: words('en'), vi: words('vi') };
}

/** Whether a message is one `said` wrote from the message `id`, whatever its values. */
export function isSaid(message: Translated, id: ImportMessage): boolean {
  const template = MESSAGES[id].en.split(/\{\w+\}/u).map((part) => part.replace(/[.*+?^$()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^${template.join('[^]*?')}$`, 'u').test(message.en);
}

/** A text that reads the same in both languages: a file name, a place, a parser's own words. */
export function plain(text: string): Translated {
  return { en: text, vi: text };
}

/** A source with the national code of its procedure: `record 1 (1.001193)`. */
export function withCode(source: Translated, code: string): Translated {
  return { en: `${source.en} (${code})`, vi: `${source.vi} (${code})` };
}

/** A message about a place, in both languages: `{source}: {message}`. */
export function at(source: Translated, message: Translated): Translated {
  return { en: `${source.en}: ${message.en}`, vi: `${source.vi}: ${message.vi}` };
}
