import { asciiWords } from './fold.js';
import type { ChannelKind } from './types.js';

// Ways of filing as the national record (KENH 1, 2, 3), step tables and one-stop software name them, in ASCII words;
// online filing "toàn trình" (fully) or "một phần" (partly), as Decree 42/2022/NĐ-CP grades it, is still online, with or
// without the one-stop software's "DVC"/"DVCTT" (dịch vụ công trực tuyến) before it; the portal by its everyday name
// ("Cổng DVC quốc gia") and the VNeID app, through which the national portal takes dossiers, are online too, and so is
// online filing at a level the decree replaced ("Trực tuyến mức độ 4"); "BCCI" is the public postal service (bưu chính
// công ích) by its initials.
const CHANNEL_WORDS: [RegExp, ChannelKind][] = [
  [
    /^(1|(nop )?truc tiep( tai (quay|bo phan (mot cua|tiep nhan( va tra ket qua)?)|trung tam .*))?|tai quay|tai bo phan mot cua|in person|counter|direct|offline)$/,
    'in_person',
  ],
  [
    /^(2|(nop (ho so )?)?(qua )?(dvc |dich vu cong )?truc tuyen( toan trinh| mot phan| muc do [34])?( (qua|tren) cong .*)?|online|dvc(tt)?( truc tuyen)?( toan trinh| mot phan)?|dich vu cong( truc tuyen)?( toan trinh| mot phan)?|(qua |tren )?cong (dich vu cong|dvc(qg)?)( quoc gia| .*)?|(qua |tren )?(ung dung )?vneid|qua mang|internet)$/,
    'online',
  ],
  [
    /^(3|(nop (ho so )?)?(qua )?(dich vu )?buu (chinh|dien)( cong ich)?|(qua )?bcci|postal|post|mail|by (public )?postal service)$/,
    'postal',
  ],
];

// The verb a portal writes before a way of filing: "Nộp hồ sơ trực tiếp", "Hồ sơ nộp trực tuyến", "Gửi hồ sơ qua …";
// or the dossier alone, as a limit's exception names the way: "(hồ sơ trực tuyến: 04 ngày làm việc)".
const FILING_LEAD = /^(?:(?:ho so )?(?:nop|gui)(?: ho so)? |ho so )/;
// Where the dossier is filed, after the way: "… tại Bộ phận Một cửa", "… trên Cổng dịch vụ công tỉnh", "… qua …".
const PLACE = / (?:tai|tren|qua) /;

const kindOfWords = (words: string) => CHANNEL_WORDS.find(([pattern]) => pattern.test(words))?.[1];

/**
 * A way of filing as officers, portals and software write it (`Trực tuyến`, `qua bưu chính`, `Nộp hồ sơ trực tiếp
 * tại UBND xã`, `online`, `2`), or undefined: the name, without "nộp hồ sơ" before it and the place after it.
 */
export function channelOf(text: string): ChannelKind | undefined {
  const words = asciiWords(text);
  const core = words.replace(FILING_LEAD, '');
  const named = kindOfWords(words) ?? kindOfWords(core);
  if (named !== undefined) return named;
  const place = PLACE.exec(core);
  // A place that is itself a way of filing ("trực tiếp qua bưu chính") names two ways: which one is the officer's.
  if (place === null || kindOfWords(core.slice(place.index + 1)) !== undefined) return undefined;
  return kindOfWords(core.slice(0, place.index));
}

// Between the names of ways of filing on one line: "Trực tiếp; Trực tuyến", "trực tiếp, qua bưu chính hoặc trực tuyến".
// No spaces around it in the pattern: a run of them would make splitting take quadratic time; each name is trimmed.
const CHANNEL_SEPARATOR = /[;,/+\n]|\s(?:và|hoặc|hay|and|or)\s/iu;

/**
 * The ways of filing named on one line (`Trực tiếp; Trực tuyến`), each once, in their order; or the first name that
 * is no way of filing.
 */
export function channelsIn(text: string): { kinds: ChannelKind[] } | { unread: string } {
  const kinds: ChannelKind[] = [];
  for (const part of text.split(CHANNEL_SEPARATOR)) {
    if (part.trim() === '') continue;
    // "Trực tuyến một phần, toàn trình": the grade after online filing is the same way of filing at another grade.
    if (kinds.includes('online') && isGradeAlone(part)) continue;
    const kind = channelOf(part);
    if (kind === undefined) return { unread: part.trim() };
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? { kinds } : { unread: text };
}

/**
 * Whether ways of filing named on one line say where the dossier is filed after a name ("Trực tiếp tại Công an cấp
 * xã"): channelOf reads the way and leaves the place out, which an import keeps in the file's note.
 */
export function placeNamed(text: string): boolean {
  return text.split(CHANNEL_SEPARATOR).some((part) => {
    const words = asciiWords(part);
    return (
      kindOfWords(words) === undefined &&
      kindOfWords(words.replace(FILING_LEAD, '')) === undefined &&
      channelOf(part) !== undefined
    );
  });
}

/**
 * Whether a text of ways of filing names a place (placeNamed) that none of `channels` keeps in its note: where to
 * file is no field of its own, so a channel's note is the only field that holds it.
 */
export function placeUnnoted(text: string, channels: readonly { kind: ChannelKind; note?: string }[]): boolean {
  return text
    .split(CHANNEL_SEPARATOR)
    .some(
      (part) =>
        placeNamed(part) &&
        !channels.some(
          (c) => c.kind === channelOf(part) && c.note !== undefined && channelNote(part, c.note) === c.note,
        ),
    );
}

/**
 * The ways of filing named on one line, each once, online with the grade its name said as its note (`Trực tiếp; Trực
 * tuyến toàn trình` → in person, and online noted "Trực tuyến toàn trình"), as a list of them keeps it; the first name
 * that is no way of filing; or the two grades of online filing the line names, which procmap cannot choose between.
 */
export function channelsNamed(
  text: string,
): { channels: { kind: ChannelKind; note?: string }[] } | { unread: string } | { grades: [string, string] } {
  const channels: { kind: ChannelKind; note?: string }[] = [];
  for (const part of text.split(CHANNEL_SEPARATOR)) {
    if (part.trim() === '') continue;
    const kind = channelOf(part);
    if (kind === undefined) return { unread: part.trim() };
    const note = channelNote(part, undefined);
    const seen = channels.find((channel) => channel.kind === kind);
    if (seen === undefined) channels.push(note === undefined ? { kind } : { kind, note });
    else if (seen.note === undefined && note !== undefined) seen.note = note;
    else if (seen.note !== undefined && note !== undefined && seen.note !== note) return { grades: [seen.note, note] };
  }
  return channels.length > 0 ? { channels } : { unread: text };
}

// The grades of online filing, as the national database of procedures keeps them (Decree 42/2022/NĐ-CP: dịch vụ công
// trực tuyến toàn trình, fully online, or một phần, partly), in ASCII words and as a note prints them.
const GRADES: readonly [string, string][] = [
  ['toan trinh', 'Trực tuyến toàn trình'],
  ['mot phan', 'Trực tuyến một phần'],
];

/** The grade of online filing a channel's name says, its ASCII words and its note; undefined when it says none. */
function gradeOf(name: string): readonly [string, string] | undefined {
  if (channelOf(name) !== 'online') return undefined;
  const words = asciiWords(name);
  return GRADES.find(([grade]) => words === grade || words.endsWith(` ${grade}`));
}

/** Whether a name is a grade of online filing alone ("toàn trình", "một phần"), as a list of grades goes on after one. */
export function isGradeAlone(name: string): boolean {
  const words = asciiWords(name);
  return GRADES.some(([grade]) => words === grade);
}

// The levels of online public services before Decree 42/2022/NĐ-CP, as exports still write them: level 4 became
// "toàn trình", level 3 "một phần".
const LEVELS: readonly [RegExp, string][] = [
  [/ muc do 4 /g, ' toan trinh '],
  [/ muc do 3 /g, ' mot phan '],
];

/** A text's ASCII words, spaced at both ends, with a level the decree replaced written as its grade. */
const gradeWords = (text: string) =>
  LEVELS.reduce((out, [level, grade]) => out.replace(level, grade), ` ${asciiWords(text)} `);

/**
 * The way of filing a dossier export's channel cell names: as channelOf reads it, or a grade of online filing alone,
 * as one-stop software fills the column ("Toàn trình", "Một phần", "Mức độ 4"), which can only be online filing.
 */
export function channelOfCell(text: string): ChannelKind | undefined {
  const kind = channelOf(text);
  if (kind !== undefined) return kind;
  const words = gradeWords(text).trim();
  if (GRADES.some(([grade]) => words === grade)) return 'online';
  // A level after the service's name ("DVC mức độ 4", "Dịch vụ công mức độ 3"): read as the grade it became.
  return words === asciiWords(text) ? undefined : channelOf(words);
}

// The grades of the texts read last: ontime asks for a channel cell's on every row, and an export's channel column
// holds a handful of texts. Bounded, for a column of free text.
const GRADES_READ = new Map<string, readonly string[]>();

/** The grades of online filing a text names, their ASCII words in the order written ("mot phan", "toan trinh"). */
export function gradesIn(text: string): readonly string[] {
  let grades = GRADES_READ.get(text);
  if (grades === undefined) {
    const words = gradeWords(text);
    grades = GRADES.map(([grade]) => grade)
      .filter((grade) => words.includes(` ${grade} `))
      .sort((a, b) => words.indexOf(` ${a} `) - words.indexOf(` ${b} `));
    if (GRADES_READ.size >= 1000) GRADES_READ.clear();
    GRADES_READ.set(text, grades);
  }
  return grades;
}

/**
 * The note of the grade of online filing that names of ways of filing say ("Trực tiếp, trực tuyến toàn trình" →
 * "Trực tuyến toàn trình"), for the online channel among them; undefined when they say none. Only online is graded.
 * Both grades named for one limit ("Trực tuyến một phần, toàn trình") are both kept, "Trực tuyến một phần và toàn
 * trình": the limit is the same at either.
 */
export function onlineGradeIn(names: string): string | undefined {
  const grades = gradesIn(names).map((found) => GRADES.find(([grade]) => grade === found)![1]);
  if (grades.length < 2) return grades[0];
  // Joined by "và", not a comma: the note is written plain in a flow map, where a comma would end it.
  return `${grades[0]} và ${grades[1]!.replace(/^Trực tuyến /u, '')}`;
}

// The names that say a way of filing and nothing more, in ASCII words after the filing verb ("trực tiếp", "qua bưu
// chính", "DVC trực tuyến", "2"), their grade of online filing taken off: any other word is the officer's to keep.
const PLAIN_NAMES =
  /^(?:[123]|in person|counter|direct|offline|tai quay|truc tiep|(?:qua )?(?:dvc |dich vu cong )?truc tuyen|online|qua mang|internet|dvc(?:tt)?(?: truc tuyen)?|dich vu cong(?: truc tuyen)?|(?:qua )?(?:dich vu )?buu (?:chinh|dien)(?: cong ich)?|postal|post|mail|by (?:public )?postal service)$/;
// The verb before the way, as written: "Nộp hồ sơ trực tiếp tại UBND xã" is filing "trực tiếp tại UBND xã".
const FILING_VERB = /^(?:(?:hồ sơ\s+)?(?:nộp|gửi)(?:\s+hồ sơ)?\s+|hồ sơ\s+)/iu;

/**
 * What a channel's name says beyond its kind, for its note: the grade of online filing as the national database
 * words it ("Trực tuyến toàn trình"), or the name as written, without the verb before it, where it says more (the
 * portal, the app, the place: "Ứng dụng VNeID", "Trực tiếp tại UBND xã"); undefined for a name that says the kind alone.
 */
function wordsBeyondKind(name: string): string | undefined {
  if (channelOf(name) === undefined) return undefined;
  const core = asciiWords(name).replace(FILING_LEAD, '');
  const grade = gradeOf(name);
  const bare = grade !== undefined && core.endsWith(` ${grade[0]}`) ? core.slice(0, -grade[0].length - 1) : core;
  if (PLAIN_NAMES.test(bare)) return grade?.[1];
  const words = name.normalize('NFC').trim().replace(FILING_VERB, '');
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}

/**
 * A channel's note with what its name says beyond its kind kept first ("Trực tuyến một phần; …", "Ứng dụng VNeID"):
 * the kind is the same either way, and the grade, portal, app or place would otherwise be lost. The note as it was
 * when the name says the kind alone, or the note already says it.
 */
export function channelNote(name: string, note: string | undefined): string | undefined {
  const words = wordsBeyondKind(name);
  if (words === undefined) return note;
  const grade = gradeOf(name);
  const said = grade !== undefined && words === grade[1] ? grade[0] : asciiWords(words);
  if (note !== undefined && ` ${asciiWords(note)} `.includes(` ${said} `)) return note;
  return note === undefined ? words : `${words}; ${note}`;
}

// The words that name a way of filing inside a longer text, in ASCII words: "trực tuyến", "trực tiếp", "bưu chính".
const CHANNEL_MENTIONS: readonly [RegExp, ChannelKind][] = [
  [/(?:^| )(?:truc tuyen|online|dich vu cong|qua mang)(?: |$)/, 'online'],
  [/(?:^| )(?:truc tiep|tai quay)(?: |$)/, 'in_person'],
  [/(?:^| )(?:buu chinh|buu dien|postal)(?: |$)/, 'postal'],
];

/**
 * The way of filing a text mentions anywhere in it ("đối với hồ sơ nộp trực tuyến còn …" → online), the first found
 * when it names several; undefined when it names none. Unlike channelOf, the text need not be a name alone.
 */
export function channelMentioned(text: string): ChannelKind | undefined {
  const words = asciiWords(text);
  let first: { kind: ChannelKind; at: number } | undefined;
  for (const [pattern, kind] of CHANNEL_MENTIONS) {
    const at = words.search(pattern);
    if (at >= 0 && (first === undefined || at < first.at)) first = { kind, at };
  }
  return first?.kind;
}
