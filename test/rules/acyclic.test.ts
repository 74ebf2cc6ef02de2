import { testRule } from '../helpers/rule-tester.js';

testRule('acyclic', {
  'invalid-loop.yaml': [
    {
      line: 22,
      column: 11,
      message:
        'The flow loops: receive → sign → return → receive; a loop has no end to count an appointment to. Where a dossier goes back (to be completed, Mẫu 02), end the flow there with "next: []": the completed dossier is received as a new one',
      vi: 'Luồng xử lý quay vòng: receive → sign → return → receive; vòng lặp không có điểm kết thúc để tính ngày hẹn trả. Ở bước trả lại hồ sơ (để bổ sung, Mẫu 02), hãy kết thúc luồng bằng "next: []": hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới',
    },
  ],
});
