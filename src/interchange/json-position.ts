import type { Translated } from '../i18n.js';
import { escapeControls } from '../model/quote.js';

/** Where a JSON text first breaks the grammar, and what to write there instead, in both languages. */
export interface JsonSyntaxProblem {
  offset: number;
  said: Translated;
}

/**
 * Where a JSON text first breaks the grammar, as an offset; -1 when it does not (or nests too deep to tell).
 * Node's JSON.parse does not always say where, and an officer needs the line and column to fix an exported file.
 */
export function jsonErrorOffset(text: string): number {
  return jsonSyntaxProblem(text)?.offset ?? -1;
}

/**
 * Why and where JSON.parse refused `text`, in the officer's words; `error` is what JSON.parse threw. Procmap's own scan
 * finds the place and names the mistake (Node's words are English, change between versions and do not say what to
 * write); Node's position is the fallback for a text nested too deep for the scan.
 */
export function jsonParseProblem(text: string, error: unknown): JsonSyntaxProblem {
  const found = jsonSyntaxProblem(text);
  if (found) return found;
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : String(error));
  return {
    offset: position ? Number(position[1]) : -1,
    said: {
      en: 'it does not follow the JSON rules here; export the file again',
      vi: 'chỗ này không đúng quy tắc JSON; hãy xuất lại tệp',
    },
  };
}

/** What to write when a JSON text holds a comment (`//` or `/*`), which JSON has not. */
export function jsonComment(): Translated {
  return words({ kind: 'comment' });
}

/** What to write where two items of a list follow each other without the comma between them. */
export function jsonMissingComma(): Translated {
  return words({ kind: 'comma' });
}

/** What to write where a comma ends a list, before its `]`. */
export function jsonTrailingComma(closer: string): Translated {
  return words({ kind: 'trailing', closer });
}

/** What to write where more text follows the end of a JSON text. */
export function jsonTextAfter(): Translated {
  return words({ kind: 'after' });
}

/** What to write where a comma follows a comma, with no item between them. */
export function jsonMissingValue(): Translated {
  return words({ kind: 'missing' });
}

/**
 * What to write when a JSON text ends before what is open is closed: `open` holds its closers (`]`, `}`, and `"` for a
 * text in quotes), innermost last.
 */
export function jsonEndsEarly(open: readonly string[]): Translated {
  return words({ kind: 'end', open });
}

const NAMES: Record<string, Translated> = {
  '}': { en: 'object', vi: 'đối tượng' },
  ']': { en: 'list', vi: 'danh sách' },
  '"': { en: 'text in quotes', vi: 'chuỗi trong ngoặc kép' },
};

/** What went wrong, with the words shown in the message. */
type Mistake =
  | { kind: 'end'; open: readonly string[] }
  | { kind: 'line' | 'control' | 'quote' | 'comment' | 'missing' | 'comma' | 'after' }
  | { kind: 'escape' | 'key' | 'colon' | 'value' | 'number'; word: string }
  | { kind: 'trailing' | 'close'; closer: string; got?: string };

function words(mistake: Mistake): Translated {
  switch (mistake.kind) {
    case 'end': {
      const name = NAMES[mistake.open[mistake.open.length - 1] ?? '"']!;
      // Only a text that ends before its one last closer may be mended by adding it; one that ends inside a text, or
      // with more still open, was cut short (a copy or a download stopped part way), and only a new export mends it.
      if (mistake.open.length === 1 && mistake.open[0] !== '"') {
        const closer = mistake.open[0]!;
        return {
          en: `the file ends before the ${name.en} is closed: add "${closer}" at the end, or export the file again`,
          vi: `tệp kết thúc khi ${name.vi} chưa đóng: hãy thêm "${closer}" vào cuối, hoặc xuất lại tệp`,
        };
      }
      if (mistake.open.at(-1) === '"')
        return {
          en: 'the file seems cut short: it ends in the middle of a text in quotes; export the file again',
          vi: 'tệp có vẻ bị cắt cụt: tệp kết thúc giữa chừng một chuỗi trong ngoặc kép; hãy xuất lại tệp',
        };
      const missing = [...mistake.open].reverse().join('');
      return {
        en: `the file seems cut short: it ends with ${mistake.open.length} lists and objects still open (${missing} missing); export the file again`,
        vi: `tệp có vẻ bị cắt cụt: tệp kết thúc khi còn ${mistake.open.length} danh sách và đối tượng chưa đóng (thiếu ${missing}); hãy xuất lại tệp`,
      };
    }
    case 'line':
      return {
        en: 'the text in quotes runs past the end of the line: close it with " on its line, and write a line break inside it as \\n',
        vi: 'chuỗi trong ngoặc kép chưa đóng đến hết dòng: hãy đóng bằng " trên cùng dòng, và viết dấu xuống dòng bên trong thành \\n',
      };
    case 'control':
      return {
        en: 'a tab or other control character inside text in quotes: write a tab as \\t, or remove it',
        vi: 'có dấu tab hoặc ký tự điều khiển trong chuỗi trong ngoặc kép: hãy viết dấu tab thành \\t, hoặc xóa đi',
      };
    case 'escape':
      return {
        en: `${mistake.word} is no escape JSON knows: write a backslash itself as \\\\ (as in "C:\\\\Hồ sơ")`,
        vi: `${mistake.word} không phải cách viết JSON hiểu: hãy viết dấu gạch chéo ngược thành \\\\ (như "C:\\\\Hồ sơ")`,
      };
    case 'quote':
      return {
        en: 'text in single quotes: JSON needs double quotes, as in "title"',
        vi: 'chuỗi đặt trong dấu nháy đơn: JSON cần dấu ngoặc kép, như "title"',
      };
    case 'comment':
      return {
        en: 'JSON has no comments: remove the comment that starts here',
        vi: 'JSON không có chú thích: hãy xóa chú thích bắt đầu từ đây',
      };
    case 'trailing':
      return {
        en: `a comma with nothing after it before "${mistake.closer}": remove the comma`,
        vi: `có dấu phẩy thừa trước "${mistake.closer}": hãy xóa dấu phẩy`,
      };
    case 'key':
      return mistake.word
        ? {
            en: `the name ${mistake.word} is not in double quotes: write "${mistake.word}"`,
            vi: `tên ${mistake.word} chưa đặt trong ngoặc kép: hãy viết "${mistake.word}"`,
          }
        : {
            en: 'a name in double quotes is needed here, as in "title": …',
            vi: 'ở đây cần một tên trong ngoặc kép, như "title": …',
          };
    case 'colon':
      return {
        en: `a colon is missing after the name "${mistake.word}": write "${mistake.word}": and then its value`,
        vi: `thiếu dấu hai chấm sau tên "${mistake.word}": hãy viết "${mistake.word}": rồi đến giá trị`,
      };
    case 'missing':
      return {
        en: 'a value is missing here: write one, e.g. "" or null',
        vi: 'thiếu giá trị ở đây: hãy ghi một giá trị, ví dụ "" hoặc null',
      };
    case 'value':
      return {
        en: `${mistake.word} is not a JSON value: write text in double quotes ("${mistake.word}"), a number, true, false or null`,
        vi: `${mistake.word} không phải giá trị JSON: hãy ghi chuỗi trong ngoặc kép ("${mistake.word}"), một số, true, false hoặc null`,
      };
    case 'number':
      return {
        en: `the number ${mistake.word} is written wrongly: write it as 12 or 1.5 (a point before decimals, no leading zero), or as text in double quotes`,
        vi: `số ${mistake.word} viết sai: hãy viết như 12 hoặc 1.5 (dấu chấm trước phần thập phân, không có số 0 ở đầu), hoặc thành chuỗi trong ngoặc kép`,
      };
    case 'close': {
      const name = NAMES[mistake.closer]!;
      return {
        en: `"${mistake.got}" does not close the open ${name.en}: write "${mistake.closer}"`,
        vi: `"${mistake.got}" không đóng được ${name.vi} đang mở: hãy viết "${mistake.closer}"`,
      };
    }
    case 'comma':
      return {
        en: 'a comma is missing before this item: write "," between two items',
        vi: 'thiếu dấu phẩy trước mục này: hãy viết "," giữa hai mục',
      };
    case 'after':
      return {
        en: 'more text after the end of the JSON: remove it, or put all items in one list [ … , … ]',
        vi: 'còn nội dung sau khi JSON đã kết thúc: hãy xóa đi, hoặc đặt tất cả vào một danh sách [ … , … ]',
      };
  }
}

/** A word of the text as shown in a message: no control characters, not longer than a line. */
function shown(word: string): string {
  const clean = escapeControls(word);
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/**
 * Where a JSON text first breaks the grammar and what to write there; undefined when it does not (or nests too deep to
 * tell). Follows RFC 8259 as JSON.parse does, so both refuse the same texts.
 */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  // The closers of the containers open at `i`, innermost last: what the file lacks when it ends early.
  const open: string[] = [];
  const fail = (mistake: Mistake): never => {
    throw new SyntaxAt(i, mistake);
  };
  const wordAt = (from: number) => shown(/^[^\s,:[\]{}"]*/.exec(text.slice(from, from + 200))![0]);
  // A character no rule allows here: the mistakes an officer makes by hand have their own words.
  const stray = (otherwise: Mistake): never => {
    const c = text[i];
    if (c === undefined) return fail({ kind: 'end', open: open.length > 0 ? [...open] : ['"'] });
    if (c === "'") return fail({ kind: 'quote' });
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail({ kind: 'comment' });
    return fail(otherwise);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\n' || c === '\r') fail({ kind: 'line' });
      if (c < ' ') fail({ kind: 'control' });
      if (c === '\\') {
        const escape = text[i + 1];
        if (escape === undefined) break;
        const length = escape === 'u' ? 6 : 2;
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(escape))
          fail({ kind: 'escape', word: shown(/^\\(?:u[0-9a-fA-F]{0,3}|.)/s.exec(text.slice(i, i + 6))![0]) });
        i += length;
      } else i++;
    }
    i = text.length;
    fail({ kind: 'end', open: [...open, '"'] });
  };
  // `comma`: the offset of the comma before this value, -1 for a first value; a trailing comma is shown where it is.
  const value = (comma: number): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') return container(c);
    if (c === '"') return string();
    const start = i;
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    const word = wordAt(start);
    if (literal && literal[0].length === word.length) return void (i += literal[0].length);
    if ((c === ']' || c === '}') && comma >= 0) {
      i = comma;
      fail({ kind: 'trailing', closer: c });
    }
    if (c === ']' || c === '}' || c === ',' || c === ':') fail({ kind: 'missing' });
    if (word && /^[-+.\d]/.test(word)) fail({ kind: 'number', word });
    stray(word ? { kind: 'value', word } : { kind: 'missing' });
  };
  const container = (c: '{' | '['): void => {
    const close = c === '{' ? '}' : ']';
    open.push(close);
    i++;
    space();
    if (text[i] === close) {
      open.pop();
      return void i++;
    }
    let comma = -1;
    for (;;) {
      if (c === '{') {
        space();
        if (text[i] !== '"') {
          if (comma >= 0 && text[i] === '}') {
            i = comma;
            fail({ kind: 'trailing', closer: '}' });
          }
          stray({ kind: 'key', word: wordAt(i) });
        }
        const start = i;
        string();
        space();
        if (text[i] !== ':')
          stray({
            kind: 'colon',
            word: shown(
              text
                .slice(start + 1, i)
                .trimEnd()
                .slice(0, -1),
            ),
          });
        i++;
      }
      value(c === '[' ? comma : -1);
      space();
      if (text[i] === ',') comma = i++;
      else if (text[i] === close) {
        open.pop();
        return void i++;
      } else if (text[i] === ']' || text[i] === '}') fail({ kind: 'close', closer: close, got: text[i]! });
      else stray({ kind: 'comma' });
    }
  };
  try {
    value(-1);
    space();
    if (i < text.length) stray({ kind: 'after' });
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return { offset: error.offset, said: words(error.mistake) };
    return undefined;
  }
}

class SyntaxAt {
  constructor(
    readonly offset: number,
    readonly mistake: Mistake,
  ) {}
}
