import { html, type SafeHtml } from './html.js';

// A web address inside text: it runs to the next space or character that cannot be in one unescaped.
const ADDRESS = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends the sentence rather than the address: "… tại https://dichvucong.gov.vn." links without the dot.
const TRAILING = /[.,;:!?…»”’]+$/;

function trimAddress(found: string): string {
  let address = found.replace(TRAILING, '');
  // A closing bracket belongs to the address only when the address opened one: "(xem https://a.vn/x)".
  while (/[)\]]$/.test(address) && (address.match(/[([]/g) ?? []).length < (address.match(/[)\]]/g) ?? []).length)
    address = address.slice(0, -1).replace(TRAILING, '');
  return address;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Text with its web addresses as links (http and https only, the rest escaped): a dossier form given as an address,
 * a channel's note naming the public-service portal, a place. `shown` words a link; the address itself by default.
 */
export function withWebLinks(text: string, shown: (address: string) => string = (address) => address): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (!isWebAddress(address)) continue;
    parts.push(html`${text.slice(at, match.index)}<a href="${address}">${shown(address)}</a>`);
    at = match.index + address.length;
  }
  return html`${parts}${text.slice(at)}`;
}

// The ending of a file a form is published as: what makes "mẫu tờ khai.docx" plainly the end of one address.
const DOCUMENT_FILE = /\.(?:docx?|xlsx?|pdf|odt|ods|rtf|zip|rar)$/i;

/**
 * An address with spaces that is one address all the same: officers copy a file's name as it is shown
 * ("https://a.vn/mẫu tờ khai.docx"), so an address whose words run to the end of the value and to a file ending is
 * linked whole, its spaces and letters percent-encoded as a browser does. Words after an address that already ends
 * in a file name, or that name another address, are not part of it. Undefined for anything else.
 */
function spacedAddress(value: string): string | undefined {
  if (!/^https?:\/\/\S+\s/i.test(value) || !DOCUMENT_FILE.test(value) || /\shttps?:\/\//i.test(value)) return undefined;
  if (DOCUMENT_FILE.test(value.split(/\s/, 1)[0]!) || !isWebAddress(value)) return undefined;
  return new URL(value).href;
}

/** Where a dossier form given as a web address links to (spaces in its file name too); undefined when it is not one. */
export function formAddress(form: string): string | undefined {
  const value = form.trim();
  if (/^https?:\/\/\S+$/i.test(value)) return isWebAddress(value) ? value : undefined;
  return spacedAddress(value);
}

/**
 * The name of the document an address downloads, decoded as a citizen reads it ("To-khai-dang-ky.docx", "mẫu tờ
 * khai.docx"); undefined when its last part is no document's name (a portal's `download_file.jsp?ma=…`).
 */
export function addressFileName(href: string): string | undefined {
  const last = new URL(href).pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray "%" is the name as written.
  }
  return DOCUMENT_FILE.test(name) ? name : undefined;
}

// A form's name with its address after it, as import writes a record's TENMAUDON and URL: "Mẫu 05.docx (https://…)",
// "Tờ khai: https://…".
const NAMED_ADDRESS = /^(.*?\S)\s*(?:\(\s*(https?:\/\/\S+?)\s*\)|[:–-]?\s+(https?:\/\/\S+))$/iu;

/**
 * A form given as a web address, linked by words a citizen reads, never the long address: its name where one is
 * written before the address, else the document's file name, else `paper` (the paper the form is for). Undefined for
 * a form that is not one address.
 */
export function formLink(form: string, paper: string): { text: string; href: string } | undefined {
  const value = form.trim();
  const whole = formAddress(value);
  if (whole !== undefined) return { text: addressFileName(whole) ?? paper, href: whole };
  const named = NAMED_ADDRESS.exec(value);
  const href = named?.[2] ?? named?.[3];
  if (named === null || href === undefined || !isWebAddress(href) || /https?:\/\//i.test(named[1]!)) return undefined;
  return { text: named[1]!, href };
}

/** A form's address inside its words, as the link says it: the document's file name, else the site's name. */
function shortAddress(address: string): string {
  return addressFileName(address) ?? new URL(address).hostname;
}

/**
 * A dossier form with its links: one address with spaces in its file name linked whole, else as `withWebLinks`; each
 * link says the document's file name (or the site's), not the address.
 */
export function withFormLink(form: string): SafeHtml {
  const value = form.trim();
  const href = spacedAddress(value);
  return href === undefined ? withWebLinks(form, shortAddress) : html`<a href="${href}">${shortAddress(href)}</a>`;
}
