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
