import { isoDate, vnDate } from './text.js';

// How a Vietnamese legal document is cited: "<kind> số <number> ngày <date> <summary>" ("Thông tư số 16/2013/TT-BTP
// ngày 15/11/2013 sửa đổi, bổ sung …"); a law's summary is its name, so its number and date come after it ("Luật Hộ
// tịch số 60/2014/QH13 ngày 20/11/2014"). A national record gives the three apart (TENVANBAN is often the kind and
// summary alone, or already holds the number): put after a long summary, they read as those of a document it names.

// The kinds of legal document, longest first ("Thông tư liên tịch" before "Thông tư"), before a summary in lower case
// ("sửa đổi …", "quy định …", "của Chính phủ về …"); a capital after the kind starts a name ("Luật Hộ tịch").
const KIND =
  /^(?:bộ luật|luật|pháp lệnh|hiến pháp|nghị quyết liên tịch|nghị quyết|nghị định|thông tư liên tịch|thông tư|quyết định|chỉ thị|lệnh|công văn|văn bản hợp nhất|văn bản|công điện|kế hoạch|hướng dẫn)(?=\s)/iu;

/** The kind a name starts with when a summary follows it ("Thông tư" in "Thông tư sửa đổi …"), else undefined. */
function kindBeforeSummary(title: string): string | undefined {
  const kind = KIND.exec(title)?.[0];
  // Case matters here (the kind's does not): a capital after the kind starts a name.
  return kind !== undefined && /^\s+\p{Ll}/u.test(title.slice(kind.length)) ? kind : undefined;
}

// A date in the text as documents write it after "ngày": "15/11/2013", "15-11-2013", "15 tháng 11 năm 2013".
const DATES = /ngày\s+(\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))/giu;

/** Where the text says the date `iso` ("ngày 15/11/2013"), as the index of its "ngày"; undefined where it does not. */
function dateAt(text: string, iso: string): number | undefined {
  for (const found of text.matchAll(DATES)) if ((isoDate(found[1]!) ?? isoDate(found[0])) === iso) return found.index;
  return undefined;
}

/**
 * A legal basis entry from a document's name, number and date apart, in the form documents cite it: the number and
 * date after the kind when a summary follows it, after the name otherwise; either left out where the name has it.
 * `date` is YYYY-MM-DD.
 */
export function basisCitation(name: string, number: string, date: string | undefined): string {
  const title = name.normalize('NFC');
  const sign = number.normalize('NFC');
  const dated = date === undefined ? undefined : dateAt(title, date);
  const numbered = sign === '' ? -1 : title.indexOf(sign);
  const saysDate = date === undefined || dated !== undefined ? '' : `ngày ${vnDate(date)}`;
  if (numbered >= 0) {
    // The name has the number: the date, if it lacks it too, goes right after the number.
    if (!saysDate) return title;
    const end = numbered + sign.length;
    return [title.slice(0, end), saysDate, title.slice(end).trim()].filter(Boolean).join(' ');
  }
  const saysNumber = sign === '' ? '' : `số ${sign}`;
  // The name has the date alone: the number goes before it, as "số … ngày …" reads.
  if (dated !== undefined)
    return [title.slice(0, dated).trim(), saysNumber, title.slice(dated)].filter(Boolean).join(' ');
  const kind = kindBeforeSummary(title);
  if (kind) return [kind, saysNumber, saysDate, title.slice(kind.length).trim()].filter(Boolean).join(' ');
  return [title, saysNumber, saysDate].filter(Boolean).join(' ');
}
