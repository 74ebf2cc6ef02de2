import { asciiWords } from './fold.js';

// What officers and the national procedure record write where there is nothing to list: "Không", "Không có",
// "Không quy định", "Không yêu cầu, điều kiện", "None", "-".
const NONE_WORDS =
  /^(?:khong(?: co)?(?: quy dinh| yeu cau(?: dieu kien)?(?: thuc hien)?| dieu kien(?: thuc hien)?)?|none|n a)$/;

// What a document prints where nothing has been laid down yet, procmap's own placeholder included: not the same as none.
const UNSET_WORDS = /^(?:chua (?:co )?quy dinh|not specified)$/;

// Longer than any phrase above ("Không có yêu cầu, điều kiện thực hiện." is 38 characters), with room for spaces.
const LONGEST = 48;

/**
 * What a value says when it lists nothing: `none` ("Không", "Không có", "-": there is nothing), `unset` ("Chưa quy
 * định": nothing laid down yet), or undefined when it says something.
 */
export function nothingSaid(text: string): 'none' | 'unset' | undefined {
  const trimmed = text.trim();
  // A line of dashes folds to no words at all; an empty text says nothing either way.
  if (/^[-–—]+\.?$/.test(trimmed)) return 'none';
  // Every list item passes here on each lint: only a short text that starts as these phrases do is folded.
  if (trimmed.length > LONGEST || !/^[kcn]/i.test(trimmed)) return undefined;
  const words = asciiWords(trimmed);
  return NONE_WORDS.test(words) ? 'none' : UNSET_WORDS.test(words) ? 'unset' : undefined;
}

/** Whether a value lists nothing: `Không`, `Không có`, `Không quy định`, `Chưa quy định`, `None`, `-`. */
export function saysNone(text: string): boolean {
  return nothingSaid(text) !== undefined;
}
