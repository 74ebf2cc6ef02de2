/**
 * The name a procedure id gives its files and addresses (`QT-ĐKKD-01` → `QT-DKKD-01`): the id in NFC with "Đ" and "đ"
 * as "D" and "d", the only letters beyond ASCII an id may hold. Every output file, folder, link and sitemap entry
 * named after an id goes through here, so that they agree with each other and stay ASCII for URLs and old disks.
 */
export function idFileName(id: string): string {
  return id.normalize('NFC').replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

/**
 * What two ids that would write the same files share: their file name in lower case (Windows and macOS ignore letter
 * case), so `unique-id` and the catalog's shared ids tell them apart from ids that only look alike.
 */
export function idFileKey(id: string): string {
  return idFileName(id).toLowerCase();
}
