import { CHANNEL_NAMES, channelCutoff } from '../model/channels.js';
import { cutoffInLimit } from '../model/lenient.js';
import { defineRule } from './define-rule.js';

/**
 * A same-day limit worded as the law words it names its own cutoff ("… nếu tiếp nhận sau 15 giờ"), and so does a limit in
 * working days that counts late dossiers from the next working day; a `cutoff:` that
 * says another hour makes the file say two things, and the written `cutoff` is the one procmap counts with.
 */
export const rule = defineRule({
  id: 'same-day-cutoff',
  description: {
    en: 'The hour a same-day time limit names and `cutoff` must agree',
    vi: 'Giờ ghi trong thời hạn "trong ngày" và "cutoff" phải khớp nhau',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    differ: {
      en: 'The time limit moves dossiers received after {said} to the next working day, but cutoff says {cutoff}, which procmap counts with: write the same hour in both',
      vi: 'Thời hạn ghi hồ sơ nhận sau {said} được tính từ ngày làm việc tiếp theo, nhưng cutoff ghi {cutoff} và procmap tính theo cutoff: hãy ghi cùng một giờ ở cả hai',
    },
    channelDiffer: {
      en: 'The time limit of filing {channel} moves dossiers received after {said} to the next working day, but cutoff says {cutoff}, which procmap counts with: write the same hour in both',
      vi: 'Thời hạn của cách nộp {channel} ghi hồ sơ nhận sau {said} được tính từ ngày làm việc tiếp theo, nhưng cutoff ghi {cutoff} và procmap tính theo cutoff: hãy ghi cùng một giờ ở cả hai',
    },
  },
  check({ procedure, lang, report }) {
    const { cutoff } = procedure;
    if (cutoff === undefined) return;
    const said = cutoffInLimit(procedure.time_limit);
    if (said !== undefined && said !== cutoff)
      report({ messageId: 'differ', data: { said, cutoff }, path: ['cutoff'] });
    // A channel's own limit is counted with the hour channelCutoff gives it, as `time` and `ontime` count it: its
    // words must say that hour.
    procedure.channels?.forEach((channel, i) => {
      if (channel.time_limit === undefined) return;
      const own = cutoffInLimit(channel.time_limit);
      if (own === undefined || own === channelCutoff(procedure, channel.time_limit)) return;
      const data = { said: own, cutoff, channel: CHANNEL_NAMES[lang][channel.kind].toLowerCase() };
      report({ messageId: 'channelDiffer', data, path: ['channels', i, 'time_limit'] });
    });
  },
});
