/** What a SARIF viewer shows for a rule (GitHub code scanning's "Rule help"), taken from the rule's page. */
export interface RuleHelp {
  /** The first paragraph of the page's "Why": SARIF's `fullDescription`. */
  summary: string;
  /** Why, as plain text, and the page's address: SARIF's `help.text`. */
  text: string;
  /** Why in Markdown, links made absolute, with the examples when they are short: SARIF's `help.markdown`. */
  markdown: string;
}

// Enough for the reason and a short example; a long page (parse, within-time-limit) is cut at a paragraph or a
// sentence, and the rest is one link away: a SARIF file carries every rule's help, and CI uploads it on every run.
// The examples go in the Markdown only, which is what GitHub shows; the text is its fallback.
const MAX_WHY = 900;
const MAX_EXAMPLES = 700;

/** The body of the `## name` section of a page, without its heading, or "" when it has none. */
function section(page: string, name: string): string {
  const lines = page.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${name}`);
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/**
 * A paragraph's lines joined: the pages wrap at 120 columns, and a viewer that keeps line breaks (GitHub's) would
 * show them mid-sentence. Lists, tables and code keep theirs.
 */
function unwrapped(paragraph: string): string {
  if (/^(?:\s|[-*|>]|\d+\.\s|```)/m.test(paragraph)) return paragraph;
  return paragraph.replace(/\n/g, ' ');
}

/** A paragraph longer than `max` cut after its last whole sentence that fits (or its first, however long). */
function sentences(paragraph: string, max: number): string {
  if (paragraph.length <= max) return paragraph;
  const ends = [...paragraph.matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1);
  const fits = ends.filter((end) => end <= max);
  return paragraph.slice(0, fits.at(-1) ?? ends[0] ?? paragraph.length);
}

/**
 * Whole paragraphs from the start, each unwrapped, as many as fit in `max` characters, up to the first sub-heading
 * or code block: the reason, not the page's details. A paragraph that announces what was left out ("…corrects
 * them:") goes too; a first paragraph too long alone is cut at a sentence.
 */
function firstParagraphs(text: string, max: number): { text: string; cut: boolean } {
  const paragraphs = text.split(/\n{2,}/).map(unwrapped);
  const first = sentences(paragraphs[0] ?? '', max);
  const kept = [first];
  let length = first.length;
  if (first !== paragraphs[0]) return { text: first, cut: true };
  for (const paragraph of paragraphs.slice(1)) {
    if (/^(?:#|```)/.test(paragraph) || length + 2 + paragraph.length > max) {
      if (kept.length > 1 && kept.at(-1)!.endsWith(':')) kept.pop();
      return { text: kept.join('\n\n'), cut: true };
    }
    kept.push(paragraph);
    length += 2 + paragraph.length;
  }
  return { text: kept.join('\n\n'), cut: false };
}

/** Markdown links with their targets made absolute against the page's address: a viewer has no docs folder. */
function absoluteLinks(markdown: string, url: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => {
    try {
      return `](${new URL(href, url).href})`;
    } catch {
      return whole;
    }
  });
}

/** Markdown as plain text: links as their words, bold marks dropped; code spans kept as written. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** The code of the first fenced block of a section, or "". */
function example(body: string): string {
  return /```[a-z]*\n([\s\S]*?)\n```/.exec(body)?.[1] ?? '';
}

/** A rule's help from its page (docs/rules/<id>.md, laid out as docs/rules/README.md says), or undefined without a Why. */
export function ruleHelpFromPage(page: string, url: string): RuleHelp | undefined {
  const whole = section(page, 'Why');
  if (whole === '') return undefined;
  const why = firstParagraphs(whole, MAX_WHY);
  const invalid = example(section(page, 'Invalid'));
  const valid = example(section(page, 'Valid'));
  const both = invalid.length + valid.length <= MAX_EXAMPLES;
  const examples = [
    ...(both && invalid ? [['Invalid', invalid] as const] : []),
    ...(valid && valid.length <= MAX_EXAMPLES ? [['Valid', valid] as const] : []),
  ];
  const more = why.cut ? 'More on the rule\u2019s page' : 'The rule\u2019s page';
  const markdown = [
    absoluteLinks(why.text, url),
    ...examples.map(([name, code]) => `**${name}**\n\n\`\`\`yaml\n${code}\n\`\`\``),
    `[${more}](${url})`,
  ].join('\n\n');
  const summary = plain(firstParagraphs(whole, MAX_WHY).text.split('\n\n')[0]!);
  return { summary, text: `${plain(why.text)}\n\n${more}: ${url}`, markdown };
}
