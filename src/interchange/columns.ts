import type { Lang, Translated } from '../i18n.js';
import { closest } from '../model/suggest.js';
import { headerKey } from './text.js';

// The columns procmap reads and writes in spreadsheets. Each has the header procmap writes (Vietnamese and English)
// and the names provincial catalogs use, with or without diacritics; a header is matched by its folded key, so
// `Tên thủ tục`, `TÊN THỦ TỤC`, `ten_thu_tuc` and `Ten thu tuc` are one column.

/** What a sheet holds, told by its header row. */
export type SheetKind = 'catalog' | 'steps' | 'bodies';

/** One column of a sheet kind. */
export interface ColumnDef {
  /** The field name, as `--map` and the configuration's `import.columns` name it. */
  field: string;
  vi: string;
  en: string;
  /** Other headers officers write, folded (see headerKey). */
  aliases: readonly string[];
  /** A row number or a figure export computes: recognised so it is not reported unknown, never read. */
  computed?: boolean;
  /** The step's time read from its working hours, a table having no other time column (matchColumns). */
  inHours?: boolean;
  /** For import alone, hidden in the workbook, and left out of a sheet where no row has a value in it. */
  hidden?: boolean;
}

const col = (field: string, vi: string, en: string, aliases: string[] = [], computed = false): ColumnDef => ({
  field,
  vi,
  en,
  aliases,
  computed,
});

// A time's unit column: "Đơn vị tính", the national record's DONVITINH, "Đơn vị thời gian".
const UNIT_ALIASES = ['don_vi_tinh', 'donvitinh', 'don_vi_thoi_gian', 'don_vi_tinh_thoi_gian', 'time_unit'];

/** The catalog sheet: one procedure per row. */
export const CATALOG_COLUMNS: readonly ColumnDef[] = [
  col('no', 'STT', 'No.', ['tt', 'so_tt', 'so_thu_tu'], true),
  col('id', 'Mã hiệu quy trình', 'Document code', ['ma_hieu', 'ma_quy_trinh', 'ma_hieu_tai_lieu', 'id']),
  col('code', 'Mã thủ tục', 'Procedure code', [
    'ma_tthc',
    'ma_so',
    'ma_so_tthc',
    'ma_thu_tuc_hanh_chinh',
    'matthc',
    'code',
  ]),
  col('title', 'Tên thủ tục', 'Title', [
    'thu_tuc',
    'ten_tthc',
    'ten_thu_tuc_hanh_chinh',
    'thu_tuc_hanh_chinh',
    'tentthc',
    'ten_quy_trinh',
  ]),
  col('level', 'Cấp thực hiện', 'Level', ['cap', 'cap_giai_quyet', 'capthuchien']),
  col('field', 'Lĩnh vực', 'Field', ['linh_vuc_thuc_hien', 'linhvuc']),
  col('agency', 'Cơ quan thực hiện', 'Agency', [
    'co_quan',
    'co_quan_giai_quyet',
    'don_vi_thuc_hien',
    'co_quan_thuc_hien_thu_tuc_hanh_chinh',
  ]),
  col('time_limit', 'Thời hạn giải quyết', 'Time limit', [
    'thoi_han',
    'thoi_gian_giai_quyet',
    'thoi_han_giai_quyet_theo_quy_dinh',
    'limit',
  ]),
  // The unit of a limit written as a bare number in the column before, as the national record's THOIGIANGIAIQUYET and
  // DONVITINH give it ("03" | "Ngày làm việc").
  col('time_unit', 'Đơn vị tính', 'Unit', UNIT_ALIASES),
  col('total', 'Tổng thời gian các bước (giờ làm việc)', 'Total of the steps (working hours)', [], true),
  col('slack', 'Còn dư so với thời hạn (giờ làm việc)', 'Slack against the limit (working hours)', [], true),
  // The slack may be against a channel's limit or an exception case's: the header names both. The old header, in
  // workbooks exported before, is still known.
  col(
    'slack_channel',
    'Còn dư tính theo thời hạn riêng của cách thức hoặc trường hợp',
    'Slack against the own limit of a channel or case',
    ['con_du_tinh_theo_thoi_han_cua_kenh', 'slack_against_the_limit_of_channel'],
    true,
  ),
  col('four_on_the_spot', '4 tại chỗ', 'Four on-the-spot', ['bon_tai_cho', 'tai_cho']),
  col('revision', 'Lần ban hành', 'Revision', ['lan_sua_doi', 'phien_ban']),
  col('effective', 'Ngày hiệu lực', 'Effective', ['ngay_co_hieu_luc', 'hieu_luc', 'ngay_ap_dung']),
  col('cutoff', 'Giờ tiếp nhận cuối', 'Cutoff', []),
  col('applicants', 'Đối tượng thực hiện', 'Applicants', ['doi_tuong', 'doi_tuong_thuc_hien_thu_tuc_hanh_chinh']),
  col('channels', 'Cách thức thực hiện', 'Channels', [
    'cach_thuc',
    'hinh_thuc_nop',
    'cach_thuc_nop',
    'hinh_thuc_nop_ho_so',
    'cach_thuc_nop_ho_so',
    'kenh_tiep_nhan',
  ]),
  col('fee', 'Phí, lệ phí', 'Fee', ['phi_le_phi', 'muc_phi']),
  // A catalog often gives the two charges a column each (Law on Fees and Charges 97/2015/QH13 tells them apart): read
  // both, never as one column given twice (feeLines).
  col('fee_charge', 'Phí', 'Charge', ['phi']),
  col('fee_levy', 'Lệ phí', 'Levy', ['le_phi']),
  col('dossier', 'Thành phần hồ sơ', 'Dossier', ['thanh_phan_hs', 'ho_so', 'thanh_phan_so_luong_ho_so']),
  col('steps', 'Trình tự thực hiện', 'Sequence', ['trinh_tu', 'cac_buoc']),
  col('legal_basis', 'Căn cứ pháp lý', 'Legal basis', [
    'can_cu',
    'can_cu_phap_ly_cua_tthc',
    'can_cu_phap_ly_cua_thu_tuc_hanh_chinh',
  ]),
  // The national portal's "Yêu cầu, điều kiện thực hiện" and the announcing decision's longer form of it.
  col('conditions', 'Điều kiện thực hiện', 'Conditions', [
    'dieu_kien',
    'yeu_cau',
    'yeu_cau_dieu_kien',
    'yeu_cau_dieu_kien_thuc_hien',
    'yeu_cau_dieu_kien_thuc_hien_thu_tuc_hanh_chinh',
    'yeu_cau_dieu_kien_thuc_hien_tthc',
  ]),
  // The forms the applicant fills in, as the portal and the announcing decision head them: one a line.
  col('forms', 'Tên mẫu đơn, mẫu tờ khai', 'Forms', ['mau_don_to_khai', 'mau_don', 'mau_to_khai', 'bieu_mau']),
  col('place', 'Nơi tiếp nhận và trả kết quả', 'Place', [
    'noi_tiep_nhan',
    'dia_diem',
    'dia_diem_thuc_hien',
    'dia_diem_tiep_nhan',
    'dia_diem_tiep_nhan_ho_so',
  ]),
  col('result', 'Kết quả thực hiện', 'Result', [
    'ket_qua',
    'ket_qua_giai_quyet',
    'ket_qua_thuc_hien_thu_tuc_hanh_chinh',
  ]),
  // The ISO document's own sections, when a catalog keeps them in columns.
  col('purpose', 'Mục đích', 'Purpose', ['muc_dich_quy_trinh']),
  col('scope', 'Phạm vi áp dụng', 'Scope', ['pham_vi', 'pham_vi_dieu_chinh']),
  col('dossier_count', 'Số lượng hồ sơ', 'Number of dossiers', ['so_luong_ho_so', 'so_bo_ho_so']),
  col('issuer', 'Cơ quan ban hành', 'Issuing body', ['don_vi_ban_hanh']),
  col('issued', 'Ngày ban hành', 'Issued', ['ngay_ban_hanh_quy_trinh']),
];

/** The steps sheet and the step tables of approval annexes: one step per row. */
export const STEP_COLUMNS: readonly ColumnDef[] = [
  col('procedure', 'Mã hiệu quy trình', 'Document code', ['quy_trinh', 'ma_quy_trinh', 'ma_thu_tuc', 'ma_tthc']),
  col('step_no', 'TT', 'No.', ['stt', 'so_tt', 'thu_tu', 'buoc', 'cac_buoc', 'buoc_thuc_hien']),
  col('step_id', 'Mã bước', 'Step id', []),
  col('step', 'Nội dung công việc', 'Step', [
    'noi_dung',
    'trinh_tu',
    'cong_viec',
    'ten_buoc',
    'trinh_tu_thuc_hien',
    'noi_dung_thuc_hien',
    'trinh_tu_cong_viec',
    'mo_ta_cong_viec',
    'noi_dung_xu_ly',
    'dien_giai',
  ]),
  col('body', 'Mã đơn vị', 'Body id', []),
  col('responsible', 'Trách nhiệm', 'Responsible', [
    'trach_nhiem_thuc_hien',
    'don_vi_thuc_hien',
    'nguoi_thuc_hien_trach_nhiem',
    'bo_phan_thuc_hien',
    'don_vi_nguoi_thuc_hien',
    'bo_phan_nguoi_thuc_hien',
    'don_vi_ca_nhan_thuc_hien',
  ]),
  col('hours', 'Thời gian (giờ làm việc)', 'Duration (working hours)', [], true),
  // From receipt to the step's end, as `time`'s "Lũy kế": the steps of a branch are not added to the total.
  col('cumulative', 'Lũy kế (giờ làm việc)', 'Cumulative (working hours)', [], true),
  col('duration', 'Thời gian', 'Duration', [
    'thoi_gian_thuc_hien',
    'thoi_gian_giai_quyet',
    'thoi_gian_xu_ly',
    'thoi_han',
    'thoi_han_xu_ly',
  ]),
  // A step's time as a bare number, its unit in a column of its own.
  col('time_unit', 'Đơn vị tính', 'Unit', UNIT_ALIASES),
  col('role', 'Người thực hiện', 'Role', ['chuc_danh']),
  col('forms', 'Biểu mẫu', 'Forms', [
    'bieu_mau_ket_qua',
    'ket_qua_bieu_mau',
    'mau_bieu',
    'bieu_mau_ho_so',
    'bieu_mau_tai_lieu',
    'ho_so_bieu_mau',
    'bieu_mau_ho_so_ket_qua',
  ]),
  col('outputs', 'Kết quả', 'Outputs', ['ket_qua_thuc_hien', 'ket_qua_cua_buoc']),
  col('description', 'Mô tả', 'Description', ['mo_ta_chi_tiet', 'ghi_chu']),
  col('question', 'Câu hỏi', 'Question', ['cau_hoi_re_nhanh']),
  col('inputs', 'Đầu vào', 'Inputs', ['dau_vao_cua_buoc']),
  col('next', 'Bước tiếp theo', 'Next', []),
  col('draft', 'Nháp', 'Draft', []),
];

/** The bodies sheet: one responsible body of one procedure per row. */
export const BODY_COLUMNS: readonly ColumnDef[] = [
  col('procedure', 'Mã hiệu quy trình', 'Document code', ['quy_trinh', 'ma_quy_trinh']),
  col('body', 'Mã đơn vị', 'Body id', []),
  col('body_name', 'Tên đơn vị', 'Body name', ['don_vi']),
  col('single_window', 'Bộ phận Một cửa', 'Single window', ['mot_cua']),
  col('on_site', 'Làm việc tại Trung tâm', 'On site', ['tai_trung_tam']),
];

/** The columns of each sheet kind. */
export const COLUMNS: Readonly<Record<SheetKind, readonly ColumnDef[]>> = {
  catalog: CATALOG_COLUMNS,
  steps: STEP_COLUMNS,
  bodies: BODY_COLUMNS,
};

/** Every field `--map` may name. */
export const MAPPABLE_FIELDS: readonly string[] = [
  ...new Set([...CATALOG_COLUMNS, ...STEP_COLUMNS, ...BODY_COLUMNS].filter((c) => !c.computed).map((c) => c.field)),
];

/** A user's mapping: field → the header of the column that holds it. */
export type ColumnMap = Readonly<Record<string, string>>;

/** The header a column gets in an exported workbook. */
export function header(column: ColumnDef, lang: Lang): string {
  return column[lang];
}

/** The problems of a user's mapping, in words: a field procmap does not know, a header that is not text. */
export function checkColumnMap(map: Record<string, unknown>): Translated[] {
  return Object.entries(map).flatMap(([field, value]) => {
    if (!MAPPABLE_FIELDS.includes(field)) {
      const hint = closest(field, MAPPABLE_FIELDS);
      const fields = MAPPABLE_FIELDS.join(', ');
      return [
        {
          en: `"${field}" is not a field procmap imports${hint ? `; did you mean "${hint}"?` : ''} (fields: ${fields})`,
          vi: `"${field}" không phải trường procmap nhập${hint ? `; có phải ý bạn là "${hint}"?` : ''} (các trường: ${fields})`,
        },
      ];
    }
    return typeof value === 'string' && value.trim()
      ? []
      : [
          {
            en: `the column for "${field}" must be its header text`,
            vi: `cột của "${field}" phải là chữ ở tiêu đề cột`,
          },
        ];
  });
}

// The field a second column naming a field holds.
const SECOND_COLUMN: Partial<Record<string, string>> = { step: 'description' };

// Folded once: every candidate header row of every table asks (a Word document can hold thousands of tables).
const KEYS = new Map<SheetKind, Map<string, ColumnDef>>();

/** The columns of a kind of sheet by every header key that names them: field, Vietnamese, English, aliases. */
function columnsByKey(kind: SheetKind): Map<string, ColumnDef> {
  let byKey = KEYS.get(kind);
  if (byKey) return byKey;
  byKey = new Map();
  for (const def of COLUMNS[kind])
    for (const key of [def.field, headerKey(def.vi), headerKey(def.en), ...def.aliases])
      if (!byKey.has(key)) byKey.set(key, def);
  KEYS.set(kind, byKey);
  return byKey;
}

/**
 * A header without the bracket it ends with ("Thời gian (ngày làm việc)" → "Thời gian "): from the first "(" of the
 * last line. By position: the pattern `\(.*\)\s*$` retries at every "(" (quadratic on a hostile header).
 */
function withoutBracketAtEnd(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return text;
  const open = trimmed.indexOf('(', trimmed.lastIndexOf('\n') + 1);
  return open < 0 ? text : text.slice(0, open);
}

/** The column a header names for one sheet kind (the user's mapping first, then procmap's own headers), if any. */
function headerReader(kind: SheetKind, map: ColumnMap): (text: string) => ColumnDef | undefined {
  const defs = COLUMNS[kind];
  const byKey = columnsByKey(kind);
  const mapped = new Map<string, ColumnDef>();
  for (const [field, text] of Object.entries(map)) {
    const def = defs.find((d) => d.field === field);
    if (def) mapped.set(headerKey(text), def);
  }
  return (text) => {
    const key = headerKey(text);
    if (!key) return undefined;
    // A header like "Thời gian (ngày làm việc)" names the duration column with its unit.
    return mapped.get(key) ?? byKey.get(key) ?? byKey.get(headerKey(withoutBracketAtEnd(text)));
  };
}

/**
 * The columns left out of `columns` whose header names a field another column holds ("Thời hạn giải quyết" twice):
 * index → that column's index. A value there other than the first column's is a second value for one field.
 */
export function repeatedColumns(
  headers: readonly string[],
  columns: ReadonlyMap<number, ColumnDef>,
  kind: SheetKind,
  map: ColumnMap = {},
): Map<number, number> {
  const defOf = headerReader(kind, map);
  const byField = new Map([...columns].map(([i, def]) => [def.field, i]));
  const out = new Map<number, number>();
  headers.forEach((text, i) => {
    const first = columns.has(i) ? undefined : byField.get(defOf(text)?.field ?? '');
    if (first !== undefined) out.set(i, first);
  });
  return out;
}

/**
 * Which field each column of a header row holds, for one sheet kind: the user's mapping first, then procmap's own
 * headers and the usual names. Index → field; columns it does not know are left out.
 */
export function matchColumns(headers: readonly string[], kind: SheetKind, map: ColumnMap = {}): Map<number, ColumnDef> {
  const defs = COLUMNS[kind];
  const defOf = headerReader(kind, map);
  const out = new Map<number, ColumnDef>();
  const taken = new Set<string>();
  const again: { index: number; field: string }[] = [];
  headers.forEach((text, i) => {
    const def = defOf(text);
    if (!def) return;
    if (taken.has(def.field)) {
      again.push({ index: i, field: def.field });
      return;
    }
    taken.add(def.field);
    out.set(i, def);
  });
  // A second column for a field that has its own, once every header has had its turn: a step table's "Trình tự thực
  // hiện" then "Nội dung công việc" are the step and its detail.
  for (const { index, field } of again) {
    const second = defs.find((d) => d.field === SECOND_COLUMN[field]);
    if (!second || taken.has(second.field)) continue;
    taken.add(second.field);
    out.set(index, second);
  }
  // The hours export computes from a step's time are that time when no column gives it otherwise (the "Thời gian"
  // column deleted, an annex's only time column "Thời gian (giờ làm việc)"): read, not passed over.
  const hours = [...out].find(([, def]) => def.field === 'hours');
  const duration = defs.find((def) => def.field === 'duration');
  if (kind === 'steps' && hours && duration && !taken.has('duration'))
    out.set(hours[0], { ...duration, vi: hours[1].vi, en: hours[1].en, inHours: true });
  return out;
}
