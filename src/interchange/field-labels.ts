import { HEADING_NUMBER } from './heading-number.js';

// The labels a Word document's lines are read by, in one place: the short forms of ISO documents ("Cơ quan thực
// hiện: …") and the long ones of the national portal and of provincial decisions announcing procedures ("Cơ quan thực
// hiện thủ tục hành chính: …", "Căn cứ pháp lý của thủ tục hành chính:"). A list under a heading ends at any of them.

// "… của thủ tục hành chính", "… TTHC": the portal names each field of the procedure so.
const OF_PROCEDURE = '(?:(?: của)? (?:thủ tục(?: hành chính)?|tthc))?';

// Labelled lines whose value is a catalog column: the label's words, and whether a heading of them alone has its value
// on the line under it ("5.7. Cơ quan thực hiện" over "Sở Tư pháp"), as ISO documents number their sections.
const FIELD_WORDS: readonly [header: string, words: string, under: boolean][] = [
  ['Lĩnh vực', 'lĩnh vực', true],
  ['Cấp thực hiện', 'cấp (?:thực hiện|giải quyết)', true],
  ['Cơ quan thực hiện', `cơ quan (?:thực hiện|giải quyết)${OF_PROCEDURE}`, true],
  ['Đối tượng thực hiện', `đối tượng(?: thực hiện)?${OF_PROCEDURE}`, true],
  ['Cách thức thực hiện', `cách thức(?: thực hiện| nộp hồ sơ)?${OF_PROCEDURE}`, true],
  ['Giờ tiếp nhận cuối', 'giờ tiếp nhận cuối(?: ngày)?(?:\\s*\\([^)]*\\))?', false],
];

// The fee's label is "Phí, lệ phí", the two charges together. A line that names one of them ("Lệ phí: 600.000
// đồng/giấy phép") is a fee too, but its words are part of the value: a phí and a lệ phí are different charges in law,
// and a round trip must give the line back as written. `(.+)` holds the value, the charge's words kept.
const FEE_LABEL = 'phí,? (?:và )?lệ phí';
// One charge by its name: "Lệ phí", "Phí", or a charge the law names further ("Phí thẩm định: 500.000 đồng").
const CHARGE = '(?:lệ )?phí(?: \\p{L}+){0,6}?';
const FEE_NAMED = `(?=${CHARGE}\\s*[:：]\\s*\\S)`;

// Other wordings of the fee's label: "Mức thu phí, lệ phí:", "Lệ phí (nếu có):", "Mức thu lệ phí:". The words around
// the charges add nothing, but the charge a label names is part of the fee: "Lệ phí (nếu có): 50.000 đồng" is read as
// "Lệ phí: 50.000 đồng", a label of both charges as "Phí, lệ phí:", taken off.
const FEE_WORDING = new RegExp(
  `^(${HEADING_NUMBER})(?:mức (?:thu )?)?(${FEE_LABEL}|${CHARGE})(?:\\s*\\(nếu có\\))?(?=\\s*(?:[:：]|$))`,
  'iu',
);

/** A line with the fee's label in the one wording the patterns below read ("Mức thu phí, lệ phí:" → "Phí, lệ phí:"). */
export function withFeeLabel(line: string): string {
  // exec, not replace with a function: the same first match, without replace's cost on every line of a long document.
  const found = FEE_WORDING.exec(line);
  if (!found) return line;
  const [whole, number, charge] = found as unknown as [string, string, string];
  return number + charge.charAt(0).toUpperCase() + charge.slice(1) + line.slice(whole.length);
}

/** The labelled lines of an ISO document, by the catalog header the value goes under. */
export const LABELS: readonly [header: string, label: RegExp][] = [
  ['Mã hiệu quy trình', /^mã (?:hiệu|số)(?: quy trình| tài liệu)?\s*[:：]\s*(\S+)/iu],
  ['Mã thủ tục', /^mã (?:số )?(?:tthc|thủ tục(?: hành chính)?)\s*[:：]\s*(\S+)/iu],
  ['Tên thủ tục', /^tên (?:quy trình|thủ tục(?: hành chính)?|tthc)\s*[:：]\s*(.+)$/iu],
  ['Lần ban hành', /^lần ban hành\s*[:：]\s*(.+)$/iu],
  ['Ngày hiệu lực', /^ngày (?:có )?hiệu lực\s*[:：]\s*(.+)$/iu],
  ['Ngày ban hành', /^ngày ban hành\s*[:：]\s*(.+)$/iu],
  ...FIELD_WORDS.map(([header, words]): [string, RegExp] => [
    header,
    new RegExp(`^${HEADING_NUMBER}(?:${words})\\s*[:：]\\s*(.+)$`, 'iu'),
  ]),
  ['Phí, lệ phí', new RegExp(`^${HEADING_NUMBER}(?:${FEE_LABEL}\\s*[:：]\\s*|${FEE_NAMED})(.+)$`, 'iu')],
];

/** Headings of a labelled field alone on their line, whose value is the line under them, by catalog header. */
export const FIELD_HEADINGS: readonly [header: string, heading: RegExp][] = FIELD_WORDS.filter(
  ([, , under]) => under,
).map(([header, words]) => [header, new RegExp(`^${HEADING_NUMBER}(?:${words})\\s*[:：]?$`, 'iu')]);

/** The statutory limit: on the line of its heading ("5.4. Thời gian xử lý: 05 ngày làm việc") or the line after it. */
export const LIMIT = new RegExp(
  `^${HEADING_NUMBER}(?:thời hạn|thời gian) (?:giải quyết|xử lý|thực hiện)(?: hồ sơ)?(?: \\(?theo quy định\\)?)?\\s*[:：]?\\s*(.*)$`,
  'iu',
);

/**
 * Sections whose paragraphs are a list the catalog has a column for: the legal basis, the conditions, the dossier and
 * the public sequence; the list under the heading, or one item after its colon.
 */
export const LIST_SECTIONS: readonly [header: string, heading: RegExp][] = [
  ['Căn cứ pháp lý', `(?:căn cứ pháp lý|cơ sở pháp lý)${OF_PROCEDURE}|tài liệu viện dẫn`] as const,
  [
    'Điều kiện thực hiện',
    `(?:điều kiện thực hiện|yêu cầu,? điều kiện(?: thực hiện)?|yêu cầu(?: hoặc|,)? điều kiện)${OF_PROCEDURE}`,
  ] as const,
  ['Thành phần hồ sơ', 'thành phần(?:,? số lượng)? hồ sơ'] as const,
  ['Trình tự thực hiện', `trình tự thực hiện${OF_PROCEDURE}`] as const,
].map(([header, words]) => [
  header,
  // "Thành phần hồ sơ gồm:", "Căn cứ pháp lý bao gồm:": the words that introduce the list are the heading's.
  new RegExp(`^${HEADING_NUMBER}(?:${words})(?:\\s+(?:bao\\s+)?gồm)?\\s*(?:[:：]\\s*(.*))?$`, 'iu'),
]);

/**
 * Whether a line only heads the list `header` ("a) Thành phần hồ sơ:", "Thành phần hồ sơ gồm:"), with no item after
 * its colon: the lines under it are the list, as in a Word document, whether in paragraphs or in a catalog's cell.
 */
export function headsList(header: string, line: string): boolean {
  const heading = LIST_SECTIONS.find(([name]) => name === header)?.[1];
  const found = heading?.exec(line.trim());
  if (!found) return false;
  const inline = found[1]?.trim();
  // A value that ends with a colon ("Thành phần hồ sơ: gồm:") heads the lines under it too.
  return !inline || /[:：]$/u.test(inline);
}

/** Sections of text, by the procedure field each fills: the value on the heading's line after a colon or under it. */
export const TEXT_HEADINGS: readonly (readonly [
  key: 'purpose' | 'scope' | 'dossier_count' | 'place' | 'fee' | 'result',
  heading: RegExp,
])[] = [
  ...(
    [
      ['purpose', 'mục đích(?: của quy trình)?'],
      ['scope', 'phạm vi(?: áp dụng| điều chỉnh)?'],
      ['dossier_count', 'số lượng hồ sơ'],
      ['place', 'nơi tiếp nhận(?:,? (?:và )?trả kết quả)?|địa điểm(?: thực hiện| tiếp nhận(?: hồ sơ)?)?'],
      ['result', 'kết quả(?: giải quyết| thực hiện)?(?: thủ tục(?: hành chính)?)?'],
    ] as const
  ).map(([key, words]) => [key, new RegExp(`^${HEADING_NUMBER}(?:${words})\\s*(?:[:：]\\s*(.*))?$`, 'iu')] as const),
  // The fee's heading alone ("5.6. Phí, lệ phí", "Lệ phí"), or with its value: after the label, or with the charge's words.
  [
    'fee',
    new RegExp(
      `^${HEADING_NUMBER}(?:${FEE_LABEL}\\s*[:：]\\s*|${FEE_NAMED}|(?:${FEE_LABEL}|lệ phí|phí)\\s*[:：]?\\s*$)(.*)$`,
      'iu',
    ),
  ],
];

/**
 * The headings of lists a document gives as tables, which it may say it has none of on the line under them ("6. BIỂU
 * MẪU" then "Không", as procmap prints it) or on theirs ("Biểu mẫu: Không"); the portal names the forms "Tên mẫu đơn,
 * mẫu tờ khai".
 */
export const TABLE_HEADINGS = (
  [
    ['definitions', '(?:định nghĩa|thuật ngữ|từ ngữ)(?:,? (?:và )?(?:chữ )?viết tắt)?|(?:chữ )?viết tắt'],
    ['forms', 'biểu mẫu(?: sử dụng| kèm theo)?|(?:tên )?mẫu đơn,? (?:mẫu )?tờ khai'],
    ['records', 'hồ sơ (?:cần )?lưu(?: trữ)?'],
  ] as const
).map(([key, words]) => [key, new RegExp(`^${HEADING_NUMBER}(?:${words})\\s*(?:[:：]\\s*(.*))?$`, 'iu')] as const);

// Every pattern above: a line one of them matches is a field the import reads.
const ALL: readonly RegExp[] = [
  ...LABELS.map(([, label]) => label),
  ...FIELD_HEADINGS.map(([, heading]) => heading),
  LIMIT,
  ...LIST_SECTIONS.map(([, heading]) => heading),
  ...TEXT_HEADINGS.map(([, heading]) => heading),
  ...TABLE_HEADINGS.map(([, heading]) => heading),
];

/** Whether a line is a label or heading the import reads as a field: a list above it ends there. */
export function isFieldLine(line: string): boolean {
  const read = withFeeLabel(line);
  return ALL.some((pattern) => pattern.test(read));
}

// A list's dash before a label, as decisions announcing procedures write each field: "- Thời hạn giải quyết: …".
const DASH = /^[-–—•+*]\s*/u;

/** A line without the list dash before a label the import reads ("- Thời hạn giải quyết: …"); other lines as they are. */
export function withoutLabelDash(line: string): string {
  const dash = DASH.exec(line);
  if (!dash) return line;
  const rest = line.slice(dash[0].length);
  return isFieldLine(rest) ? rest : line;
}
