import { testRule } from '../helpers/rule-tester.js';

testRule('same-office', {
  // Two one-stop desks, and a name that is another with a word added: one office or two is the officer's to say.
  'invalid-one-stop.yaml': [
    {
      line: 19,
      column: 11,
      message:
        'Body "Phòng TNMT huyện" is counted as another body than "Phòng TNMT" (line 15): if they are one office, write the same name in both steps; if they are two, declare both under bodies, one line each (PT: Phòng TNMT; PTH: Phòng TNMT huyện)',
      vi: 'Đơn vị «Phòng TNMT huyện» đang được tính là khác với «Phòng TNMT» (dòng 15): nếu là một đơn vị, hãy ghi cùng một tên ở cả hai bước; nếu là hai đơn vị khác nhau, hãy khai báo cả hai trong bodies, mỗi đơn vị một dòng (PT: Phòng TNMT; PTH: Phòng TNMT huyện)',
    },
    {
      line: 23,
      column: 11,
      message:
        'Body "Bộ phận TN&TKQ" is counted as another body than "Bộ phận Một cửa" (line 11): if they are one office, write the same name in both steps; if they are two, declare both under bodies, one line each (BPMC: Bộ phận Một cửa; BPTT: Bộ phận TN&TKQ)',
    },
  ],
});
