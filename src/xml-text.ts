import { withoutControls } from './model/control-characters.js';

// Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab and line ends, lone surrogates,
// U+FFFE/U+FFFF): Word and Excel call a file with one damaged, and a file passes lint with one in a title.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as an XML file (Word, Excel, BPMN, JUnit) can hold it: Word's line and page breaks a space, as every output
 * prints them (two words never merge), other control characters dropped; each other character XML forbids becomes
 * `replacement`.
 */
export function xmlSafe(text: string, replacement = ''): string {
  return withoutControls(text).replace(NOT_XML, replacement);
}

/** Text as the content of an XML element: characters XML forbids dropped, markup characters escaped. */
export function xmlEscaped(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
