// Vietnamese typed before Unicode in a VNI font such as VNI-Times looks right in Word and Excel but is stored as a
// base letter and a mark, each one of Latin-1's letters: "Chứng thực bản sao" is "Chöùng thöïc baûn sao", "Cấp giấy
// phép" is "Caáp giaáy pheùp". Read as it is stored, a procedure would be imported, or a dossier measured, in those
// letters; procmap refuses it and says how to convert it, as it does TCVN3 text (tcvn3-text.ts).
import { legacyWords } from './tcvn3-text.js';

// A VNI letter pair no other language writes: a vowel and the code of its marks after it (ư and ơ are ö and ô).
// Pairs French, Spanish, Portuguese, Catalan and German write are not signs, nor those that Unicode Vietnamese writes
// with the tone on the first vowel ("hoà", "hoá", "hoãn"): aé, aë, aú, aü (aéroport, Israël, saúde, Emmaüs), aï, eï,
// oï, uï (naïf, veïna, égoïste, ambiguïté), où, oû, eû (où, goût, eût), oà, oá, oã, and ñ (đ, but Spanish's ñ).
// Without the `u` flag: every character it names is one UTF-16 unit and it has no property class, so it matches the
// same, and is cheap enough to try on every text of every lint.
const PAIR = new RegExp(
  [
    // Tones after a, e, o, u, y: sắc ù, huyền ø, hỏi û, ngã õ (nặng ï is French's ï).
    '[aeuy]ù|[aeouy][øõ]|[auy]û',
    '[AEUY]Ù|[AEOUY][ØÕ]|[AUY]Û',
    // Every tone after ư (ö) and ơ (ô).
    '[öô][ùøûõï]',
    '[ÖÔ][ÙØÛÕÏ]',
    // â, ê, ô and their tones (â á à å ã ä) after a and e; after o, those Unicode Vietnamese never writes.
    '[ae][âáàåãä]|o[âåä]',
    '[AE][ÂÁÀÅÃÄ]|O[ÂÅÄ]',
    // ă and its huyền (ê, è) after a.
    'a[êè]',
    'A[ÊÈ]',
  ].join('|'),
);

/** Whether the text may hold a VNI word: false means vniWords is 0, found without splitting the text into words. */
export function mayHoldVni(text: string): boolean {
  return PAIR.test(text);
}

/** How many words of the text hold a letter pair only VNI text has: Vietnamese typed in a VNI font, read as Unicode. */
export function vniWords(text: string): number {
  return legacyWords(text, PAIR);
}
