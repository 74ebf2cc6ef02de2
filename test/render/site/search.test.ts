import { describe, expect, it } from 'vitest';
import { SEARCH_FUNCTIONS, searchText } from '../../../src/render/site/search-script.js';

// The index's search as the browser runs it: the same source, evaluated here.
type Words = unknown;
const { searchWords, searchQuery, foundIn, mayBeNear } = new Function(
  `${SEARCH_FUNCTIONS}; return { searchWords, searchQuery, foundIn, mayBeNear };`,
)() as {
  searchWords(text: string): Words;
  searchQuery(text: string): Words;
  foundIn(lines: Words, query: Words, near?: boolean): boolean;
  mayBeNear(query: Words): boolean;
};

// Titles of the probe's catalog, with their id, code, field and agency as the index stores them.
const CATALOG = [
  ['Đăng ký kết hôn (trong nước)', 'QT-HT-02', '1.000894', 'Hộ tịch', 'UBND phường Kinh Bắc'],
  ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'QT-CT-01', '2.000815', 'Chứng thực', 'UBND phường Kinh Bắc'],
  ['Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'QT-DD-10', '1.001029', 'An toàn thực phẩm', 'Sở Y tế'],
  ['Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'QT-KD-08', '2.000575', 'Thành lập và hoạt động của hộ kinh doanh', 'UBND xã Tiên Du'],
  ['Cấp phù hiệu cho xe ô tô kinh doanh vận tải', 'QT-VT-03', '1.002859', 'Đường bộ', 'Sở Xây dựng'],
  ['Đăng ký khai sinh kết hợp hoà giải', 'QT-HT-05', '1.001193', 'Hộ tịch', 'UBND xã Tiên Du'],
  ['Cấp bản sao trích lục hộ tịch', 'QT-HT-09', '2.000635', 'Hộ tịch', 'UBND phường Kinh Bắc'],
];
const rows = CATALOG.map((parts) => ({ id: parts[1]!, words: searchWords(searchText(parts)) }));
const found = (typed: string) => rows.filter((row) => foundIn(row.words, searchQuery(typed))).map((row) => row.id);
// As the page searches: as typed, then, when that finds nothing, one slip away.
const nearlyFound = (typed: string) => {
  const query = searchQuery(typed);
  const exact = found(typed);
  if (exact.length > 0 || !mayBeNear(query)) return exact;
  return rows.filter((row) => foundIn(row.words, query, true)).map((row) => row.id);
};

describe('the index search', () => {
  it('finds a code or an id typed without its punctuation, as from a number pad', () => {
    // Before, "1000894" found nothing: the code is stored as "1.000894", two words.
    expect(found('1000894')).toEqual(['QT-HT-02']);
    expect(found('qtht02')).toEqual(['QT-HT-02']);
    expect(found('1.000894')).toEqual(['QT-HT-02']);
    // Only a whole code run together, from its start: digits inside it are not a word.
    expect(found('00894')).toEqual([]);
    expect(found('dangky')).toEqual([]);
  });

  it('matches every word typed at the start of a word, in any order, in any field, never inside one', () => {
    // The words an officer remembers, in another order than the title's, or from the title and the field.
    expect(found('hộ tịch trích lục')).toEqual(['QT-HT-09']);
    expect(found('ho tich trich luc')).toEqual(['QT-HT-09']);
    expect(found('lục bản sao')).toEqual(['QT-HT-09']);
    expect(found('kết hôn đăng ký')).toEqual(['QT-HT-02']);
    expect(found('ket hon dang ky')).toEqual(['QT-HT-02']);
    expect(found('Đăng ký kết hôn')).toEqual(['QT-HT-02']);
    expect(found('kết hôn tịch')).toEqual(['QT-HT-02']);
    expect(found('chứng thực')).toEqual(['QT-CT-01', 'QT-DD-10']);
    expect(found('chung thuc ban')).toEqual(['QT-CT-01']);
    // Every word is needed: "hộ" starts no word of the transport permit, whose "cho" only holds it.
    expect(found('hộ kinh doanh')).toEqual(['QT-KD-08']);
    expect(found('ho kinh doanh')).toEqual(['QT-KD-08']);
    expect(found('kinh doanh')).toEqual(['QT-KD-08', 'QT-VT-03']);
    expect(found('kết hôn trích')).toEqual([]);
    // A word being typed finds the words it starts; spaces around or between words change nothing.
    expect(found('chứn')).toEqual(['QT-CT-01', 'QT-DD-10']);
    expect(found('  trích \t lục ')).toEqual(['QT-HT-09']);
    expect(found('')).toHaveLength(rows.length);
    expect(found('   ')).toHaveLength(rows.length);
  });

  it('matches a word typed with accents only to words with those accents, wherever the tone mark sits', () => {
    // "hộ" is not "hồ", "hô(n)" or "cho"; "ho" typed without marks is any of them.
    expect(found('hộ')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05', 'QT-HT-09']);
    expect(found('dang')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    expect(found('trích lúc')).toEqual([]);
    // The old and the new place of the tone (hoà, hòa), and letters typed as decomposed marks.
    expect(found('hòa giải')).toEqual(['QT-HT-05']);
    expect(found('hoà giải'.normalize('NFD'))).toEqual(['QT-HT-05']);
  });

  it('matches letter by letter: a letter typed without a mark is that letter with any mark, one typed with a mark only that mark', () => {
    // "d" is "d" or "đ", "a" is "a", "ă" or "â": a word typed with some of its marks finds it, whichever it left out.
    expect(found('dăng ký kết hôn')).toEqual(['QT-HT-02']);
    expect(found('đang ky')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    expect(found('đang')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    expect(found('hô tịch')).toEqual(['QT-HT-02', 'QT-HT-05', 'QT-HT-09']);
    expect(found('dang ky ket hon')).toEqual(['QT-HT-02']);
    expect(found('Đăng ký kết hôn')).toEqual(['QT-HT-02']);
    // A mark typed is that mark: "đ" is not "d" ("doanh"), "ư" not "u" ("luc"), "â" not "ă", "ơ" not "ô".
    expect(found('đoanh')).toEqual([]);
    expect(found('lưc')).toEqual([]);
    expect(found('đâng')).toEqual([]);
    expect(found('hơ')).toEqual(['QT-HT-05']); // "hợp", never "hộ"
    // A tone typed is the word's tone, on whichever letter it is typed.
    expect(found('dàng')).toEqual([]);
    expect(found('hòn')).toEqual([]);
  });

  it('matches a word being typed, its vowel marks typed and its tone not yet, as the start of words with any tone', () => {
    // "chư" starts "chứng" (not "cho" or "chuyển"); "đ" starts "đổi", "đủ", "điều"; "hô" starts "hôn" and "hộ".
    expect(found('chư')).toEqual(['QT-CT-01', 'QT-DD-10']);
    expect(found('thay đ')).toEqual(['QT-KD-08']);
    expect(found('đư')).toEqual(['QT-VT-03']);
    expect(found('hô')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05', 'QT-HT-09']);
    // A vowel mark typed is kept: "đâ" is not "đă(ng)"; a tone typed is the word's: "chừ" is not "chứng".
    expect(found('đa')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    expect(found('đâ')).toEqual([]);
    expect(found('chừ')).toEqual([]);
    expect(found('chứ')).toEqual(['QT-CT-01', 'QT-DD-10']);
  });

  it('reads a word typed in Telex with the Vietnamese keyboard off as the word its keys make, as well as typed', () => {
    // Before, each of these found nothing: the keys of "đăng ký kết hôn", "hộ tịch", "chứng thực", "người".
    expect(found('ddawng kys keets hoon')).toEqual(['QT-HT-02']);
    expect(found('keets hoon')).toEqual(['QT-HT-02']);
    expect(found('hooj tichj')).toEqual(['QT-HT-02', 'QT-HT-05', 'QT-HT-09']);
    expect(found('chuwngs thuwcj')).toEqual(['QT-CT-01', 'QT-DD-10']);
    expect(found('phuf hieeju')).toEqual(['QT-VT-03']);
    expect(found('xe oo too')).toEqual(['QT-VT-03']);
    expect(found('hoaf giair')).toEqual(['QT-HT-05']);
    // The tone is the one its key gives: "hoof" is "hồ", which no title has; "đaăng" is no word.
    expect(found('hoof')).toEqual([]);
    expect(found('ddaawng')).toEqual([]);
    // Letters as typed still count: a word with marks is never read as keys, nor a code or an id.
    expect(found('sao')).toEqual(['QT-CT-01', 'QT-HT-09']);
    expect(found('QT-VT-03')).toEqual(['QT-VT-03']);
    expect(found('kêt hôn')).toEqual(['QT-HT-02']);
  });

  it('finds a procedure by its id, its code, and the full code of a receipt slip with the agency part', () => {
    expect(found('QT-KD-08')).toEqual(['QT-KD-08']);
    expect(found('2.000815')).toEqual(['QT-CT-01']);
    expect(found('2.000815.000.00.00.H04')).toEqual(['QT-CT-01']);
  });

  it('stores the words whole, accents and lines kept, so an id or a code typed never runs from one field into the next', () => {
    // A code joined by punctuation is stored a second time run together, on a line of its own.
    expect(searchText(['Đăng ký', undefined, 'QT-1', ''])).toBe('đăng ký\nqt-1\nqt1');
    // Words apart are found in any field: the field's "tịch" and the agency's "UBND".
    expect(found('tịch ubnd')).toEqual(['QT-HT-02', 'QT-HT-05', 'QT-HT-09']);
    expect(found('kinh-bắc')).toEqual(['QT-HT-02', 'QT-CT-01', 'QT-HT-09']);
    // Joined by punctuation, they are one term: "tịch" ends the field and "UBND" starts the next line.
    expect(found('tịch-ubnd')).toEqual([]);
    expect(found('QT-HT')).toEqual(['QT-HT-02', 'QT-HT-05', 'QT-HT-09']);
    expect(found('HT-QT')).toEqual([]);
  });

  it('finds the abbreviations of public bodies both ways: UBND by "ủy ban", "Ủy ban nhân dân" by UBND', () => {
    // The probe: "ủy ban" found 1 procedure where "UBND" found 13; the agencies write it either way.
    const agencies = [
      ['QT-A', 'UBND xã Thử'],
      ['QT-B', 'Ủy ban nhân dân tỉnh Bắc Ninh'],
      ['QT-C', 'Bộ phận TN&TKQ, HĐND xã'],
      ['QT-D', 'Sở Lao động - Thương binh và Xã hội'],
      ['QT-E', 'Sở Y tế'],
    ].map(([id, agency]) => ({ id: id!, words: searchWords(searchText(['Thủ tục', id, undefined, undefined, agency])) }));
    const finds = (typed: string) =>
      agencies.filter((row) => foundIn(row.words, searchQuery(typed))).map((row) => row.id);
    expect(finds('ủy ban')).toEqual(['QT-A', 'QT-B']);
    expect(finds('uy ban nhan dan')).toEqual(['QT-A', 'QT-B']);
    expect(finds('uỷ ban xã')).toEqual(['QT-A']);
    expect(finds('UBND')).toEqual(['QT-A', 'QT-B']);
    expect(finds('ubnd tỉnh')).toEqual(['QT-B']);
    expect(finds('hội đồng nhân dân')).toEqual(['QT-C']);
    expect(finds('hdnd')).toEqual(['QT-C']);
    expect(finds('tiếp nhận và trả kết quả')).toEqual(['QT-C']);
    expect(finds('TN&TKQ')).toEqual(['QT-C']);
    expect(finds('LĐ-TB&XH')).toEqual(['QT-D']);
    expect(finds('lao động')).toEqual(['QT-D']);
    // Words an abbreviation does not spell stay unfound.
    expect(finds('ủy ban y tế')).toEqual([]);
  });

  // The probe: "dang ki" found 6 of the 7 procedures "dang ky" found, missing "Đăng ký biến động quyền sử dụng đất";
  // ký and kí, lý and lí are both in use, and a citizen types either.
  it('finds a syllable ending in i or y written either way, only where it ends the word', () => {
    const rows = [
      ['QT-A', 'Đăng ký biến động quyền sử dụng đất'],
      ['QT-B', 'Cấp phiếu lí lịch tư pháp'],
      ['QT-C', 'Cấp lại chứng chỉ hành nghề dược'],
      ['QT-D', 'Quyết định công nhận quý tộc'],
    ].map(([id, title]) => ({ id: id!, words: searchWords(searchText([title])) }));
    const find = (typed: string) => rows.filter((row) => foundIn(row.words, searchQuery(typed))).map((row) => row.id);
    expect(find('dang ki')).toEqual(['QT-A']);
    expect(find('đăng kí')).toEqual(['QT-A']);
    expect(find('ly lich')).toEqual(['QT-B']);
    expect(find('lý lịch')).toEqual(['QT-B']);
    expect(find('chung chi')).toEqual(['QT-C']);
    // Not inside a longer word: "qui" finds "quý", not "quyền" (which "quy" starts), and "ky" is not "kinh".
    expect(find('qui')).toEqual(['QT-D']);
    expect(find('quy')).toEqual(['QT-A', 'QT-D']);
    expect(found('ky')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    // A tone typed still counts: "kì" is not "ký".
    expect(find('dang kì')).toEqual([]);
  });

  // The probe: each of these, a citizen's slip on a phone's keyboard, found nothing.
  it('finds, when nothing is found as typed, the words one slip away from a typed word of 4 letters or more', () => {
    // Two letters swapped, one missing, one added, one wrong; and the same slips in Telex.
    expect(found('dnag ky ket hon')).toEqual([]);
    expect(nearlyFound('dnag ky ket hon')).toEqual(['QT-HT-02']);
    expect(nearlyFound('dnag ky')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']);
    expect(nearlyFound('đăg ký kết hôn')).toEqual([]); // "đăg" is 3 letters: too short to guess
    expect(nearlyFound('chưng thưc')).toEqual(['QT-CT-01', 'QT-DD-10']); // "thưc" for "thực": exact already
    expect(nearlyFound('chưnh thực')).toEqual(['QT-CT-01', 'QT-DD-10']); // a letter wrong
    expect(nearlyFound('kinh doanhh')).toEqual(['QT-KD-08', 'QT-VT-03']); // a letter added
    expect(nearlyFound('kinh doah')).toEqual(['QT-KD-08', 'QT-VT-03']); // a letter missing
    // Its price: syllables are close, and "danh" is one letter from "đăng" too, so the lenient pass finds more.
    expect(nearlyFound('kinh danh')).toEqual(['QT-HT-02', 'QT-CT-01', 'QT-KD-08', 'QT-VT-03', 'QT-HT-05', 'QT-HT-09']);
    expect(nearlyFound('trcíh lục')).toEqual(['QT-HT-09']); // two letters swapped
    expect(nearlyFound('trích lụx')).toEqual([]); // "lụx" is 3 letters
    expect(nearlyFound('hộ tịhc')).toEqual(['QT-HT-02', 'QT-HT-05', 'QT-HT-09']);
    expect(nearlyFound('ddnag kys')).toEqual(['QT-HT-02', 'QT-KD-08', 'QT-HT-05']); // Telex, "dd" then swapped
    // Each word still needed: one slip in one word does not let another word go unfound.
    expect(nearlyFound('kinh doah trích')).toEqual([]);
    // One slip, not two: "daanh" (a letter wrong) and "doahn" (two swapped) are "doanh"; "dnah" and "danhh" are not.
    expect(nearlyFound('thay đổi daanh')).toEqual(['QT-KD-08']);
    expect(nearlyFound('thay đổi doahn')).toEqual(['QT-KD-08']);
    expect(nearlyFound('thay đổi dnah')).toEqual([]);
    expect(nearlyFound('thay đổi danhh')).toEqual([]);
    // A tone typed is still the word's, a vowel mark that mark: "chừng" is not "chứng", nor "thâc" "thực".
    expect(nearlyFound('chừng thực')).toEqual([]);
    expect(nearlyFound('chứng thâcc')).toEqual([]);
    expect(nearlyFound('chứng thưcc')).toEqual(['QT-CT-01', 'QT-DD-10']);
    // Only when nothing is found as typed: "thức" is not "thực", so "kinh" finds only the words it starts.
    expect(nearlyFound('kinh')).toEqual(found('kinh'));
    expect(nearlyFound('kinh')).toEqual(['QT-HT-02', 'QT-CT-01', 'QT-KD-08', 'QT-VT-03', 'QT-HT-09']);
    expect(mayBeNear(searchQuery('hôm ky'))).toBe(false);
  });

  it('searches an index of 1,682 generated procedures leniently: near matches for slips, none for nonsense', () => {
    // A province's catalog: 1,682 titles, each a title of the probe's with words of two others after it, its own id
    // and code, and the field and agency of another.
    const big = Array.from({ length: 1682 }, (_, n) => {
      const [title, , , field, agency] = CATALOG[n % CATALOG.length]!;
      const more = [CATALOG[(n * 3 + 1) % CATALOG.length]![0], CATALOG[(n * 5 + 2) % CATALOG.length]![0]];
      const words = more.join(' ').split(' ').filter((_, k) => (k + n) % 3 === 0);
      const other = CATALOG[(n + 3) % CATALOG.length]!;
      return searchWords(searchText([`${title} ${words.join(' ')}`, `QT-${n}`, `1.${String(n).padStart(6, '0')}`, field ?? other[3], agency ?? other[4]]));
    });
    const typed = ['dnag kys keets hoon', 'chứng thực bản sao giấy', 'trcíh lục hộ tịhc', 'xyzw qrst'];
    const search = () =>
      typed.map((text) => {
        const query = searchQuery(text);
        return big.filter((lines) => foundIn(lines, query, true)).length;
      });
    // Its speed (10–60 ms a query on this machine, docs/site.md) is measured, never asserted here: the project's
    // timing targets live in benchmarks.
    const counts = search();
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(0);
    expect(counts[3]).toBe(0);
  });
});
