import { fill } from '../i18n.js';
import { hoursDisagree, readDuration } from '../model/duration.js';
import { formatNumber, plural } from '../time/units.js';
import { defineRule } from './define-rule.js';
import { lazyPattern } from '../model/lazy-pattern.js';

// The number of the hours in brackets as the text writes it, "(160 giờ", "(42,5 giờ", "(16h": the first such bracket,
// the one the reader took as the gloss (it follows the days; a bracket naming a way of filing starts with a word).
const GLOSS_NUMBER = lazyPattern(() => /(?<=\(\s*)\d+(?:[.,]\d+)?(?=\s?(?:giờ|gio|tiếng|tieng|h)(?!\p{L}))/iu);

/**
 * Working days glossed with hours, "10 ngày làm việc (80 giờ)", say the time twice: when the hours are not the days'
 * hours in the catalog's calendar, the text contradicts itself, and a document would print procmap's hours beside
 * the law's. procmap counts the days; which of the two the law says is for the officer, so there is no fix.
 */
export const rule = defineRule({
  id: 'bracketed-hours',
  description: {
    en: 'Hours in brackets after working days must be those days in working hours',
    vi: 'Số giờ trong ngoặc sau số ngày làm việc phải bằng số giờ làm việc của các ngày đó',
  },
  severity: 'error',
  recommended: true,
  messages: {
    differ: {
      en: '"{text}" contradicts itself: {days} working {dayNoun} {are} {hours} working {hourNoun} in the calendar ({perDay} {perDayNoun} a working day), not the {said} {saidNoun} in brackets. procmap counts {days} working {dayNoun} ({hours} {hourNoun}): write "{fixed}"{instead}',
      vi: '"{text}" tự mâu thuẫn: {days} ngày làm việc là {hours} giờ làm việc theo lịch làm việc (một ngày làm việc {perDay} giờ), không phải {said} giờ như trong ngoặc. procmap đang tính {days} ngày làm việc ({hours} giờ): hãy ghi "{fixed}"{instead}',
    },
    clock: {
      en: '"{text}" gives {days} working {dayNoun} as {said} hours: {days} {dayNoun} of 24 hours on the clock, which run through nights, weekends and holidays and end sooner than {days} working {dayNoun} ({hours} working {hourNoun}) when a day off falls inside. procmap counts {days} working {dayNoun}, never hours on the clock: check the legal text and write "{fixed}" if it means working days; if it means {said} hours from receipt, plan the steps to return the result sooner',
      vi: '"{text}" ghi {days} ngày làm việc thành {said} giờ: đó là {days} ngày đủ 24 giờ liên tục, tính cả đêm, thứ bảy, chủ nhật, ngày lễ, nên hết sớm hơn {days} ngày làm việc ({hours} giờ làm việc) khi có ngày nghỉ xen giữa. procmap tính {days} ngày làm việc, không tính giờ liên tục: hãy đối chiếu văn bản quy định rồi ghi "{fixed}" nếu là ngày làm việc; nếu là {said} giờ kể từ khi nhận, hãy bố trí các bước để trả kết quả sớm hơn',
    },
  },
  check({ procedure, hoursPerDay, lang, report }) {
    const check = (text: string | undefined, path: (string | number)[]) => {
      if (text === undefined) return;
      const reading = readDuration(text);
      if (!reading.ok || reading.hours === undefined || !hoursDisagree(reading, hoursPerDay)) return;
      const { value: days } = reading.duration;
      const hours = days * hoursPerDay;
      // The text to write is Vietnamese whatever the message's language: its numbers take the decimal comma.
      const fixed = text.replace(GLOSS_NUMBER(), formatNumber(hours, 'vi'));
      const other = reading.hours / hoursPerDay;
      const twoDecimals = Math.abs(Math.round(other * 100) - other * 100) < 1e-6;
      const instead =
        twoDecimals && other > 0
          ? fill(INSTEAD[lang], {
              said: formatNumber(reading.hours, lang),
              saidNoun: plural(reading.hours, 'hour'),
              days: `${formatNumber(other, 'vi')} ngày làm việc (${formatNumber(reading.hours, 'vi')} giờ)`,
            })
          : '';
      const data = {
        text,
        days: formatNumber(days, lang),
        hours: formatNumber(hours, lang),
        perDay: formatNumber(hoursPerDay, lang),
        said: formatNumber(reading.hours, lang),
        // English nouns for the counts ("1 working day is 8 working hours"); Vietnamese does not inflect.
        dayNoun: plural(days, 'day'),
        are: days === 1 ? 'is' : 'are',
        hourNoun: plural(hours, 'hour'),
        perDayNoun: plural(hoursPerDay, 'hour'),
        saidNoun: plural(reading.hours, 'hour'),
        fixed,
        instead,
      };
      // "03 ngày làm việc (72 giờ)": the hours are the days' whole 24 hours, hours on the clock, not more working days.
      // Offering "9 ngày làm việc (72 giờ)" as the other way out would triple the limit: the clock reading is the
      // shorter one, so it is named for what it is, and procmap's count is the only text offered.
      const clock = hoursPerDay !== 24 && Math.abs(reading.hours - days * 24) < 1e-9;
      report({ messageId: clock ? 'clock' : 'differ', data, path });
    };
    check(procedure.time_limit, ['time_limit']);
    procedure.channels?.forEach((channel, i) => check(channel.time_limit, ['channels', i, 'time_limit']));
    procedure.steps.forEach((step, i) => check(step.duration, ['steps', i, 'duration']));
  },
});

// The other way out, when the hours are the right time: the days that make them.
const INSTEAD = {
  en: ', or "{days}" if {said} {saidNoun} is the right time',
  vi: ', hoặc "{days}" nếu {said} giờ mới đúng',
};
