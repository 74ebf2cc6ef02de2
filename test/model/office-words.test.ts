import { describe, expect, it } from 'vitest';
import { readDuration } from '../../src/model/duration.js';
import { isAgencyLabel } from '../../src/model/limit-stages.js';
import { unitInRole } from '../../src/model/missing-body.js';
import { OFFICE_ABBREVIATIONS, OFFICE_WORDS, TITLE_WORDS } from '../../src/model/office-words.js';

/** The problem a limit is refused with, or its reading. */
const read = (text: string) => {
  const reading = readDuration(text);
  return reading.ok ? reading.duration : reading.problem;
};

describe('one list of office words for liên thông limits and the units roles name', () => {
  it("names an agency in a limit's label and a unit in a step's role with every word of the list", () => {
    for (const word of OFFICE_WORDS) {
      expect(isAgencyLabel(`${word} huyện Tiên Du`), word).toBe(true);
      // A word that also begins a job title ("Thanh tra viên") names no unit in a role: see TITLE_WORDS.
      const unit = TITLE_WORDS.has(word) ? undefined : `${word} huyện Tiên Du`;
      expect(unitInRole(`Chuyên viên ${word} huyện Tiên Du`), word).toBe(unit);
    }
    for (const short of OFFICE_ABBREVIATIONS) {
      expect(isAgencyLabel(`${short} huyện Tiên Du`), short).toBe(true);
      expect(unitInRole(`Chuyên viên ${short} huyện Tiên Du`), short).toBe(`${short} huyện Tiên Du`);
    }
  });

  it('adds the shares of offices only one of the two old lists knew: the procuracy, the land registry', () => {
    // "Viện" was the roles' word only, "VPĐKĐĐ" the roles' abbreviation: these limits were refused as per case.
    expect(
      read('Viện kiểm sát nhân dân huyện: 05 ngày làm việc; Tòa án nhân dân huyện: 10 ngày làm việc'),
    ).toMatchObject({ code: 'perStage', total: '15 ngày làm việc' });
    expect(read('UBND xã: 03 ngày làm việc; VPĐKĐĐ: 10 ngày làm việc')).toMatchObject({
      code: 'perStage',
      total: '13 ngày làm việc',
    });
  });

  it("reads the unit of a role the limits' list knew: social insurance, an office named Cơ quan", () => {
    expect(unitInRole('Chuyên viên Bảo hiểm xã hội huyện')).toBe('Bảo hiểm xã hội huyện');
    expect(unitInRole('Kế toán Cơ quan Thuế huyện')).toBe('Cơ quan Thuế huyện');
    // An inspector is a person, not a unit; a rank in lower case names none either.
    expect(unitInRole('Thanh tra viên')).toBeUndefined();
    expect(unitInRole('Trưởng phòng')).toBeUndefined();
  });
});
