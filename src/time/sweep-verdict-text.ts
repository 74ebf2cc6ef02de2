import { fill, type Lang } from '../i18n.js';
import type { Sweep } from './sweep.js';
import { sweepWithinText } from './sweep-within.js';
import { windowText } from './window-text.js';

const WORDS = {
  vi: {
    oneReading:
      'Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì vượt với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc đã thử {window}, hiểu là ngày làm việc thì đạt',
    // Within as procmap counts (calendar days), over with the bare days as working days.
    overAsWorking:
      'Chưa kết luận được: {what} không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì đạt với mọi thời điểm tiếp nhận đã thử {window}, hiểu là ngày làm việc thì vượt',
    limit: 'thời hạn',
    steps: 'thời gian một số bước',
    over: 'Vượt thời hạn với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc đã thử {window}',
    unannounced:
      'lịch nghỉ năm {years} chưa được công bố chính thức, ngày nghỉ tính theo Bộ luật Lao động nên kết quả có thể thay đổi',
  },
  en: {
    oneReading:
      'Not settled: the limit does not say working or calendar days; read as calendar days it is exceeded for receipts on {days} of the {openDays} working days tried {window}, read as working days it is met',
    overAsWorking:
      'Not settled: {what} does not say working or calendar days; read as calendar days it is met for every receipt tried {window}, read as working days it is exceeded',
    limit: 'the limit',
    steps: 'a step’s time',
    over: 'Over the limit for receipts on {days} of the {openDays} working days tried {window}',
    unannounced:
      'the days off of {years} are not officially announced yet: counted from the Labour Code, so the result may change',
  },
} as const;

/**
 * The verdict of a sweep, "Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ
 * …" or "Vượt thời hạn với hồ sơ tiếp nhận vào 9/369 ngày làm việc đã thử từ …", with the caveat of days off not yet
 * announced: one sentence for the document's 5.4 and the flowchart's summary, which say the same in the same words.
 */
export function sweepVerdictText(sweep: Sweep, lang: Lang): string {
  return sweepVerdictLines(sweep, lang).join(' ');
}

/** Whether the sweep's verdict itself says the limit leaves working or calendar days open ("Chưa kết luận được: …"). */
export function verdictSaysLimitOpen(sweep: Sweep): boolean {
  return (
    sweep.overAsWorkingDays === 'limit' ||
    (sweep.overAsWorkingDays === undefined && sweep.over > 0 && sweep.metAsWorkingDays === true)
  );
}

/**
 * The same sentence cut where the flowchart's note starts a new line: the verdict, then its caveat ("lịch nghỉ năm
 * 2027 chưa được công bố chính thức, …") when there is one, which would otherwise run on in a narrow note.
 */
export function sweepVerdictLines(sweep: Sweep, lang: Lang): string[] {
  const words = WORDS[lang];
  const verdict = sweep.overAsWorkingDays
    ? fill(words.overAsWorking, { what: words[sweep.overAsWorkingDays], window: windowText(sweep, lang) })
    : sweep.over === 0
      ? sweepWithinText(sweep, lang, true)
      : fill(sweep.metAsWorkingDays ? words.oneReading : words.over, {
          window: windowText(sweep, lang),
          days: sweep.overDays,
          openDays: sweep.openDays,
        });
  // A verdict resting on days off not announced says so beside it, wherever it is printed.
  const years = sweep.unsure ? [...sweep.unsure.rule, ...sweep.unsure.provisional].sort((a, b) => a - b) : [];
  if (years.length === 0) return [verdict];
  return [`${verdict};`, fill(words.unannounced, { years: years.join(', ') })];
}
