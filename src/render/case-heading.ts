import { asciiWords } from '../model/fold.js';

// A case that already says it is one: "Trường hợp ủy quyền", "Đối với trường hợp …", "Nếu …", "In case of …".
const NAMES_ITSELF = /^(?:(?:doi voi|voi|neu la) )?(?:truong hop|th|neu|khi|case|in case|if|where|for)\b/;

/**
 * The heading of a dossier case: "Trường hợp: ủy quyền" (`label`: the case's word in the document's language), or
 * the case as written when it already names itself one, which would read "Trường hợp: Trường hợp ủy quyền".
 */
export function caseHeading(text: string, label: string): string {
  return NAMES_ITSELF.test(asciiWords(text)) ? text : `${label}: ${text}`;
}
