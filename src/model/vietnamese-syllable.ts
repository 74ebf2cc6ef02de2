// What a Vietnamese word is, once its tone is taken off: an initial consonant and one of the rimes the language writes.

// The rimes Vietnamese writes, without their tone: a text whose words all take one is Vietnamese. Strict, so that a
// TCVN3 text that lost its soft hyphens (ư) is seldom taken for one: "trờng", "nớc" (trường, nước) have none. ak, ăk
// are the Central Highlands' names (Đắk Lắk).
const RIMES = (
  'a ac ach ai am an ang anh ao ap at au ay ak ăk ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
  'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
  'o oc oi om on ong op ot oo ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
  'u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt ' +
  'ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu ' +
  'y yêm yên yêng yêt yêu ' +
  'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet ' +
  'uân uâng uât uây uê uêch uên uênh uêt uy uych uyn uynh uyp uyt uya uyên uyêt uyu uơ'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${RIMES.join('|')})$`, 'u');
/** The five tone marks, decomposed (grave, acute, tilde, hook, dot below); the breve, circumflex and horn make letters of their own. */
export const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Whether a word without its tone, in small letters and NFC ("truong" no, "trương" yes), is a Vietnamese syllable. */
export function isTonelessSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}
