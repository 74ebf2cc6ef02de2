import { testRule } from '../helpers/rule-tester.js';

testRule('same-day-cutoff', {
  // The Decree's words say 15:00; the file's cutoff says 16:00.
  'invalid-differ.yaml': [
    {
      line: 6,
      column: 9,
      message:
        'The time limit moves dossiers received after 15:00 to the next working day, but cutoff says 16:00, which procmap counts with: write the same hour in both',
      vi: 'Thời hạn ghi hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo, nhưng cutoff ghi 16:00 và procmap tính theo cutoff: hãy ghi cùng một giờ ở cả hai',
    },
  ],
  // A limit in working days that counts late dossiers from the next working day names its cutoff the same way.
  'invalid-working-days.yaml': [
    {
      line: 6,
      column: 9,
      message:
        'The time limit moves dossiers received after 15:00 to the next working day, but cutoff says 16:00, which procmap counts with: write the same hour in both',
      vi: 'Thời hạn ghi hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo, nhưng cutoff ghi 16:00 và procmap tính theo cutoff: hãy ghi cùng một giờ ở cả hai',
    },
  ],
  // A channel's own same-day limit is counted with the procedure's cutoff too.
  'invalid-channel.yaml': [
    {
      line: 9,
      column: 17,
      message:
        'The time limit of filing in person moves dossiers received after 16:00 to the next working day, but cutoff says 15:00, which procmap counts with: write the same hour in both',
      vi: 'Thời hạn của cách nộp trực tiếp ghi hồ sơ nhận sau 16:00 được tính từ ngày làm việc tiếp theo, nhưng cutoff ghi 15:00 và procmap tính theo cutoff: hãy ghi cùng một giờ ở cả hai',
    },
  ],
});
