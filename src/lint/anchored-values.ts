import { isMap, withValueAt } from '../model/data-object.js';
import { dataStrings } from '../model/data-strings.js';
import type { AnchoredValue, LoadedFile } from '../model/load.js';
import { refused } from '../model/field-refuses.js';

// `body: &cm CM` is valid YAML for "CM" with a name no "*cm" uses; `name: &Thẩm định hồ sơ` is a text whose first word
// YAML took for such a name. The loader reads both whole, as text. Where the field cannot hold the whole text (a body,
// a duration, an id), YAML's reading was meant: the data holds it and the warning says to remove the mark.

/** The file as meant where a name YAML read before a value stands in a field that cannot hold the whole text. */
export function withAnchoredValues(source: LoadedFile): LoadedFile {
  const marks = source.anchoredValues;
  if (marks === undefined || !isMap(source.data)) return source;
  let data: unknown = source.data;
  const meant = new Map<AnchoredValue, AnchoredValue['named']>();
  for (const [path, text] of dataStrings(source.data)) {
    const range = source.locate(path);
    const mark = marks.find((m) => m.value.line === range.line && m.value.column === range.column);
    if (mark === undefined || !refused(data, path, text)) continue;
    data = withValueAt(data, path, mark.read);
    meant.set(mark, mark.named);
  }
  if (meant.size === 0) return source;
  const told = new Map([...meant].map(([mark, named]) => [mark.diagnostic, named]));
  return { ...source, data, diagnostics: source.diagnostics.map((d) => told.get(d) ?? d) };
}
