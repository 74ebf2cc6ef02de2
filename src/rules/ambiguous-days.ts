import { bareCaseDays } from '../model/bare-case-days.js';
import { readDuration } from '../model/duration.js';
import { defineRule } from './define-rule.js';
import { channelWrittenAsMap } from './written-value.js';
import { oneOf } from './options.js';
import { explicitDays } from '../model/explicit-days.js';
import { formatDuration, formatNumber, plural } from '../time/units.js';
import { lazyPattern } from '../model/lazy-pattern.js';
import { breakdownShares, explicitBreakdown, SHARE_WORDS } from '../model/limit-breakdown.js';
import { stepsInWorkingDays } from '../model/step-days.js';
import { bareLimitOverruns } from '../time/bare-limit.js';
import { daysLeftOut } from '../model/days-off-remark.js';

// The number of the hours in brackets after the days, "(72 giờ", as bracketed-hours finds it.
const GLOSS_HOURS = lazyPattern(() => /(?<=\(\s*)\d+(?:[.,]\d+)?(?=\s?(?:giờ|gio|tiếng|tieng|h)(?!\p{L}))/iu);

// The words that add a count of days to the limit before it: "tăng thêm", "được cộng thêm", "kéo dài thêm không quá".
const ADDED = lazyPattern(() => /(?<!\p{L})thêm(?:\s+(?:không quá|tối đa|đến|là))?\s*$/iu);

/**
 * A bare "N ngày" is calendar days in law (Civil Code Art. 147) but usually working days in an officer's step table:
 * procmap reads it as calendar days and asks for the explicit form. `--fix` writes what procmap already counted,
 * calendar days, so that no total, appointment or verdict changes under the officer unseen; a step's duration is
 * written as working days only where option `fix` says the catalog means them, a choice made in the configuration.
 * A statutory limit (the procedure's or a channel's) is always calendar days: a fix never moves a due date the law sets.
 * The shares of a limit's breakdown by agency ("15 ngày làm việc (trong đó: UBND xã 05 ngày; …)") are parts of that
 * limit, not other cases: their bare days are in the limit's unit, and are written with it, all at once. A step's
 * bare days under a limit in working days are counted as working days (stepDuration), the limit's share out, and
 * `--fix` writes them so: what procmap counted, whatever the option.
 */
// A remark in brackets that leaves time out of the limit: "(không kể thời gian niêm yết công khai 15 ngày)".
const EXCLUDES = /\((?:không kể|không tính|không bao gồm|chưa kể|chưa tính|trừ) [^()]*\)/giu;

/** Whether the count of days at `at` in a limit is inside a remark that leaves its time out of the limit. */
function excludedAt(text: string, at: number): boolean {
  return [...text.matchAll(EXCLUDES)].some((found) => found.index < at && at < found.index + found[0].length);
}

// After a bare limit's question: the reading under which the steps exceed it (within-time-limit reports no error then).
const OVER_ONE = {
  calendar: {
    en: '; read as calendar days the steps exceed it, read as working days they do not',
    vi: '; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt',
  },
  working: {
    en: '; read as working days the steps exceed it, read as calendar days they do not',
    vi: '; hiểu là ngày làm việc thì các bước vượt thời hạn, hiểu là ngày lịch thì không vượt',
  },
};

// After a step's question, on the first bare step: the reading of the steps' bare days under which they exceed the limit.
const OVER_STEPS = {
  calendar: {
    en: '; read as calendar days the steps exceed the limit, read as working days they do not',
    vi: '; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt',
  },
  working: {
    en: '; read as working days the steps exceed the limit, read as calendar days they do not',
    vi: '; hiểu là ngày làm việc thì các bước vượt thời hạn, hiểu là ngày lịch thì không vượt',
  },
};

export const rule = defineRule({
  id: 'ambiguous-days',
  description: {
    en: 'A plain "N days" (N ngày) must say whether it is working days or calendar days',
    vi: '"N ngày" phải ghi rõ là ngày làm việc hay ngày lịch',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  options: { fix: oneOf(['working', 'calendar'], 'calendar', { 'ngày làm việc': 'working', 'ngày lịch': 'calendar' }) },
  messages: {
    bare: {
      en: '"{text}" can mean {value} working {days} (the usual meaning in step tables) or {value} calendar {days} (the meaning in law, which procmap uses until told): write "{working}" or "{calendar}"{over}',
      vi: '"{text}" có thể là {value} ngày làm việc (cách hiểu thường gặp ở các bước) hoặc {value} ngày lịch (cách hiểu theo luật, procmap đang dùng): hãy ghi "{working}" hoặc "{calendar}"{over}',
    },
    // A limit's own words: "step tables" said of a procedure's limit sent the officer to the wrong place.
    weekendsOnly: {
      en: '"{text}" leaves out Saturdays and Sundays but not public holidays: working days leave out holidays and Tết too (Labour Code 2019, Art. 112), so read as {value} working {days} a holiday inside the period would put the appointment later than the text allows. procmap counts {value} calendar {days}, never later, until told: if the legal text means working days, write "{working}"',
      vi: '"{text}" không kể thứ bảy, chủ nhật nhưng không nói ngày lễ, tết: ngày làm việc còn trừ cả ngày lễ, tết (Điều 112 Bộ luật Lao động 2019), nên hiểu là {value} ngày làm việc thì một ngày lễ trong khoảng đó sẽ đẩy ngày hẹn trả muộn hơn văn bản cho phép. procmap tính {value} ngày lịch, không bao giờ muộn hơn, cho tới khi được ghi rõ: nếu văn bản quy định là ngày làm việc, hãy ghi "{working}"',
    },
    bareLimit: {
      en: '"{text}" can mean {value} working {days} (what officers often mean by a limit) or {value} calendar {days} (the meaning in law, which procmap uses until told): check the legal text and write "{working}" or "{calendar}"{over}',
      vi: '"{text}" có thể là {value} ngày làm việc (cán bộ thường ghi thời hạn theo nghĩa này) hoặc {value} ngày lịch (cách hiểu theo luật, procmap đang dùng): hãy đối chiếu văn bản quy định rồi ghi "{working}" hoặc "{calendar}"{over}',
    },
    bareStep: {
      en: '"{text}" can mean {value} working {days} (the unit of the procedure\'s limit, which procmap uses until told) or {value} calendar {days} (the meaning in law): write "{working}" or "{calendar}"{over}',
      vi: '"{text}" có thể là {value} ngày làm việc (đơn vị của thời hạn giải quyết, procmap đang dùng) hoặc {value} ngày lịch (cách hiểu theo luật): hãy ghi "{working}" hoặc "{calendar}"{over}',
    },
    bareCase: {
      en: '"{text}" gives another case "{count}", which can mean {value} working {days} (the usual meaning in step tables) or {value} calendar {days} (the meaning in law): write "{working}" or "{calendar}"',
      vi: '"{text}" ghi cho trường hợp khác "{count}", có thể là {value} ngày làm việc (cách hiểu thường gặp ở các bước) hoặc {value} ngày lịch (cách hiểu theo luật): hãy ghi "{working}" hoặc "{calendar}"',
    },
    bareExcluded: {
      en: '"{text}" leaves "{count}" out of the limit, which can mean {value} working {days} (the usual meaning in step tables) or {value} calendar {days} (the meaning in law): write "{working}" or "{calendar}"',
      vi: '"{text}" ghi thời gian không tính vào thời hạn "{count}", có thể là {value} ngày làm việc (cách hiểu thường gặp ở các bước) hoặc {value} ngày lịch (cách hiểu theo luật): hãy ghi "{working}" hoặc "{calendar}"',
    },
    bareExtension: {
      en: '"{text}" gives another case "{count}" more, which can mean {value} working {days}, in the unit of the limit it extends ({sum} in all), or {value} calendar {days} after that limit (the meaning of "ngày" in law): check the legal text and write "{working}" or "{calendar}"; --fix does not choose for you',
      vi: '"{text}" cho trường hợp khác tăng thêm "{count}", có thể là {value} ngày làm việc, cùng đơn vị với thời hạn được tăng (tổng {sum}), hoặc {value} ngày lịch sau thời hạn đó (cách hiểu theo luật của chữ "ngày"): hãy đối chiếu văn bản quy định rồi ghi "{working}" hoặc "{calendar}"; --fix không tự chọn thay',
    },
    // "0,5 ngày": half a calendar day means nothing in law, so working days are likely, but the law's text says.
    bareFraction: {
      en: '"{text}" does not say whether its days are working days or calendar days; a part of a calendar day means little in law, so procmap counts {value} working {days}, the likely reading: check the legal text and write "{working}"',
      vi: '"{text}" không ghi rõ ngày làm việc hay ngày lịch; một phần ngày lịch ít có nghĩa theo luật nên procmap tính {value} ngày làm việc, cách hiểu nhiều khả năng đúng: hãy đối chiếu văn bản quy định rồi ghi "{working}"',
    },
    shareWorking: SHARE_WORDS.working,
    shareCalendar: SHARE_WORDS.calendar,
  },
  check({ source, procedure, calendar: workingCalendar, hoursPerDay, options, lang, report }) {
    // Over the procedure's own bare limit under one reading only: said here, where the reading is asked about, since
    // within-time-limit reports no error on a guess (an overrun under both readings is its error).
    // Once per file: it sweeps the receipts twice.
    let overruns: ReturnType<typeof bareLimitOverruns> | null = null;
    const oneReadingOver = () => {
      if (overruns === null) overruns = bareLimitOverruns(procedure, workingCalendar);
      if (overruns === undefined || overruns.working === overruns.calendar) return undefined;
      return overruns.calendar ? 'calendar' : 'working';
    };
    const overOne = () => {
      const over = oneReadingOver();
      return over === undefined ? '' : OVER_ONE[over][lang];
    };
    // Said once, on the first bare step, when the limit says its own days (a bare limit's question says it already).
    let stepSaid = false;
    const overSteps = () => {
      if (stepSaid || saysBare(procedure.time_limit)) return '';
      stepSaid = true;
      const over = oneReadingOver();
      return over === undefined ? '' : OVER_STEPS[over][lang];
    };
    const check = (
      text: string,
      path: (string | number)[],
      fix: 'working' | 'calendar' | undefined,
      working = false,
    ) => {
      const reading = readDuration(text);
      if (!reading.ok) return;
      // A limit's bare "1,5 ngày": counted as working days, asked all the same. Steps' half days ("0,5 ngày") are
      // left to the limit's unit, as their whole bare days under a limit in working days are.
      if (reading.bareFraction && path[0] !== 'steps') {
        const value = formatNumber(reading.duration.value, lang);
        const working = explicitDays(text, 'working');
        const days = plural(reading.duration.value, 'day');
        report({
          messageId: 'bareFraction',
          data: { text, value, days, working },
          path,
          ...(fix ? { fix: { path, value: working } } : {}),
        });
        return;
      }
      // Weekends left out, holidays not said: no unit of procmap's counts weekdays with holidays in, so no canonical
      // form to write; the calendar reading, never later than the text, stays until the officer says working days.
      if (reading.bare && daysLeftOut(reading.duration.note) === 'weekends') {
        const [value, days] = [String(reading.duration.value), plural(reading.duration.value, 'day')];
        const working = text.replace(/\s*\([^()]*\)/u, (remark) => (daysLeftOut(remark.trim()) ? '' : remark));
        report({
          messageId: 'weekendsOnly',
          data: { text, value, days, working: explicitDays(working, 'working') },
          path,
        });
        return;
      }
      const { unit } = reading.duration;
      const shares = breakdownShares(text);
      if (shares.length > 0 && !reading.bare && (unit === 'd' || unit === 'cd')) {
        const days = unit === 'd' ? 'working' : 'calendar';
        const fixed = explicitBreakdown(text, shares, days);
        const counts = shares.map(({ count }) => `"${count}"`).join(', ');
        report({
          messageId: days === 'working' ? 'shareWorking' : 'shareCalendar',
          data: { text, counts, fixed },
          path,
          ...(fix ? { fix: { path, value: fixed } } : {}),
        });
        return;
      }
      if (shares.length > 0 && reading.bare) {
        // A bare total and its bare shares: one reading for them all, never a total in one unit and its parts in another.
        const [value, days] = [String(reading.duration.value), plural(reading.duration.value, 'day')];
        const [working, calendar] = [
          explicitBreakdown(text, shares, 'working'),
          explicitBreakdown(text, shares, 'calendar'),
        ];
        report({
          messageId: 'bare',
          data: { text, value, days, working, calendar, over: '' },
          path,
          ...(fix ? { fix: { path, value: fix === 'calendar' ? calendar : working } } : {}),
        });
        return;
      }
      // The limit's own days first; the days of a case after it once the limit says its own (a fix at a time).
      const other = reading.bare ? undefined : bareCaseDays(text)[0];
      if (!reading.bare && other === undefined) return;
      // A bare limit's rewrites settle its cases' bare days too ("10 ngày …; trường hợp … 15 ngày"): a rewrite that
      // left "15 ngày" would only lead the officer to the next warning, with the case's branch judged by nothing.
      const at = other ? [other.at] : [0, ...bareCaseDays(text).map((days) => days.at)];
      const made = (days: 'working' | 'calendar') =>
        at.reduceRight((out, from) => out.slice(0, from) + explicitDays(out.slice(from), days), text);
      const calendar = made('calendar');
      // "03 ngày (72 giờ)": the days glossed as whole days of 24 hours. Read as working days, their hours are the
      // calendar's, so the working form carries those ("03 ngày làm việc (24 giờ)"), never "03 ngày làm việc (72 giờ)",
      // which contradicts itself (bracketed-hours).
      const glossed = other === undefined ? GLOSS_HOURS().exec(text)?.[0] : undefined;
      const clockGloss =
        glossed !== undefined &&
        hoursPerDay !== 24 &&
        Math.abs(Number(glossed.replace(',', '.')) - reading.duration.value * 24) < 1e-9;
      const workingForm = () =>
        clockGloss
          ? made('working').replace(GLOSS_HOURS(), formatNumber(reading.duration.value * hoursPerDay, 'vi'))
          : made('working');
      const count = other?.value ?? reading.duration.value;
      const [value, days] = [String(count), plural(count, 'day')];
      // Days added to a limit in working days ("10 ngày làm việc; … được tăng thêm 10 ngày"): more of the limit's own
      // days by its sense, calendar days by the word. Neither is procmap's to write into the law's text: no fix.
      if (other !== undefined && unit === 'd' && ADDED().test(text.slice(0, other.at))) {
        const sum = formatDuration({ value: reading.duration.value + count, unit: 'd' }, lang);
        report({
          messageId: 'bareExtension',
          data: { text, count: other.count, value, days, sum, working: made('working'), calendar },
          path,
        });
        return;
      }
      report({
        ...(other === undefined
          ? {
              messageId: working ? 'bareStep' : path[0] === 'steps' ? 'bare' : 'bareLimit',
              data: {
                text,
                value,
                days,
                working: workingForm(),
                calendar,
                over: path[0] === 'time_limit' ? overOne() : path[0] === 'steps' ? overSteps() : '',
              },
            }
          : {
              // Days a remark leaves out ("(không kể thời gian niêm yết công khai 15 ngày)") are no other case's.
              messageId: excludedAt(text, other.at) ? 'bareExcluded' : 'bareCase',
              data: { text, count: other.count, value, days, working: made('working'), calendar },
            }),
        path,
        ...(fix ? { fix: { path, value: fix === 'calendar' ? calendar : workingForm() } } : {}),
      });
    };
    check(procedure.time_limit, ['time_limit'], 'calendar');
    // A channel written by name (`Trực tuyến: 15 ngày`), or among the names on one line, has no `time_limit` key for
    // a fix to reach: canonical-channel writes its map first, and the next --fix pass says its days.
    procedure.channels?.forEach((channel, i) => {
      if (channel.time_limit === undefined) return;
      check(channel.time_limit, ['channels', i, 'time_limit'], channelWrittenAsMap(source, i) ? 'calendar' : undefined);
    });
    const working = stepsInWorkingDays(procedure.time_limit);
    procedure.steps.forEach((step, i) =>
      check(step.duration, ['steps', i, 'duration'], working ? 'working' : options.fix, working),
    );
  },
});

/** Whether a limit counts its own days with a bare "ngày". */
function saysBare(text: string): boolean {
  const reading = readDuration(text);
  return reading.ok && reading.bare;
}
