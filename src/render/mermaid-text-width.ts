// mermaid's computeWidthOfText as minified in mermaid 11 (createText.ts): it appends a <text> with one <tspan> to the
// label's group, writes the line into it, asks the browser for its length and removes it again. Each call forces a
// style and layout pass: a quarter of a flowchart's time in a page (December 2026: 2,792 calls and 1.0 s of 3.8 s for
// the bundled catalog's 17 charts). The minifier's names differ per build (the function, the group, the line height,
// the line, the text, the tspan, the helpers, the length, the naming helper), so they are matched, not spelled.
const COMPUTE_WIDTH_OF_TEXT =
  /function (\w+)\((\w+),(\w+),(\w+)\)\{(let (\w+)=\2\.append\("text"\),(\w+)=\w+\(\6,1,\3\);\w+\(\7,\4\);let (\w+)=\7\.node\(\)\.getComputedTextLength\(\);return \6\.remove\(\),\8)\}(\w+)\(\1,"computeWidthOfText"\)/g;

/**
 * The page-side cache of measured widths. A line's length is a function of its words (with their bold or italic), the
 * pixel ratio, and the computed font of the <tspan> that holds it. That font is decided by the page's style sheets and,
 * for every element from the label's group up to the document root, its name and the attributes that selectors and
 * inheritance can read. The key holds all of these, so a width is reused only where the browser would compute the same
 * one. Left out of the key: attributes of geometry (position, size, shape, transform), which no font property inherits
 * and no selector in the sheets names, and ids the sheets never mention.
 *
 * Not cached (every line measured as before) when the sheets could make the font depend on anything else: selectors on
 * siblings or position among them, states or other pseudo-classes (`+`, `~`, `:…` other than `:root`), attribute
 * selectors on the left-out attributes, at-rules other than @keyframes (media and container queries, web fonts still
 * loading, imports), viewport or container units, sheets not written in a <style> element, disabled or with a media
 * list, and adopted sheets. Rules changed through the CSSOM (insertRule) are not seen: mermaid's flowchart code makes
 * none. At most 20,000 widths are kept.
 *
 * Labels repeat across a catalog's charts (lane names, "Tiếp nhận hồ sơ"…): 42 % of the measurements of the bundled
 * 17 charts are repeats, nearly all from another chart, and 84 % of those of 60 synthetic charts.
 */
export const TEXT_WIDTH_CACHE = String.raw`
const __procmapWidths = new Map();
const __procmapSheets = new Map();
const __procmapSheetOf = new WeakMap();
const __procmapGeometry = new Set(['transform', 'x', 'y', 'dx', 'dy', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'viewBox']);
// Selectors that make a font depend on more than the key holds: siblings, pseudo-classes but :root, and attribute
// selectors on what the key leaves out.
const __procmapUnsafeSelector = new RegExp('[+~]|(?<!:):(?!:|root\\b)|\\[\\s*(?:id|' + [...__procmapGeometry].join('|') + ')\\b', 'i');
function __procmapStyle() {
  if (document.adoptedStyleSheets.length > 0) return undefined;
  let key = '';
  const sheets = [];
  for (const sheet of document.styleSheets) {
    const owner = sheet.ownerNode;
    if (!owner || owner.localName !== 'style' || sheet.disabled || sheet.media.length > 0) return undefined;
    const css = owner.textContent;
    let known = __procmapSheetOf.get(owner);
    if (known === undefined || known.css !== css) {
      let entry = __procmapSheets.get(css);
      if (entry === undefined) {
        const selectors = css.replace(/\/\*[^]*?\*\//g, '').match(/[^{};]*(?=\{)/g) ?? [];
        const unsafe = selectors.some((s) => __procmapUnsafeSelector.test(s)) || /@(?!(?:-webkit-)?keyframes\b)|\d(?:[sld]?v(?:[whib]|min|max)|cq(?:[whib]|min|max))\b/i.test(css);
        entry = unsafe ? null : { key: String(__procmapSheets.size), css, ids: new Map() };
        __procmapSheets.set(css, entry);
      }
      known = { css, entry };
      __procmapSheetOf.set(owner, known);
    }
    if (known.entry === null) return undefined;
    key += known.entry.key + ',';
    sheets.push(known.entry);
  }
  return { key, sheets };
}
function __procmapMentioned(sheets, id) {
  for (const sheet of sheets) {
    let found = sheet.ids.get(id);
    if (found === undefined) sheet.ids.set(id, (found = sheet.css.includes(id)));
    if (found) return true;
  }
  return false;
}
function __procmapTextWidth(node, lineHeight, line, measure) {
  const style = node.isConnected ? __procmapStyle() : undefined;
  if (style === undefined) return measure();
  let key = style.key + devicePixelRatio + ' ' + lineHeight;
  for (const word of line) key += ' ' + word.type + ':' + word.content.length + ':' + word.content;
  for (let element = node; element !== null; element = element.parentElement) {
    key += '<' + element.namespaceURI + ' ' + element.localName;
    for (const attribute of element.attributes) {
      const name = attribute.name;
      if (__procmapGeometry.has(name)) continue;
      const value = attribute.value;
      if (name === 'id' && !__procmapMentioned(style.sheets, value)) continue;
      key += ' ' + name + '=' + value.length + ':' + value;
    }
  }
  let width = __procmapWidths.get(key);
  if (width === undefined) {
    width = measure();
    if (__procmapWidths.size >= 20000) __procmapWidths.clear();
    __procmapWidths.set(key, width);
  }
  return width;
}
`;

/**
 * mermaid's code with computeWidthOfText answering from TEXT_WIDTH_CACHE where it can: the same widths, so the same
 * SVG (test/render/diagram-fast-path.test.ts compares with the published bundle, charts whose labels repeat under
 * other styles included). Code without exactly one computeWidthOfText of that form is returned as it is.
 */
export function patchTextWidth(code: string): string {
  if ((code.match(COMPUTE_WIDTH_OF_TEXT) ?? []).length !== 1) return code;
  const patched = code.replace(
    COMPUTE_WIDTH_OF_TEXT,
    (_, name, group, lineHeight, line, body, _text, _tspan, _length, naming) =>
      `function ${name}(${group},${lineHeight},${line}){return __procmapTextWidth(${group}.node(),${lineHeight},${line},()=>{${body}})}${naming}(${name},"computeWidthOfText")`,
  );
  return `${patched}\n${TEXT_WIDTH_CACHE}\n`;
}
