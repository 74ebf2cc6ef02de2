import { ansiRepaired } from '../model/ansi-text.js';
import { legacyFonts, mayBeLegacyText } from '../model/legacy-fonts.js';
import { legacyReading, legacyRepaired, strayLegacyFont } from '../model/legacy-repair.js';
import { dataStringValues, forEachDataString } from '../model/data-strings.js';
import { loneCrAsLf } from '../model/source.js';
import { withoutInvisible } from '../model/quote.js';
import { yaml } from '../model/yaml-module.js';
import { defineRule } from './define-rule.js';

// How much of the text the message quotes, as import does.
const QUOTED = 60;

/**
 * Vietnamese typed in a TCVN3 (.VnTime) or VNI (VNI-Times) font looks right in the officer's Word but is stored as
 * other letters ("Chøng thùc b¶n sao"): import and ontime refuse such text, so lint says it too, with the same detector.
 */
export const rule = defineRule({
  id: 'legacy-font-text',
  description: {
    en: 'Text should be Unicode Vietnamese, not Vietnamese typed in an old TCVN3 (ABC) or VNI font',
    vi: 'Văn bản phải là chữ Việt Unicode, không gõ bằng bảng mã cũ TCVN3 (ABC) hay VNI',
  },
  severity: 'error',
  recommended: true,
  fixable: true,
  messages: {
    ansi: {
      en: '"{text}" is text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, so each Vietnamese letter became two or three others; it reads "{fixed}": take the file again from its UTF-8 original, or write the text as it reads (TCVN3 and VNI converters would garble it further)',
      vi: '"{text}" là chữ của tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, nên mỗi chữ Việt có dấu thành hai, ba ký tự khác; chữ đúng là "{fixed}": hãy lấy lại bản gốc UTF-8 của tệp, hoặc ghi lại chữ đúng (đừng dùng công cụ chuyển mã TCVN3 hay VNI, chữ sẽ sai thêm)',
    },
    tcvn3: {
      en: '"{text}" is Vietnamese typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, and every other program reads it as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode": copy the text, convert the clipboard, paste it back) and use a Unicode font such as Times New Roman',
      vi: '"{text}" là chữ Việt gõ bằng bảng mã TCVN3 (ABC) cũ, với phông như .VnTime, và mọi chương trình khác đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "TCVN3 (ABC)", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại) và dùng phông Unicode như Times New Roman',
    },
    ansiFixed: {
      en: '"{text}" is text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, so each Vietnamese letter became two or three others; it reads "{fixed}", which lint --fix writes',
      vi: '"{text}" là chữ của tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, nên mỗi chữ Việt có dấu thành hai, ba ký tự khác; chữ đúng là "{fixed}", lint --fix sẽ ghi lại như vậy',
    },
    tcvn3Fixed: {
      en: '"{text}" is Vietnamese typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, and every other program reads it as other letters; it reads "{fixed}", which lint --fix writes (use a Unicode font such as Times New Roman from now on)',
      vi: '"{text}" là chữ Việt gõ bằng bảng mã TCVN3 (ABC) cũ, với phông như .VnTime, và mọi chương trình khác đọc thành chữ khác; chữ đúng là "{fixed}", lint --fix sẽ ghi lại như vậy (từ nay hãy dùng phông Unicode như Times New Roman)',
    },
    vniFixed: {
      en: '"{text}" is Vietnamese typed in the old VNI encoding, with a font such as VNI-Times, and every other program reads it as other letters; it reads "{fixed}", which lint --fix writes (use a Unicode font such as Times New Roman from now on)',
      vi: '"{text}" là chữ Việt gõ bằng bảng mã VNI cũ, với phông như VNI-Times, và mọi chương trình khác đọc thành chữ khác; chữ đúng là "{fixed}", lint --fix sẽ ghi lại như vậy (từ nay hãy dùng phông Unicode như Times New Roman)',
    },
    tcvn3Words: {
      en: '"{text}" has words typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, that lint --fix cannot read for sure: {words}. Write those words again in Unicode, as they should read; do not convert the whole text with Unikey, which would garble its Unicode letters',
      vi: '"{text}" có chữ gõ bằng bảng mã TCVN3 (ABC) cũ, với phông như .VnTime, mà lint --fix không đọc chắc được: {words}. Hãy gõ lại các chữ đó bằng Unicode cho đúng; đừng chuyển mã cả đoạn bằng Unikey, chữ Unicode trong đó sẽ bị sai',
    },
    vniWords: {
      en: '"{text}" has words typed in the old VNI encoding, with a font such as VNI-Times, that lint --fix cannot read for sure: {words}. Write those words again in Unicode, as they should read; do not convert the whole text with Unikey, which would garble its Unicode letters',
      vi: '"{text}" có chữ gõ bằng bảng mã VNI cũ, với phông như VNI-Times, mà lint --fix không đọc chắc được: {words}. Hãy gõ lại các chữ đó bằng Unicode cho đúng; đừng chuyển mã cả đoạn bằng Unikey, chữ Unicode trong đó sẽ bị sai',
    },
    vni: {
      en: '"{text}" is Vietnamese typed in the old VNI encoding, with a font such as VNI-Times, and every other program reads it as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "VNI Windows" to "Unicode": copy the text, convert the clipboard, paste it back) and use a Unicode font such as Times New Roman',
      vi: '"{text}" là chữ Việt gõ bằng bảng mã VNI cũ, với phông như VNI-Times, và mọi chương trình khác đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại) và dùng phông Unicode như Times New Roman',
    },
  },
  check({ source, report }) {
    // One cheap pattern a text first: almost no file has a legacy font, and only one that may needs them counted.
    let may = false;
    forEachDataString(source.data, (_, text) => {
      if (!may) may = mayBeLegacyText(text) || strayLegacyFont(text) !== undefined;
    });
    if (!may) return;
    // Texts alone then: only a file that has one needs the places of its texts. A word pasted from a legacy font into
    // a Unicode text is too few for the file's counts, and is told by itself.
    const texts = dataStringValues(source.data);
    const fonts = legacyFonts(texts).map((font, j) => font ?? strayLegacyFont(texts[j]!));
    if (fonts.every((font) => font === undefined)) return;
    let i = 0;
    // The loader drops soft hyphens from what it reads, but in such a text they are letters (TCVN3's ư, a byte of
    // UTF-8's í read as ANSI): the text is put back from the file's own, when it is the same text but for them.
    let doc: ReturnType<ReturnType<typeof yaml>['parseDocument']> | undefined;
    const raw = (path: readonly (string | number)[], written: string): string => {
      doc ??= yaml().parseDocument(loneCrAsLf(source.text));
      const found: unknown = doc.getIn(path);
      return typeof found === 'string' && withoutInvisible(found).normalize('NFC') === written ? found : written;
    };
    forEachDataString(source.data, (path, written) => {
      const seen = fonts[i++];
      if (seen === undefined) return;
      const own = raw(path, written);
      // Its soft hyphens back, a text may be UTF-8 read as ANSI after all ("trÃ­ch": "trích").
      const font = own !== written && ansiRepaired(own) !== undefined ? 'ansi' : seen;
      const line = written.split('\n')[0]!;
      const text = line.length > QUOTED ? `${line.slice(0, QUOTED)}…` : line;
      // Put back where it reads as Vietnamese in its encoding alone (legacy-repair.ts); control-characters and
      // invisible-characters leave such a text alone, as their fixes would delete the bytes of its letters.
      const repaired = legacyRepaired(own, font);
      if (repaired !== undefined) {
        const shown = repaired.split('\n')[0]!;
        const fixed = shown.length > QUOTED ? `${shown.slice(0, QUOTED)}…` : shown;
        return report({
          messageId: `${font}Fixed`,
          data: { text, fixed },
          path: [...path],
          fix: { path: [...path], value: repaired },
        });
      }
      if (font !== 'ansi') {
        // Unicode beside the old letters, or a word that reads both ways: the words are named, not the converter.
        const { unsure, mixed } = legacyReading(own, font);
        if (unsure.length === 0 || (!mixed && unsure.every(({ reads }) => reads === undefined)))
          return report({ messageId: font, data: { text }, path: [...path] });
        const words = unsure
          .map(({ word, reads }) =>
            reads === undefined ? `"${word}"` : `"${word}" (${font === 'tcvn3' ? 'TCVN3' : 'VNI'}: "${reads}")`,
          )
          .join(', ');
        return report({ messageId: `${font}Words`, data: { text, words }, path: [...path] });
      }
      // A text of UTF-8 bytes that is no Vietnamese once put back: the text it reads is shown, for the officer to write.
      const shown = (ansiRepaired(own) ?? own).split('\n')[0]!;
      report({ messageId: 'ansi', data: { text, fixed: shown }, path: [...path] });
    });
  },
});
