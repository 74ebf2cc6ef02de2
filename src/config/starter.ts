import { docsUrl } from '../docs-url.js';
import type { Lang } from '../i18n.js';

// What `procmap init` writes: a configuration that changes nothing yet but says, in the officer's language, where each
// setting goes, and a procedure that lints clean (procedures/xa in procmap's own catalog), to edit into a first one.

const CONFIG: Record<Lang, string> = {
  vi: `# Cấu hình procmap của bộ quy trình này: xem ${docsUrl('docs/configuration.md')}
# Không cần mạng: procmap rules liệt kê các quy tắc, procmap rules <quy tắc> giải thích một quy tắc,
# procmap calendar cho xem lịch làm việc theo cấu hình này.
lang: vi                  # ngôn ngữ của thông báo và tài liệu: vi hoặc en
extends: recommended      # bộ quy tắc: recommended, canonical hoặc all

# Mức độ của từng quy tắc (procmap rules liệt kê các quy tắc): off, info, warn hoặc error.
# rules:
#   unused-body: warn
#   four-on-the-spot:
#     severity: error
#     max: 4h

# Lịch làm việc: giờ làm việc, ngày nghỉ riêng (${docsUrl('docs/calendar.md')}).
# calendar:
#   saturday: ["07:30-11:30"]
`,
  en: `# procmap's configuration of this catalog: see ${docsUrl('docs/configuration.md')}
# Offline: procmap rules lists the rules, procmap rules <rule> explains one, procmap calendar shows the working
# calendar under this configuration.
lang: en                  # the language of messages and documents: vi or en
extends: recommended      # the preset of rules: recommended, canonical or all

# Each rule's severity (procmap rules lists them): off, info, warn or error.
# rules:
#   unused-body: warn
#   four-on-the-spot:
#     severity: error
#     max: 4h

# The working calendar: office hours, days off of your own (${docsUrl('docs/calendar.md')}).
# calendar:
#   saturday: ["07:30-11:30"]
`,
};

/** The procmap.config.yaml that `procmap init` writes, in the run's language. */
export function starterConfig(lang: Lang): string {
  return CONFIG[lang];
}

/** The example procedure `procmap init` writes where the catalog has none: a commune-level procedure that lints clean. */
export const STARTER_PROCEDURE = `# Một quy trình mẫu: sửa thành quy trình đầu tiên của bạn (${docsUrl('README.md#the-procedure-file')}).
id: QT-HT-09
title: Cấp bản sao trích lục hộ tịch
revision: 1
effective: 2025-10-15
level: commune
field: Hộ tịch
agency: UBND phường Kinh Bắc
time_limit: 4 giờ làm việc
cutoff: "15:00"
fee: Lệ phí theo Nghị quyết của HĐND tỉnh Bắc Ninh
result: Bản sao trích lục hộ tịch
bodies:
  TTPVHCC: { name: Trung tâm Phục vụ hành chính công phường Kinh Bắc, single_window: true }
  TPHT: { name: Công chức Tư pháp – Hộ tịch }
  LDUB: { name: Lãnh đạo UBND phường Kinh Bắc }
steps:
  - id: receive
    name: Tiếp nhận yêu cầu
    body: TTPVHCC
    duration: 0.5h
    forms: [Mẫu 01]
  - id: search
    name: Tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; in bản sao trích lục
    body: TPHT
    duration: 2h
  - id: sign
    name: Ký bản sao trích lục hộ tịch
    body: LDUB
    duration: 1h
  - id: return
    name: Thu lệ phí, trả kết quả
    body: TTPVHCC
    duration: 0.5h
`;
