#!/usr/bin/env node
// Deterministic generator of synthetic procedure catalogs for benchmarks: realistic Vietnamese text,
// 5–15 steps, decisions and parallel branches, and a few percent broken files (syntax, schema, flow, time).
// Usage: node bench/generate.js <count> <outDir> [brokenRate]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): the same seed always gives the same catalog. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Xây dựng',
  'Đăng ký kinh doanh',
  'Lao động',
  'Giao thông vận tải',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Tài nguyên nước',
  'Bảo trợ xã hội',
  'Văn hóa',
  'Du lịch',
  'Nông nghiệp',
  'Công thương',
];
const VERBS = [
  'Cấp',
  'Cấp lại',
  'Điều chỉnh',
  'Gia hạn',
  'Đăng ký',
  'Xác nhận',
  'Thẩm định',
  'Phê duyệt',
  'Thu hồi',
  'Công nhận',
];
const OBJECTS = [
  'giấy phép kinh doanh',
  'giấy chứng nhận đủ điều kiện',
  'chứng chỉ hành nghề',
  'giấy phép xây dựng',
  'giấy xác nhận tình trạng hôn nhân',
  'giấy phép lao động',
  'phù hiệu xe',
  'giấy chứng nhận quyền sử dụng đất',
  'quyết định hỗ trợ',
  'giấy phép hoạt động',
];
const AGENCIES = [
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Nội vụ',
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'UBND phường Kinh Bắc',
  'UBND xã Tiên Du',
  'UBND phường Từ Sơn',
];
const BODIES = [
  ['TNTKQ', 'Bộ phận Tiếp nhận và Trả kết quả', true],
  ['CM', 'Phòng chuyên môn', false],
  ['LD', 'Lãnh đạo cơ quan', false],
  ['VT', 'Văn thư', false],
  ['TC', 'Phòng Tài chính – Kế hoạch', false],
  ['CA', 'Công an cấp xã', false],
  ['BHXH', 'Bảo hiểm xã hội', false],
];
const STEP_NAMES = [
  'Tiếp nhận, kiểm tra tính đầy đủ của hồ sơ',
  'Chuyển hồ sơ cho phòng chuyên môn',
  'Thẩm định hồ sơ, đề xuất kết quả',
  'Kiểm tra thực địa',
  'Lấy ý kiến cơ quan liên quan',
  'Trình lãnh đạo ký duyệt',
  'Xem xét, ký duyệt kết quả',
  'Vào sổ, đóng dấu, phát hành',
  'Chuyển kết quả về Bộ phận Một cửa',
  'Trả kết quả cho tổ chức, cá nhân',
  'Xác minh thông tin cư trú',
  'Cập nhật cơ sở dữ liệu',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function yamlString(text) {
  return JSON.stringify(text);
}

/** One synthetic procedure as YAML text; `broken` selects a kind of defect, or none. */
function procedure(rand, n, broken) {
  const id = `QT-SYN-${String(n).padStart(5, '0')}`;
  const stepCount = 5 + Math.floor(rand() * 11);
  const bodyCount = 2 + Math.floor(rand() * Math.min(4, stepCount - 3));
  const bodies = BODIES.slice(0, bodyCount);
  // A tenth are "four on-the-spot": every body staffed at the centre, half-hour steps.
  const onTheSpot = rand() < 0.1;
  const durations = onTheSpot ? ['0.5h'] : ['2h', '4h', '0.5d', '1d', '1.5d', '2d', '3d'];
  const steps = [];
  let hours = 0;
  for (let i = 0; i < stepCount; i++) {
    // Middle steps cycle through the other bodies so that every declared body has a step.
    const body = i === 0 || i === stepCount - 1 ? bodies[0] : bodies[1 + ((i - 1) % (bodyCount - 1))];
    const duration = onTheSpot ? '0.5h' : i === 0 || i === stepCount - 1 ? '4h' : pick(rand, durations);
    hours += duration.endsWith('h') ? Number(duration.slice(0, -1)) : Number(duration.slice(0, -1)) * 8;
    steps.push({ id: `s${i + 1}`, name: STEP_NAMES[(i * 7 + n) % STEP_NAMES.length], body: body[0], duration });
  }
  // A decision near the middle for a third of the procedures: refuse ends the flow, accept goes on.
  const decisionAt = rand() < 0.33 && stepCount > 6 ? 2 : -1;
  const limitDays = onTheSpot ? 1 : Math.ceil(hours / 8) + Math.floor(rand() * 5);
  const lines = [
    '# yaml-language-server: $schema=../schemas/procedure.schema.json',
    `id: ${id}`,
    `title: ${yamlString(`${pick(rand, VERBS)} ${pick(rand, OBJECTS)} (${n})`)}`,
    `code: "${1 + Math.floor(rand() * 2)}.00${String(Math.floor(rand() * 10000)).padStart(4, '0')}"`,
    `revision: ${1 + Math.floor(rand() * 4)}`,
    // Quoted: YAML 1.1 tools (ajv-cli's loader) would otherwise turn the date into a timestamp object.
    `effective: "2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}"`,
    `level: ${rand() < 0.6 ? 'province' : 'commune'}`,
    `field: ${pick(rand, FIELDS)}`,
    `agency: ${pick(rand, AGENCIES)}`,
    `time_limit: ${broken === 'over-limit' ? `${Math.max(1, Math.floor(hours / 16))}d` : `${limitDays}d`}`,
    `four_on_the_spot: ${onTheSpot}`,
    'purpose: Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục hành chính bảo đảm đúng hạn, công khai, minh bạch.',
    'scope: Áp dụng đối với cơ quan, công chức tham gia giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công.',
    'legal_basis:',
    '  - Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ',
    '  - Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ',
    'dossier:',
    '  - name: Đơn đề nghị theo mẫu',
    '    copies: 1',
    '  - name: Bản sao giấy tờ chứng minh nhân thân',
    '    copies: "01 bản sao"',
    'fee: Không',
    'bodies:',
    ...bodies.map(
      ([key, name, sw]) =>
        `  ${key}: { name: ${name}${sw ? ', single_window: true' : ''}${onTheSpot ? ', on_site: true' : ''} }`,
    ),
    'steps:',
  ];
  steps.forEach((step, i) => {
    lines.push(`  - id: ${step.id}`, `    name: ${step.name}`);
    lines.push(`    body: ${broken === 'unknown-body' && i === 2 ? 'KHONGCO' : step.body}`);
    lines.push(`    duration: ${broken === 'bad-duration' && i === 1 ? '3 tuần' : step.duration}`);
    lines.push('    outputs: [Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)]');
    if (i === decisionAt) lines.push(`    next: { Hợp lệ: s${i + 2}, Không hợp lệ: refuse }`);
    if (i === stepCount - 1 && decisionAt >= 0) lines.push('    next: []');
  });
  if (decisionAt >= 0) {
    lines.push(
      '  - id: refuse',
      '    name: Thông báo từ chối, nêu rõ lý do',
      `    body: ${bodies[0][0]}`,
      '    duration: 4h',
      '    next: []',
    );
  }
  let text = `${lines.join('\n')}\n`;
  if (broken === 'syntax') text = text.replace('bodies:\n', 'bodies:\n  [unclosed\n');
  if (broken === 'unknown-key') text = text.replace('title:', 'tittle:');
  return text;
}

const BROKEN = ['syntax', 'unknown-key', 'unknown-body', 'bad-duration', 'over-limit'];

/** Writes `count` procedures into `dir` (cleared first), `brokenRate` of them broken; returns the broken files. */
export function generateCatalog(count, dir, { seed = 1682, brokenRate = 0.03 } = {}) {
  const rand = prng(seed);
  rmSync(dir, { recursive: true, force: true });
  const broken = [];
  for (let n = 1; n <= count; n++) {
    const defect = rand() < brokenRate ? pick(rand, BROKEN) : undefined;
    const sub = join(dir, `d${String(Math.floor(n / 500)).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `qt-${String(n).padStart(5, '0')}.yaml`);
    writeFileSync(file, procedure(rand, n, defect));
    if (defect) broken.push({ file, defect });
  }
  return broken;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '2000', dir = 'bench/.data/catalog-2000', brokenRate = '0.03'] = process.argv.slice(2);
  const broken = generateCatalog(Number(count), dir, { brokenRate: Number(brokenRate) });
  console.log(`wrote ${count} procedures to ${dir} (${broken.length} broken)`);
}
