import { readDuration, saysBareHours } from '../model/duration.js';
import { breakdownBareHours } from '../model/limit-breakdown.js';
import { lawHoursSaid } from '../time/limit-words.js';
import { formatDuration, formatLimit, plural } from '../time/units.js';
import { defineRule } from './define-rule.js';

/**
 * A statutory "N giờ" may mean hours on the clock from receipt (the text's plain sense) or working hours (how one-stop
 * software counts): procmap counts working hours only, the later of the two. It asks for the explicit form, and has
 * no fix: writing "giờ làm việc" would settle the question for the officer. A step's hours are office hours as a rule
 * ("4 giờ"), and are not asked; but a step of whole days on the clock written in hours ("24 giờ", "72 giờ") is asked:
 * 72 working hours are 9 working days, while 72 hours on the clock are 3 days, and no office plans a step of 9 days in
 * hours. The bare hours of a limit's shares by agency are parts of that limit, in its unit: under a total
 * in working time they are working hours, and under a bare total they are asked with it, one reading for them all.
 */
export const rule = defineRule({
  id: 'ambiguous-hours',
  description: {
    en: 'A time limit of "N hours" (N giờ) must say whether it is working hours',
    vi: 'Thời hạn "N giờ" phải ghi rõ là giờ làm việc',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    bare: {
      en: '"{text}" is counted as {value}; a law that says "{said}" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "{said} làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"{text}" đang được tính là {value}; văn bản ghi "{said}" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "{said} làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    bareShares: {
      en: '"{text}" is counted as {value}; a law that says "{said}" may mean hours on the clock from receipt, which end sooner, and the shares it gives each agency ({counts}) with it. If it means working hours, write "{working}"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"{text}" đang được tính là {value}; văn bản ghi "{said}" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn, và phần thời gian của từng cơ quan ({counts}) cũng vậy. Nếu là giờ làm việc, hãy ghi "{working}"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    step: {
      en: 'Step {step}: "{text}" is counted as {value} ({days}); "{said}" may mean hours on the clock ({clockDays}). If it means working hours, write "{said} làm việc"; if it means hours on the clock, write "{clock}"',
      vi: 'Bước {step}: "{text}" đang được tính là {value} ({days}); "{said}" có thể là giờ tính liên tục ({clockDays}). Nếu là giờ làm việc, hãy ghi "{said} làm việc"; nếu là giờ liên tục, hãy ghi "{clock}"',
    },
    shareWorking: {
      en: '"{text}" gives each agency\'s share of the limit: {counts} are parts of a total in {unit}, so they are working hours: write "{fixed}"',
      vi: '"{text}" ghi phần thời gian của từng cơ quan trong thời hạn: {counts} là phần của tổng thời hạn tính bằng {unit} nên là giờ làm việc: hãy ghi "{fixed}"',
    },
  },
  check({ procedure, hoursPerDay, report, lang }) {
    const check = (text: string, path: (string | number)[]) => {
      const reading = readDuration(text);
      if (!reading.ok) return;
      const shares = breakdownBareHours(text);
      const counts = shares === undefined ? '' : shares.counts.map((count) => `"${count}"`).join(', ');
      if (!saysBareHours(text)) {
        const { unit } = reading.duration;
        if (shares === undefined || (unit !== 'h' && unit !== 'd')) return;
        const words = {
          h: { en: 'working hours', vi: 'giờ làm việc' },
          d: { en: 'working days', vi: 'ngày làm việc' },
        };
        report({
          messageId: 'shareWorking',
          data: { text, counts, fixed: shares.fixed, unit: words[unit][lang] },
          path,
        });
        return;
      }
      const hours = reading.duration.value;
      // procmap's reading in the words \`time\` prints beside the limit: to the minute ("6 giờ 40 phút làm việc").
      const data = {
        text,
        value: formatLimit({ value: hours, unit: 'h' }, lang),
        said: lawHoursSaid(text, hours, lang),
      };
      if (shares === undefined) {
        report({ messageId: 'bare', data, path });
        return;
      }
      // The total's hours made explicit with the shares': the whole limit is one reading.
      report({ messageId: 'bareShares', data: { ...data, counts, working: shares.whole }, path });
    };
    check(procedure.time_limit, ['time_limit']);
    procedure.steps.forEach((step, i) => {
      const text = step.duration;
      if (typeof text !== 'string' || !saysBareHours(text)) return;
      const reading = readDuration(text);
      if (!reading.ok) return;
      const hours = reading.duration.value;
      // Whole days on the clock only: "4 giờ", "16 giờ" on a step are the office's hours (see the doc comment above).
      const clockDays = hours / 24;
      if (!Number.isInteger(clockDays) || clockDays < 1) return;
      const workingDays = hours / hoursPerDay;
      const words = {
        en: {
          days: formatDuration({ value: workingDays, unit: 'd' }, lang),
          clock: `${clockDays} calendar ${plural(clockDays, 'day')}`,
        },
        vi: { days: formatDuration({ value: workingDays, unit: 'd' }, lang), clock: `${clockDays} ngày` },
      }[lang];
      report({
        messageId: 'step',
        data: {
          step: step.id,
          text,
          value: formatLimit({ value: hours, unit: 'h' }, lang),
          said: lawHoursSaid(text, hours, lang),
          days: words.days,
          clockDays: words.clock,
          clock: `${clockDays} ngày lịch`,
        },
        path: ['steps', i, 'duration'],
      });
    });
    procedure.channels?.forEach((channel, i) => {
      if (channel.time_limit !== undefined) check(channel.time_limit, ['channels', i, 'time_limit']);
    });
  },
});
