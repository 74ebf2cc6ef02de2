/**
 * Text that is already markup and must reach the output as it is: the flowchart SVG, the stylesheet. Handlebars
 * prints a value's toHTML() unescaped, so templates need no triple-stash; user text is never wrapped in this.
 */
export class Markup {
  constructor(readonly text: string) {}

  /** What Handlebars prints for this value. */
  toHTML(): string {
    return this.text;
  }

  /** The same text, for string contexts such as Markdown. */
  toString(): string {
    return this.text;
  }
}

/** A view with every plain text passed through `change`; markup and values that are not text stay as they are. */
export function mapTexts(value: unknown, change: (text: string) => string | Markup): unknown {
  if (typeof value === 'string') return change(value);
  if (value instanceof Markup || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, change));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, change)]));
}

// What a flowchart renderer that keeps labels as SVG text never produces: elements that run code, load a resource
// or carry HTML, event handlers, and links or style rules that leave the document. mermaid's strict security level
// already removes these; this is a second fence. Only tags are examined: user text in labels is escaped text.
const FORBIDDEN_ELEMENT =
  /^(script|foreignobject|iframe|object|embed|image|use|a|animate|animatemotion|animatetransform|set|handler|audio|video|feimage)$/i;
// A tag, quoted attribute values (which may hold `>`) included.
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const EXTERNAL_STYLE = /@import|url\(\s*['"]?(?!#|data:)/i;
const STYLE_TEXT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>|\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function unsafeTag(tag: string): boolean {
  if (tag.startsWith('<!--') || tag.startsWith('<?')) return false;
  const name = /^<\/?\s*(?:[\w.-]+:)?([\w.-]+)/.exec(tag)?.[1];
  if (name === undefined || FORBIDDEN_ELEMENT.test(name)) return true;
  const values = [...tag.matchAll(/\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)];
  const withoutValues = tag.replace(/"[^"]*"|'[^']*'/g, '""');
  if (/\son[a-z]+\s*=/i.test(withoutValues)) return true;
  return values.some(
    ([, attribute, double, single]) => /(^|:)href$/i.test(attribute!) && !(double ?? single ?? '').startsWith('#'),
  );
}

/** Wraps a rendered flowchart for inline use, refusing SVG that could run code or load anything. */
export function svgMarkup(svg: string): Markup {
  const trimmed = svg.trim();
  const safe =
    /^<svg[\s>]/.test(trimmed) &&
    /<\/svg\s*>$/.test(trimmed) &&
    trimmed.indexOf('</svg') === trimmed.lastIndexOf('</svg') &&
    ![...trimmed.matchAll(TAG)].some(([tag]) => unsafeTag(tag)) &&
    ![...trimmed.matchAll(STYLE_TEXT)].some(([, sheet, double, single]) =>
      EXTERNAL_STYLE.test(sheet ?? double ?? single ?? ''),
    );
  if (!safe)
    throw new Error(
      'The flowchart SVG contains markup that is not allowed in a document (script, event handler, foreign object or external reference)',
    );
  return new Markup(trimmed);
}
