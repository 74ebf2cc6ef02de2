import { CONFIG_FILE_NAMES } from '../config/config.js';
import type { Translated } from '../i18n.js';
import { displayPath } from './files.js';

// Misnamed configurations (procmap.yaml) the look-ups passed over above the catalog, for main to note once the command
// is done: the look-up has no stream of its own, and runs once a file. Its own module: main imports it at start-up.
const passedOver = new Set<string>();

/** Records a misnamed configuration the look-up passed over above the catalog (src/node/config-loader.ts). */
export function passedOverAbove(file: string): void {
  passedOver.add(file);
}

/** Takes the notes on misnamed configurations passed over above the catalog since the last call. */
export function takeMisnamedNotes(): Translated[] {
  const notes = [...passedOver].map((file) => {
    const shown = displayPath(file);
    const name = CONFIG_FILE_NAMES[0];
    return {
      en: `note: "${shown}" is not read: it stands above this catalog's folder, and procmap reads its configuration only from ${name}; if it is meant for this catalog, move it into the catalog's folder under that name`,
      vi: `ghi chú: tệp "${shown}" không được đọc: tệp nằm phía trên thư mục của bộ quy trình này, và procmap chỉ đọc cấu hình từ tệp ${name}; nếu tệp đó dành cho bộ quy trình này, hãy chuyển nó vào thư mục của bộ quy trình với tên đó`,
    };
  });
  passedOver.clear();
  return notes;
}
