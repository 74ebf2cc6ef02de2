// The header block of a document made by hand: the body in capitals at the top left ("UBND XÃ AN BÌNH"), above the
// title. procmap's own documents name the issuer in the page header (docx-import.ts's issuerOf); these name it here.

// "UBND XÃ AN BÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ": the people's committee of a level, and the place's name.
const COMMITTEE =
  /^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s+(\S.*)$/u;

/** A place's name in capitals as it is written: each word with its first letter a capital ("AN BÌNH" → "An Bình"). */
function placeName(capitals: string): string {
  return capitals
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => (/^\d/u.test(word) ? word : word.charAt(0).toLocaleUpperCase('vi') + word.slice(1)))
    .join(' ');
}

/**
 * The people's committee a document's header block names above its title, as written in a name ("UBND xã An Bình"
 * for "UBND XÃ AN BÌNH"); undefined when the lines before the title name none. Only a committee is read: a place's
 * name is cased as one, which other bodies' names in capitals ("SỞ TƯ PHÁP") cannot be.
 */
export function headerCommittee(paragraphs: readonly string[]): string | undefined {
  for (const line of paragraphs.slice(0, 5)) {
    if (/^QUY TRÌNH/u.test(line.trim())) return undefined;
    const found = COMMITTEE.exec(line.replace(/\s+/gu, ' ').trim());
    if (found) {
      const head = found[1] === 'UBND' ? 'UBND' : 'Ủy ban nhân dân';
      return `${head} ${found[2]!.toLowerCase()} ${placeName(found[3]!)}`;
    }
  }
  return undefined;
}
