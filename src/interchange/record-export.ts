import { withCutoff } from './record-cutoff.js';
import { AGENCY_SEPARATOR } from '../model/agencies.js';
import { applicantList } from '../model/channels.js';
import { parseDuration } from '../model/duration.js';
import { dossierByCase } from '../model/dossier-layout.js';
import type { Channel, DossierItem, Procedure } from '../model/types.js';
import { isoDate, vnDate } from './text.js';

// The national procedure record (CSDL quốc gia về TTHC) written from a procedure: the fields record.ts reads, in the
// record's own words and units, so that `procmap import` gives back what the record carries. What the record has no
// field for (internal steps' bodies and durations, ISO fields: records, forms, definitions, sign-off) is left out.

type JsonObject = Record<string, unknown>;

const KENH: Record<Channel['kind'], string> = { in_person: '1', online: '2', postal: '3' };

const LEVEL: Record<NonNullable<Procedure['level']>, string> = {
  central: 'Cấp Bộ',
  province: 'Cấp Tỉnh',
  district: 'Cấp Huyện',
  commune: 'Cấp Xã',
};

// The record's units (DONVITINH) by procmap's; a same-day limit has none, its words in the count's field.
const UNIT: Record<'h' | 'd' | 'cd' | 'month', string> = {
  h: 'Giờ làm việc',
  d: 'Ngày làm việc',
  cd: 'Ngày lịch',
  month: 'Tháng',
};

/**
 * A limit as the record's count and unit: a plain one as a number and its unit ("5" "Ngày làm việc"); one with a
 * legal tail, another case's limit in brackets, or years, as written in the count's field with the unit it repeats,
 * which the importer reads as written (record-limit.ts), so that no word of it is lost.
 */
function recordLimit(limit: string | number): { THOIGIANGIAIQUYET: string; DONVITINH: string } {
  const duration = parseDuration(limit);
  const written = String(limit).trim();
  if (duration === undefined) return { THOIGIANGIAIQUYET: written, DONVITINH: '' };
  if (duration.unit === 'sameday')
    return {
      THOIGIANGIAIQUYET: /^trong ngày$/iu.test(written) || written === '' ? 'Trong ngày' : written,
      DONVITINH: '',
    };
  // Years are the law's words ("01 năm"): the record's unit says so too, never "Tháng" beside a count of years.
  const unit = duration.years ? 'Năm' : UNIT[duration.unit];
  // procmap's own short spellings (`7d`, `4h`) and a bare count of the unit are plain: the number says it all. A
  // count of hours with more than two decimals (`20min` is 0.333… h) is written as the file writes it.
  const plain =
    duration.note === undefined && duration.years === undefined && Number.isInteger(round(duration.value * 100));
  return plain
    ? { THOIGIANGIAIQUYET: String(duration.value), DONVITINH: unit }
    : { THOIGIANGIAIQUYET: written, DONVITINH: unit };
}

/** A number rid of floating-point dust (0.1 × 100 is 10.000000000000002). */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

// A fee that is an amount in đồng and nothing else ("75.000 đồng", "200.000 đồng/lần/người"): the record's amount
// (SOTIEN) and unit (DONVI), which the importer writes back as they were.
const PLAIN_FEE = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}) đồng(\/[^\s:;]+)?$/u;

/** A fee as the record's PHILEPHI list: an amount and unit when it is a plain amount, else its text as MOTA. */
function recordFee(fee: string | number | undefined): JsonObject[] {
  if (fee === undefined) return [];
  if (typeof fee === 'number') return [{ SOTIEN: fee, DONVI: 'Đồng' }];
  const plain = PLAIN_FEE.exec(fee.trim());
  if (plain) return [{ SOTIEN: Number(plain[1]!.replace(/\./g, '')), DONVI: `Đồng${plain[2] ?? ''}` }];
  return fee.trim() === '' ? [] : [{ MOTA: fee }];
}

/** One way of filing: its KENH, its limit (the procedure's when it gives none), its note and its fee. */
function way(procedure: Procedure, channel: Channel): JsonObject {
  const fee = recordFee(channel.fee ?? procedure.fee);
  return {
    KENH: KENH[channel.kind],
    THOIGIAN: [
      {
        ...recordLimit(channel.time_limit ?? procedure.time_limit),
        // The record has no field for the cutoff: the in-person way's limit says it (record-cutoff.ts).
        MOTA: withCutoff(channel.kind === 'in_person' ? procedure.cutoff : undefined, channel.note ?? ''),
        PHILEPHI: fee,
      },
    ],
  };
}

// A form's web address, alone or after its name, as the importer writes a record's URL beside its TENMAUDON.
const ADDRESS = /^https?:\/\/\S+$/iu;
const NAMED_ADDRESS = /^(.*\S)\s+\((https?:\/\/\S+)\)$/iu;

/** A form as the record's TENMAUDON and URL: the address apart when the form is one. */
function form(text: string): JsonObject {
  const written = text.trim();
  if (ADDRESS.test(written)) return { URL: written };
  const named = NAMED_ADDRESS.exec(written);
  return named ? { TENMAUDON: named[1], URL: named[2] } : { TENMAUDON: written };
}

/** A paper of the dossier: its name, counts and form. */
function paper(item: DossierItem): JsonObject {
  return {
    TENGIAYTO: item.name,
    ...(item.originals !== undefined ? { SOBANCHINH: item.originals } : {}),
    ...(item.copies !== undefined ? { SOBANSAO: item.copies } : {}),
    ...(item.form !== undefined ? form(item.form) : {}),
  };
}

/** The dossier by case, the count of its sets a paper line of the first group, as portals write it. */
function dossier(procedure: Procedure): JsonObject[] {
  const groups = dossierByCase(procedure.dossier ?? []).map((group) => ({
    TRUONGHOP: group.case ?? '',
    GIAYTO: group.items.map(paper),
  }));
  if (procedure.dossier_count !== undefined) {
    const count = { TENGIAYTO: `Số lượng hồ sơ: ${procedure.dossier_count}` };
    if (groups[0]) groups[0].GIAYTO.push(count);
    else groups.push({ TRUONGHOP: '', GIAYTO: [count] });
  }
  return groups;
}

// A legal document's number and sign, and the date after "ngày", as documents cite them (basis-citation.ts).
const NUMBER = /\d+\/(?:\d{4}\/)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/u;
const DATE = /ngày\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/iu;

/** One legal basis entry: the citation as the name, its number and date apart, which the importer finds in it. */
function basis(entry: string): JsonObject {
  const date = isoDate(DATE.exec(entry)?.[1] ?? '');
  return {
    SOVANBAN: NUMBER.exec(entry)?.[0] ?? '',
    TENVANBAN: entry,
    NGAYBANHANH: date === undefined ? '' : vnDate(date),
  };
}

/**
 * One procedure as a national record: code, title, field, agencies, level, conditions, applicants, result, legal
 * basis, dossier by case, each way of filing with its limit and fee (in person alone when the file names none), and
 * the steps' names as the public sequence. A procedure without a national code gives its id as MATTHC, which the
 * importer takes back as its id.
 */
export function nationalRecord(procedure: Procedure): JsonObject {
  const channels: Channel[] =
    procedure.channels && procedure.channels.length > 0 ? procedure.channels : [{ kind: 'in_person' }];
  // The procedure's limit is the in-person way's to the importer: without one, the first way gives it too.
  const ways = channels.some((c) => c.kind === 'in_person') ? channels : [{ kind: 'in_person' as const }, ...channels];
  return {
    MATTHC: procedure.code ?? procedure.id,
    TENTTHC: procedure.title,
    LINHVUCTHUCHIEN: procedure.field ?? '',
    COQUANTHUCHIEN: (procedure.agency ?? '')
      .split(AGENCY_SEPARATOR)
      .filter(Boolean)
      .map((name) => ({ TENDONVI: name })),
    CAPTHUCHIEN: procedure.level ? LEVEL[procedure.level] : '',
    YEUCAU:
      procedure.conditions === undefined
        ? ''
        : procedure.conditions.length === 0
          ? 'Không'
          : procedure.conditions.join('\n'),
    // One text in the record: the importer reads it as one line, so a list is joined as a sentence lists them.
    MOTADOITUONGTHUCHIEN: applicantList(procedure).join('; '),
    KETQUATHUCHIEN: procedure.result ?? '',
    CANCUPHAPLY: (procedure.legal_basis ?? []).map(basis),
    THANHPHANHOSO: dossier(procedure),
    CACHTHUCTHUCHIEN: ways.map((channel) => way(procedure, channel)),
    TRINHTUTHUCHIEN: [{ TRUONGHOP: '', TRINHTU: procedure.steps.map((step) => ({ TENTRINHTU: step.name })) }],
  };
}

/** The national records of procedures as one JSON file: an array, two spaces deep, UTF-8 text ending in a newline. */
export function nationalRecords(procedures: readonly Procedure[]): string {
  return `${JSON.stringify(procedures.map(nationalRecord), null, 2)}\n`;
}
