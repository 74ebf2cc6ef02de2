import Handlebars from 'handlebars';
import { Markup, mapTexts } from './markup.js';
import type { DocumentView } from './view.js';

// A word this long is a web address, a file name or a code, not Vietnamese prose, whose words are a few letters, nor
// a legal reference such as "54/2017/NĐ-CP".
const LONG = 25;
const WORD = /\S+/g;
// A hyphen inside a code ("NĐ-CP", "KT-HT-ĐT"), where a browser would break a line; a dash between words is no code.
const HYPHEN = /[\p{L}\p{N}][-\u2010][\p{L}\p{N}]/u;

/** Whether a word (between spaces) is a web address, a file name or a code that may break at any character. */
export function isLongWord(word: string): boolean {
  return word.length >= LONG || word.includes('://');
}

// The class of the span a word goes in: a long word may break at any character, a shorter one with a hyphen
// ("NĐ-CP", "KT-HT-ĐT") at none; other words need no span.
function spanOf(word: string): string | null {
  if (isLongWord(word)) return 'long-word';
  return HYPHEN.test(word) ? 'whole-word' : null;
}

/**
 * A text with its long words (web addresses, file names) in spans that may break at any character, and its short
 * hyphenated ones (legal references, abbreviations) in spans that keep them whole, as the stylesheet says: a table's
 * column is then never narrower than its words, nor one address wider than the paper.
 */
export function markWords(text: string): string | Markup {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const span = spanOf(match[0]);
    if (span === null) continue;
    html += Handlebars.escapeExpression(text.slice(at, match.index));
    html += `<span class="${span}">${Handlebars.escapeExpression(match[0])}</span>`;
    at = match.index + match[0].length;
  }
  return at === 0 ? text : new Markup(html + Handlebars.escapeExpression(text.slice(at)));
}

/** The view for the HTML page: every text with its words marked (markWords); the values set in attributes as they are. */
export function htmlView(view: DocumentView): DocumentView {
  const broken = mapTexts(view, markWords) as DocumentView;
  return {
    ...broken,
    lang: view.lang,
    // The code and title also fill the page's <title>, which holds text, not markup; their line is not a table's.
    header: { ...broken.header, logo: view.header.logo, code: view.header.code, title: view.header.title },
    stepColumns: view.stepColumns,
    flowchartPage: view.flowchartPage,
  };
}
