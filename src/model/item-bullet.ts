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
