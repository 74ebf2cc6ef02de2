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
 * a channel's note naming the public-service portal, a place.
 */
export function withWebLinks(text: string): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (!isWebAddress(address)) continue;
    parts.push(html`${text.slice(at, match.index)}<a href="${address}">${address}</a>`);
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

/** A dossier form with its link: one address with spaces in its file name linked whole, else as `withWebLinks`. */
export function withFormLink(form: string): SafeHtml {
  const value = form.trim();
  const href = spacedAddress(value);
  return href === undefined ? withWebLinks(form) : html`<a href="${href}">${value}</a>`;
}
