import { cutoffOfDescription } from './record-cutoff.js';
import type { Translated } from '../i18n.js';
import { said, withCode } from './import-messages.js';
import type { Channel, Procedure } from '../model/types.js';
import {
  draftSteps,
  joinedEntries,
  joinedSaid,
  levelOf,
  writtenDuration,
  type ImportedProcedure,
  type ImportOutcome,
} from './draft.js';
import { clean, isoDate, items, oneLine, slug, textListOrNone, unpunctuated, vnDate } from './text.js';
import { cutoffInWords, procedureIdLike } from '../model/lenient.js';
import { parseDuration } from '../model/duration.js';
import { foldToAscii } from '../model/fold.js';
import { dossierItemOf } from '../model/dossier-line.js';
import { dossierSetsOf, sameSets, withoutSetsLines } from '../model/dossier-sets.js';
import { AGENCY_SEPARATOR } from '../model/agencies.js';
import { recordFee } from './record-fee.js';
import { basisCitation } from './basis-citation.js';
import { onePerKind, type Limit } from './record-cases.js';
import { recordLimitText } from './record-limit.js';
import { bareDaysSaid } from './bare-days.js';

// The national procedure record (CSDL quốc gia về TTHC) as the portal's procedure service returns it and open
// one-stop software (OpenCPS) consumes it. Field names are the record's; values may be strings, numbers or lists of
// small objects. Everything read is listed below, and every other field is kept in the file's note.

type Json = unknown;
type JsonObject = Record<string, Json>;

const KENH: Record<string, Channel['kind']> = { '1': 'in_person', '2': 'online', '3': 'postal' };
// The ways of filing as the report names them, by KENH and the words of the record's portal.
const CHANNEL_WORDS: Record<Channel['kind'], string> = {
  in_person: 'KENH 1 (trực tiếp)',
  online: 'KENH 2 (trực tuyến)',
  postal: 'KENH 3 (bưu chính)',
};

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function list(value: Json): Json[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of a value: a string or number as is, an object by its name field (TEN…), a list joined by lines. */
function text(value: Json): string {
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join('\n');
  if (isObject(value)) {
    const name = Object.keys(value).find((key) => /^TEN/.test(key));
    return name ? text(value[name]) : '';
  }
  return '';
}

/** A count (số bản) as an integer, or undefined when it is absent or not a whole number. */
function count(value: Json): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

// A count of originals in words, as portals write SOBANCHINH: "01 bản chính", "1 bản gốc", "02 bản".
const ORIGINALS_WORDS = /^0*(\d{1,3}) ?(?:bản(?: chính| gốc)?)?$/iu;

/** The number a count of originals in words says, or undefined when the words say more than a count. */
function originalsCount(words: string): number | undefined {
  const found = ORIGINALS_WORDS.exec(words);
  return found ? Number(found[1]) : undefined;
}

/** Collects the fields of an object that the importer does not read, as `PATH: value` note lines. */
class Leftovers {
  readonly lines: string[] = [];
  keep(object: JsonObject, read: readonly string[], path: string): void {
    for (const [key, value] of Object.entries(object)) {
      if (read.includes(key) || value === null || value === '' || (Array.isArray(value) && value.length === 0))
        continue;
      this.lines.push(`${path}${key}: ${typeof value === 'string' ? oneLine(value) : JSON.stringify(value)}`);
    }
  }
}

function limits(record: JsonObject, leftovers: Leftovers, warnings: Translated[], cutoffs: string[] = []): Limit[] {
  const out: Limit[] = [];
  // A plain "N ngày" each way of filing writes alike is said once, for all of them: case by case, as the record gives it.
  const bare = new Map<string, { ways: string[]; limit: string; case: string }>();
  list(record.CACHTHUCTHUCHIEN).forEach((way, i) => {
    if (!isObject(way)) return void leftovers.lines.push(`CACHTHUCTHUCHIEN[${i}]: ${text(way)}`);
    leftovers.keep(way, ['KENH', 'THOIGIAN'], `CACHTHUCTHUCHIEN[${i}].`);
    const kind = KENH[text(way.KENH)];
    if (kind === undefined) warnings.push(said('channelCode', { kenh: text(way.KENH) }));
    list(way.THOIGIAN).forEach((time, k) => {
      if (!isObject(time)) return void leftovers.lines.push(`CACHTHUCTHUCHIEN[${i}].THOIGIAN[${k}]: ${text(time)}`);
      leftovers.keep(
        time,
        ['THOIGIANGIAIQUYET', 'DONVITINH', 'MOTA', 'PHILEPHI'],
        `CACHTHUCTHUCHIEN[${i}].THOIGIAN[${k}].`,
      );
      const amount = text(time.THOIGIANGIAIQUYET);
      const unit = text(time.DONVITINH);
      // The cutoff procmap's export says in the description (record-cutoff.ts) is the procedure's, not a note.
      const described = cutoffOfDescription(text(time.MOTA));
      if (described.cutoff) cutoffs.push(described.cutoff);
      const mota = described.rest;
      // A count with its unit ("1" "Ngày làm việc"), or the limit in words in the count's field ("Ngay trong ngày",
      // no unit, or a unit that repeats it: record-limit.ts); a count of 0 says nothing, and the description may hold
      // the limit.
      const { written, conflict } = recordLimitText(amount, unit);
      const counted = amount !== '' && !(/^[\d.,]+$/.test(amount) && !(Number(amount.replace(',', '.')) > 0));
      const limit = conflict
        ? undefined
        : counted
          ? writtenDuration(written)
          : mota
            ? writtenDuration(mota)
            : undefined;
      const unread = counted && limit === undefined;
      if (unread) warnings.push(said('recordLimit', { limit: written }));
      const joined = limit && joinedSaid(counted ? written : mota, limit, true);
      if (joined) warnings.push(joined);
      if (kind === undefined || unread) {
        leftovers.lines.push(
          `CACHTHUCTHUCHIEN[${i}] KENH ${text(way.KENH) || '?'} THOIGIAN[${k}]: ${[written, mota].filter(Boolean).join('; ')}`,
        );
      }
      if (limit !== undefined) {
        const named = kind === undefined ? `KENH ${text(way.KENH) || '?'}` : CHANNEL_WORDS[kind];
        const situation = counted ? oneLine(mota) : '';
        const key = `${limit.value}\u0000${situation}`;
        const seen = bare.get(key);
        if (seen) seen.ways.push(named);
        else bare.set(key, { ways: [named], limit: limit.value, case: situation });
      }
      const note = [limit?.tail, mota].filter(Boolean).join('; ');
      const fee = recordFee(
        list(time.PHILEPHI),
        (entry, read, j) => leftovers.keep(entry, read, `CACHTHUCTHUCHIEN[${i}].THOIGIAN[${k}].PHILEPHI[${j}].`),
        ({ written, amount }) =>
          warnings.push(
            said('recordFeeDiffers', {
              channel: kind === undefined ? `KENH ${text(way.KENH) || '?'}` : CHANNEL_WORDS[kind],
              fee: written,
              amount: amount.toLocaleString('vi-VN'),
            }),
          ),
      );
      out.push({
        kind,
        limit: limit?.value,
        note: note || undefined,
        fee,
        case: mota || undefined,
        tail: limit?.tail,
        ...(unread ? { unread: written } : {}),
      });
    });
  });
  for (const { ways, limit, case: situation } of bare.values()) {
    const where = [ways.join(', '), situation].filter(Boolean).join(', ');
    const told = bareDaysSaid(limit, { en: `${where}: time limit`, vi: `${where}: thời hạn` });
    if (told) warnings.push(told);
  }
  return out;
}

function legalBasis(record: JsonObject, leftovers: Leftovers): string[] {
  return list(record.CANCUPHAPLY).flatMap((entry, i) => {
    if (!isObject(entry)) return text(entry) ? [unpunctuated(text(entry))] : [];
    leftovers.keep(entry, ['SOVANBAN', 'TENVANBAN', 'NGAYBANHANH'], `CANCUPHAPLY[${i}].`);
    const number = oneLine(text(entry.SOVANBAN));
    const name = unpunctuated(oneLine(text(entry.TENVANBAN)));
    const date = isoDate(text(entry.NGAYBANHANH));
    const line = basisCitation(name, number, date);
    return line ? [line] : [];
  });
}

/**
 * Whether a way's limit says the procedure's: by value, not words ("Không quá 05 ngày làm việc" is "5" "Ngày làm
 * việc"), so that a channel repeats no limit the document would print twice.
 */
function sameLimit(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [parseDuration(a), parseDuration(b)];
  return x !== undefined && y !== undefined && x.value === y.value && x.unit === y.unit && x.note === y.note;
}

/** Legal basis dates, for the default effective date: a procedure cannot take effect before its newest basis. */
function latestBasisDate(record: JsonObject): string | undefined {
  const dates = list(record.CANCUPHAPLY)
    .flatMap((entry) => (isObject(entry) ? [isoDate(text(entry.NGAYBANHANH))] : []))
    .filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}

/**
 * The dossier's papers; a line that counts its sets ("Số lượng hồ sơ: 01 bộ"), which is no paper, is put in `sets`.
 */
function dossier(record: JsonObject, leftovers: Leftovers, sets: string[]): NonNullable<Procedure['dossier']> {
  const papers = (lines: string) => {
    const apart = withoutSetsLines(items(lines));
    sets.push(...apart.sets.map(({ count }) => count));
    return apart.papers;
  };
  return list(record.THANHPHANHOSO).flatMap((part, i) => {
    if (!isObject(part)) return papers(text(part)).map(dossierItemOf);
    leftovers.keep(part, ['TRUONGHOP', 'GIAYTO'], `THANHPHANHOSO[${i}].`);
    const situation = oneLine(text(part.TRUONGHOP));
    return joinedPapers(
      list(part.GIAYTO).flatMap((paper, k) => {
        if (!isObject(paper))
          return papers(text(paper)).map((line) => ({
            ...dossierItemOf(line),
            ...(situation ? { case: situation } : {}),
          }));
        const address = formAddress(paper.URL);
        leftovers.keep(
          paper,
          ['TENGIAYTO', 'SOBANCHINH', 'SOBANSAO', 'TENMAUDON', ...(address ? ['URL'] : [])],
          `THANHPHANHOSO[${i}].GIAYTO[${k}].`,
        );
        const name = oneLine(text(paper.TENGIAYTO));
        if (!name) return [];
        const setsCount = dossierSetsOf(name);
        if (setsCount !== undefined) {
          sets.push(setsCount);
          return [];
        }
        // Originals in words ("01 bản chính", "02 bản gốc") are a count; other words ("01 bản chính (xuất trình)")
        // are kept with the copies, as a document's "Bản chính" column is read: never dropped.
        const originalsWords = oneLine(text(paper.SOBANCHINH));
        const originals = count(paper.SOBANCHINH) ?? originalsCount(originalsWords);
        const otherWords = originals === undefined && originalsWords ? originalsWords : undefined;
        // Copies in words ("01 bản chính (xuất trình)", "Theo nhu cầu") are the file's own form of them, never dropped.
        const copiesCount = count(paper.SOBANSAO);
        const copiesWords = oneLine(text(paper.SOBANSAO)) || undefined;
        const copies =
          otherWords === undefined
            ? (copiesCount ?? copiesWords)
            : [otherWords, copiesCount !== undefined ? `${String(copiesCount).padStart(2, '0')} bản sao` : copiesWords]
                .filter(Boolean)
                .join('; ');
        const formName = oneLine(text(paper.TENMAUDON));
        // The form's file on the portal is where a citizen gets it: its address is the form, after its name when the
        // record gives one ("Mẫu 05.docx (https://…)"), which the citizen page links.
        const form = address ? (formName ? `${formName} (${address})` : address) : formName;
        return [
          {
            name,
            ...(situation ? { case: situation } : {}),
            ...(originals !== undefined ? { originals } : {}),
            ...(copies !== undefined ? { copies } : {}),
            ...(form ? { form } : {}),
          },
        ];
      }),
    );
  });
}

type Paper = NonNullable<Procedure['dossier']>[number];

/**
 * A case's papers with a name the record split over entries joined (joinedEntries): the piece that goes on is no paper
 * of its own. Its counts and form fill what the paper's first piece leaves unsaid; pieces that both say one, and
 * differently, stay two papers.
 */
function joinedPapers(papers: Paper[]): Paper[] {
  const joined: Paper[] = [];
  for (const paper of papers) {
    const before = joined.at(-1);
    const names = before && joinedEntries([before.name, paper.name]);
    const clash = (key: 'originals' | 'copies' | 'form') =>
      before?.[key] !== undefined && paper[key] !== undefined && before[key] !== paper[key];
    if (
      before &&
      names?.length === 1 &&
      before.case === paper.case &&
      !(['originals', 'copies', 'form'] as const).some(clash)
    ) {
      joined[joined.length - 1] = { ...paper, ...before, name: names[0]! };
      continue;
    }
    joined.push(paper);
  }
  return joined;
}

/** A paper's URL when it is a web address (http or https, one word), the form a citizen downloads; else undefined. */
function formAddress(value: Json): string | undefined {
  const address = oneLine(text(value));
  return /^https?:\/\/\S+$/iu.test(address) ? address : undefined;
}

/** The public sequence of each case: the first becomes the draft steps, the others are kept in the note. */
function sequences(record: JsonObject, leftovers: Leftovers): { situation: string; names: string[] }[] {
  return list(record.TRINHTUTHUCHIEN).flatMap((part, i) => {
    if (!isObject(part)) return [{ situation: '', names: items(text(part)) }];
    leftovers.keep(part, ['TRUONGHOP', 'TRINHTU'], `TRINHTUTHUCHIEN[${i}].`);
    const names = list(part.TRINHTU).flatMap((step, k) => {
      if (!isObject(step)) return items(text(step));
      leftovers.keep(step, ['TENTRINHTU'], `TRINHTUTHUCHIEN[${i}].TRINHTU[${k}].`);
      const name = clean(text(step.TENTRINHTU));
      return name ? [name] : [];
    });
    return [{ situation: oneLine(text(part.TRUONGHOP)), names: joinedEntries(names) }];
  });
}

// A status (TRANGTHAI) that says the procedure is not in force: "Hết hiệu lực", "Đã bãi bỏ", "Chưa có hiệu lực",
// "Tạm ngưng", "Bị thay thế". Others ("Còn hiệu lực", "Công bố", the portal's numeric codes) say nothing to warn of.
const NOT_IN_FORCE = /hết hiệu lực|bãi bỏ|chưa (?:có )?hiệu lực|không còn|ngưng|ngừng|hủy|huỷ|thay thế|thu hồi/iu;

// A limit that names the same day ("Trả ngay trong ngày, hồ sơ nhận sau 15 giờ …"), folded: its refusal offers the
// same-day form first.
const SAME_DAY_WORDS = /\btrong (?:cung )?(?:mot )?ngay\b(?! lam viec tiep theo)|\bsame (?:working )?day\b/;

const READ = [
  'MATTHC',
  'TENTTHC',
  'LINHVUCTHUCHIEN',
  'COQUANTHUCHIEN',
  'CAPTHUCHIEN',
  'CACHTHUCTHUCHIEN',
  'THANHPHANHOSO',
  'TRINHTUTHUCHIEN',
  'CANCUPHAPLY',
  'YEUCAU',
  'MOTADOITUONGTHUCHIEN',
  'KETQUATHUCHIEN',
];

/** Options every importer shares. */
export interface ImportOptions {
  /** The effective date to write, YYYY-MM-DD; else one the source gives. */
  effective?: string | undefined;
}

/**
 * One national record as a procedure: code, title, field, agency, level, channels with their limits and fees,
 * dossier by case with original and copy counts, legal basis, conditions, applicants, result, and the public
 * sequence as draft steps. Skipped, with the reason, when it has no title or no time limit procmap can read.
 */
export function importRecord(record: Json, source: Translated, options: ImportOptions = {}): ImportOutcome {
  if (!isObject(record)) return { source, skipped: said('notRecord') };
  const code = oneLine(text(record.MATTHC));
  const title = oneLine(text(record.TENTTHC));
  const named = code ? withCode(source, code) : source;
  if (!title) return { source: named, skipped: said('recordNoTitle') };
  const leftovers = new Leftovers();
  const warnings: Translated[] = [];
  leftovers.keep(record, READ, '');

  // A procedure the national record no longer has in force ("Hết hiệu lực", "Đã bãi bỏ") is written all the same, as
  // nothing the record says is dropped, but never silently: published, it would offer what the law no longer does.
  const status = oneLine(text(record.TRANGTHAI));
  if (NOT_IN_FORCE.test(status)) warnings.push(said('recordNotInForce', { status }));

  const agencies = list(record.COQUANTHUCHIEN).map((agency, i) => {
    if (isObject(agency)) leftovers.keep(agency, ['TENDONVI'], `COQUANTHUCHIEN[${i}].`);
    return oneLine(isObject(agency) ? text(agency.TENDONVI) : text(agency));
  });
  const agency = agencies.filter(Boolean).join(AGENCY_SEPARATOR) || undefined;
  const levelText = oneLine(text(record.CAPTHUCHIEN));
  const level = levelText ? levelOf(levelText) : undefined;
  if (levelText && !level) {
    leftovers.lines.push(`CAPTHUCHIEN: ${levelText}`);
    warnings.push(said('level', { level: levelText }));
  }

  // One channel per way of filing: the limits a way gives per case are one channel's (record-cases.ts).
  const cutoffs: string[] = [];
  const { limits: ways, merged } = onePerKind(limits(record, leftovers, warnings, cutoffs));
  for (const { kind, count } of merged) warnings.push(said('channelCases', { channel: CHANNEL_WORDS[kind], count }));
  // A limit written but not read is never filled in: the procedure's limit from another way of filing, or a channel
  // left to take the procedure's, would publish a time the record does not give (3 days for "the same day").
  const unread = ways.find((w) => w.kind !== undefined && w.unread !== undefined);
  if (unread?.kind && unread.unread)
    return {
      source: named,
      skipped: said(SAME_DAY_WORDS.test(foldToAscii(unread.unread)) ? 'recordChannelSameDay' : 'recordChannelLimit', {
        channel: CHANNEL_WORDS[unread.kind],
        limit: unread.unread,
      }),
    };
  // The procedure's limit is the in-person one (the one the steps are timed against); another way's only when the
  // record has no in-person filing.
  const inPerson = ways.find((w) => w.kind === 'in_person');
  const main = inPerson ?? ways.find((w) => w.limit);
  if (!main?.limit)
    return {
      source: named,
      skipped: ways.some((w) => w.limit) ? said('recordNoInPersonLimit') : said('recordNoLimit'),
    };
  // The record says the same-day limit's cutoff in the description: "Trường hợp nhận hồ sơ sau 15 giờ thì …".
  const cutoff =
    cutoffs[0] ?? (parseDuration(main.limit)?.unit === 'sameday' && main.note ? cutoffInWords(main.note) : undefined);
  const procedureLimit = main.limit;
  const channels: Channel[] = ways
    .filter((w): w is Limit & { kind: Channel['kind'] } => w.kind !== undefined)
    .map((w) => ({
      kind: w.kind,
      ...(w.limit && !sameLimit(w.limit, procedureLimit) ? { time_limit: w.limit } : {}),
      ...(w.fee !== undefined && w.fee !== '' ? { fee: w.fee } : {}),
      ...(w.note ? { note: w.note } : {}),
    }));

  const cases = sequences(record, leftovers);
  if (cases[0]?.situation) leftovers.lines.push(`TRINHTUTHUCHIEN ${cases[0].situation}: written as the steps`);
  for (const other of cases.slice(1)) {
    leftovers.lines.push(`TRINHTUTHUCHIEN ${other.situation || '(another case)'}: ${other.names.join(' / ')}`);
  }
  if (cases.length > 1) warnings.push(said('moreCases', { count: cases.length - 1 }));
  const draft = draftSteps(cases[0]?.names ?? [], agency);
  warnings.push(draft.warning);

  // A record without a legal basis implies no date: a file it updates keeps its own, a new one cannot be written.
  const effective = options.effective ?? latestBasisDate(record) ?? '';
  const implied: NonNullable<ImportedProcedure['implied']> = [{ field: 'revision' }];
  if (!effective) implied.push({ field: 'effective', missing: said('recordNoEffective') });
  else if (!options.effective) {
    const warning = said('effectiveFromBasis', { date: vnDate(effective) });
    warnings.push(warning);
    implied.push({ field: 'effective', warning });
  }
  const basis = legalBasis(record, leftovers);
  const conditions = textListOrNone(text(record.YEUCAU));
  const applicants = oneLine(text(record.MOTADOITUONGTHUCHIEN));
  const result = clean(text(record.KETQUATHUCHIEN));
  const sets: string[] = [];
  const papers = dossier(record, leftovers, sets);
  // The first count of sets is the procedure's; another that says otherwise is kept in the note.
  for (const count of sets.slice(1))
    if (!sameSets(count, sets[0]!)) leftovers.lines.push(`THANHPHANHOSO: Số lượng hồ sơ: ${count}`);
  const field = clean(text(record.LINHVUCTHUCHIEN)).split('\n').join('; ');
  const procedure: Procedure = {
    id: idFor(code, title),
    title,
    ...(code ? { code } : {}),
    revision: 1,
    effective,
    ...(level ? { level } : {}),
    ...(field ? { field } : {}),
    ...(agency ? { agency } : {}),
    ...(applicants ? { applicants } : {}),
    time_limit: main.limit,
    ...(cutoff ? { cutoff } : {}),
    ...(channels.length > 0 ? { channels } : {}),
    bodies: draft.bodies,
    steps: draft.steps,
    ...(basis.length > 0 ? { legal_basis: basis } : {}),
    ...(conditions ? { conditions } : {}),
    ...(papers.length > 0 ? { dossier: papers } : {}),
    ...(sets[0] ? { dossier_count: sets[0] } : {}),
    // The procedure's fee is text: a fee of 0 is said in the words a channel's "Không" says it.
    ...(main.fee !== undefined && main.fee !== '' ? { fee: typeof main.fee === 'number' ? 'Không' : main.fee } : {}),
    ...(result ? { result } : {}),
  };
  if (leftovers.lines.length > 0) warnings.push(said('fieldsKept', { count: leftovers.lines.length }));
  return {
    source: named,
    imported: { procedure, notes: leftovers.lines, warnings, implied, partial: ['legal_basis'] },
  };
}

/** The procedure id: the national code when it is a valid id, else a slug of the title. */
export function idFor(code: string, title: string): string {
  if (code && procedureIdLike(code) === code) return code;
  return slug(code || title) || 'thu-tuc';
}

/** The records in a national record file: one record, a list of them, or a list under one key of a wrapper. */
export function recordsIn(data: Json): Json[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if ('MATTHC' in data || 'TENTTHC' in data) return [data];
  const lists = Object.values(data).filter(
    (value) => Array.isArray(value) && value.some((item) => isObject(item) && ('MATTHC' in item || 'TENTTHC' in item)),
  );
  return lists.length === 1 ? (lists[0] as Json[]) : undefined;
}
