import { fill } from '../i18n.js';
import { readDuration } from '../model/duration.js';
import { breakdownParts } from '../model/limit-breakdown.js';
import { formatDuration, formatNumber, round2 } from '../time/units.js';
import { defineRule } from './define-rule.js';

/**
 * A limit broken down by agency, "10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 07 ngày làm việc)", whose shares
 * add up to more than its total contradicts itself: procmap counts the total, the shares say the dossier takes longer.
 * Which one is wrong is for the officer to settle against the legal text, so there is no fix. Shares adding up to
 * less are the law's usual form: the time at the one-stop desk is not listed.
 */
export const rule = defineRule({
  id: 'shares-over-total',
  description: {
    en: "The agencies' shares of a time limit must not add up to more than the limit",
    vi: 'Tổng phần thời gian của các cơ quan không được vượt quá thời hạn giải quyết',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    over: {
      en: '"{text}" contradicts itself: the agencies\' shares ({shares}) add up to {sum}, more than the limit of {total}. procmap counts {total}: correct the share that is wrong{instead}',
      vi: '"{text}" tự mâu thuẫn: phần thời gian của các cơ quan ({shares}) cộng lại là {sum}, nhiều hơn thời hạn {total}. procmap đang tính {total}: hãy sửa phần thời gian bị ghi sai{instead}',
    },
  },
  check({ procedure, hoursPerDay, lang, report }) {
    const check = (text: string | undefined, path: (string | number)[]) => {
      if (text === undefined) return;
      const reading = readDuration(text);
      if (!reading.ok) return;
      const { unit, value, note } = reading.duration;
      const parts = note === undefined ? [] : breakdownParts(note);
      if (parts.length === 0) return;
      // Working days and working hours add up in the calendar's working day; calendar days only with calendar days.
      const inTotal = (share: string): number | undefined => {
        const read = readDuration(share);
        if (!read.ok) return undefined;
        // A bare share under a total in working days is part of it, in its unit (ambiguous-days says so).
        const shareUnit = read.bare && read.duration.unit === 'cd' && unit === 'd' ? 'd' : read.duration.unit;
        const amount = read.duration.value;
        if (unit === 'cd') return shareUnit === 'cd' ? amount : undefined;
        if (unit !== 'd' && unit !== 'h') return undefined;
        if (shareUnit !== 'd' && shareUnit !== 'h') return undefined;
        const hours = shareUnit === 'd' ? amount * hoursPerDay : amount;
        return unit === 'd' ? hours / hoursPerDay : hours;
      };
      const amounts = parts.map(({ time }) => inTotal(time));
      if (!amounts.every((amount): amount is number => amount !== undefined)) return;
      const sum = amounts.reduce((total, amount) => total + amount, 0);
      if (sum <= value + 1e-9) return;
      // Another total to write only where the sum is a number as the law writes it, the total given in digits.
      const head = text.slice(0, Math.max(0, text.indexOf(parts[0]!.agency)));
      const digits = /(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,])/u.exec(head);
      const exact = Math.abs(round2(sum) - sum) <= 1e-9;
      const written = formatNumber(sum, 'vi');
      const fixed =
        digits === null || !exact
          ? undefined
          : `${text.slice(0, digits.index)}${digits[0].startsWith('0') ? written.padStart(2, '0') : written}${text.slice(digits.index + digits[0].length)}`;
      const data = {
        text,
        shares: parts.map(({ agency, time }) => `${agency}: ${time}`).join('; '),
        sum: formatDuration({ value: round2(sum), unit }, lang),
        total: formatDuration({ value, unit }, lang),
        instead: fixed === undefined ? '' : fill(INSTEAD[lang], { fixed }),
      };
      report({ messageId: 'over', data, path });
    };
    check(procedure.time_limit, ['time_limit']);
    procedure.channels?.forEach((channel, i) => check(channel.time_limit, ['channels', i, 'time_limit']));
  },
});

// The other way out, when the shares are right: the total that holds them.
const INSTEAD = {
  en: ', or write "{fixed}" if the shares are right',
  vi: ', hoặc ghi "{fixed}" nếu các phần thời gian đều đúng',
};
