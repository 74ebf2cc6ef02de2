import { parseDay } from '../time/moment.js';
import { formatDmy } from '../time/units.js';
import { defineRule } from './define-rule.js';

// Luật Tổ chức chính quyền địa phương 2025 (số 72/2025/QH15), in force 1/7/2025: local government has two tiers,
// province and commune; districts no longer exist.
const TWO_TIERS_FROM = parseDay('2025-07-01')!;

/** A procedure that takes effect after districts were abolished cannot be carried out at district level. */
export const rule = defineRule({
  id: 'abolished-level',
  description: {
    en: 'A procedure effective from 1/7/2025 cannot be at district level: districts were abolished',
    vi: 'Quy trình có hiệu lực từ 01/7/2025 không thể ở cấp huyện: cấp huyện đã bỏ',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    district: {
      en: 'Districts were abolished on 1/7/2025 (Law on Local Government 2025, 72/2025/QH15), so a procedure effective {effective} is not at district level: write level: commune, province or central',
      vi: 'Cấp huyện đã bỏ từ ngày 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15), nên quy trình có hiệu lực {effective} không ở cấp huyện: ghi level: commune (xã), province (tỉnh) hoặc central (trung ương)',
    },
  },
  check({ procedure, report }) {
    const effective = parseDay(procedure.effective);
    if (procedure.level !== 'district' || effective === undefined || effective < TWO_TIERS_FROM) return;
    report({ messageId: 'district', data: { effective: formatDmy(effective) }, path: ['level'] });
  },
});
