import { testRule } from '../helpers/rule-tester.js';

testRule('abolished-level', {
  'invalid-district.yaml': [
    {
      line: 5,
      column: 8,
      message:
        'Districts were abolished on 1/7/2025 (Law on Local Government 2025, 72/2025/QH15), so a procedure effective 01/07/2025 is not at district level: write level: commune, province or central',
      vi: 'Cấp huyện đã bỏ từ ngày 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15), nên quy trình có hiệu lực 01/07/2025 không ở cấp huyện: ghi level: commune (xã), province (tỉnh) hoặc central (trung ương)',
    },
  ],
});
