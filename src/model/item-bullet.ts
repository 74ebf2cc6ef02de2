// A bullet pasted from Word before a text YAML already reads as an item (`- • Nam từ đủ 20 tuổi…`) or as a step's name
// (`name: • Tiếp nhận hồ sơ`): the document printed "- •" and the chart the bullet. Word's bullets never start a
// text; a dash, a plus or a star does (`+84 …`, `-5%`), so those count as bullets only with a space after them.
const ITEM_BULLET = /^(?:[•◦▪▫■□●○◆◇❖➢➤►▸✓✔·‣⁃∙\uf0b7\uf0a7\uf0d8][ \t\u00a0]*|[–—‐−+*-][ \t\u00a0]+)(?=\S)/u;

/** The bullet, with the spaces after it, pasted before an item's or a step name's text ("• ", "– "); or ''. */
export function itemBulletOf(text: string): string {
  return ITEM_BULLET.exec(text)?.[0] ?? '';
}

/** The text without a bullet pasted before it: "• Tiếp nhận hồ sơ" → "Tiếp nhận hồ sơ". */
export function withoutItemBullet(text: string): string {
  return text.slice(itemBulletOf(text).length);
}

// A number or letter that numbers an item ("1.", "2)", "(3)", "a)"), then a space ("1.5 ngày" has none after "1.").
const ITEM_NUMBER = /^\(?(\d{1,3}|[a-z])[.)][ \t\u00a0]+(?=\S)/iu;

/**
 * The bullet or number, with the spaces after it, pasted after each of a list's items' "- " ("• ", "1. "), or '' for
 * an item without one. A number is the officer's own numbering only where every item has a bullet or a number, the
 * numbers in order from 1 or a (the document numbers the list again): one item "1. Tờ khai" beside "2 bản sao" is a text that begins so.
 */
export function itemMarksOf(items: readonly unknown[]): string[] {
  const numbers = items.map((item) => (typeof item === 'string' ? ITEM_NUMBER.exec(item) : null));
  // Two marks (`- "- • Luật Cư trú"`) are both the officer's, as before a list's one text: left out in one pass.
  const bullets = items.map((item) => (typeof item === 'string' ? textBulletOf(item) || itemBulletOf(item) : ''));
  let next = 0;
  const numbered = numbers.every((found, i) => {
    if (found === null) return bullets[i] !== '';
    const label = found[1]!.toLowerCase();
    const ok = label === String(next + 1) || label === String.fromCharCode(97 + next);
    next++;
    return ok;
  });
  return items.map((_, i) => bullets[i] || (numbered ? (numbers[i]?.[0] ?? '') : ''));
}

// A list written as one text that begins with a dash and then a bullet or number ("- • Luật Đất đai 2024", quoted so
// that YAML read it as text): no text begins with two marks, so both are the officer's. One mark alone may be the
// text's own ("- 5%", "+84 …", "• …" quoted as the officer wanted it): kept.
const DASH = /^[–—‐−+*-][ \t\u00a0]+/u;

/** The two marks pasted before a list's one text ("- • ", "- 1. "), with their spaces; or '' when there are not two. */
export function textBulletOf(text: string): string {
  const dash = DASH.exec(text)?.[0];
  if (dash === undefined) return '';
  const rest = text.slice(dash.length);
  const mark = itemBulletOf(rest) || (ITEM_NUMBER.exec(rest)?.[0] ?? '');
  return mark === '' ? '' : dash + mark;
}
