#!/usr/bin/env node
// Deterministic generator of realistic dossier exports for `procmap ontime`: Vietnamese headers as one-stop software
// exports them, dd/mm/yyyy HH:mm dates over 2026 (receipts in and out of office hours, after cutoffs, around Tết),
// the vendor's appointment (procmap's due moment from the built dist/, a few percent off as vendors get it wrong),
// results within office hours, mostly early, some on the due day, some late, a few open; the channel, pauses for a
// supplement on a few, statuses, and about 0.1 % broken rows (unknown code, impossible date, finished before
// received). Needs `npm run build` first.
// Usage: node bench/generate-dossiers.js <rows> <out.csv> [catalogDir]
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import YAML from 'js-yaml';
import { createCalendar } from '../dist/time/calendar.js';
import { limitDue } from '../dist/time/due.js';
import { nextOpening } from '../dist/time/clock.js';
import { prng } from './generate.js';
import { parseDuration } from '../dist/model/duration.js';

function procedures(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const p = YAML.load(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
    const limit = p && typeof p === 'object' ? parseDuration(String(p.time_limit)) : undefined;
    if (!limit) continue;
    out.push({ key: p.code ?? p.id, agency: p.agency ?? 'UBND', limit, cutoff: p.cutoff });
  }
  return out;
}

const pad = (n) => String(n).padStart(2, '0');
const MS_DAY = 86_400_000;
const MS_MINUTE = 60_000;
const YEAR_START = Date.UTC(2026, 0, 1);

function when(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A random minute of office hours on that day or the next open one (results are signed while the office is open). */
function inOffice(ms, rand) {
  const day = Math.floor(ms / MS_DAY) * MS_DAY;
  return nextOpening(calendar, (day + (450 + Math.floor(rand() * 570)) * MS_MINUTE) / MS_MINUTE) * MS_MINUTE;
}

const calendar = createCalendar();
const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A receipt moment in 2026: a weekday (some Saturdays), mostly in office hours, some after 15:00 or at lunch. */
function receipt(rand) {
  for (;;) {
    const day = Math.floor(rand() * 360);
    const ms = YEAR_START + day * MS_DAY;
    const dow = new Date(ms).getUTCDay();
    if (dow === 0 || (dow === 6 && rand() > 0.05)) continue;
    const minute = 450 + Math.floor(rand() * 570);
    return ms + minute * 60_000;
  }
}

/** Writes an export of `rows` dossiers of the procedures in `catalog` to `out` (CSV). */
export async function generateDossiers(rows, out, catalog = 'procedures') {
  const list = procedures(catalog);
  const rand = prng(19);
  const stream = createWriteStream(out);
  const header =
    'Số hồ sơ,Mã thủ tục,Tên thủ tục,Cơ quan thực hiện,Kênh,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Tạm dừng\n';
  let buffer = `\uFEFF${header}`;
  const channels = ['Trực tiếp', 'Trực tuyến', 'Trực tuyến', 'Bưu chính'];
  for (let i = 1; i <= rows; i++) {
    const p = list[Math.floor(rand() * list.length)];
    const received = receipt(rand);
    const due = limitDue(calendar, received / MS_MINUTE, p.limit, p.cutoff) * MS_MINUTE;
    // Vendors mostly agree; 3 % of appointments are a day off.
    const appointment = rand() < 0.03 ? due + (rand() < 0.5 ? -MS_DAY : MS_DAY) : due;
    const r = rand();
    // 3 % open, 1 % withdrawn, 4 % late, 8 % on the due day, the rest early.
    let finished;
    let status = 'Đã trả kết quả';
    if (r < 0.03) status = 'Đang xử lý';
    else if (r < 0.04) status = 'Đã rút hồ sơ';
    else if (r < 0.08) finished = inOffice(due + Math.round((0.2 + rand() * 3) * MS_DAY), rand);
    else if (r < 0.16) finished = Math.max(received, Math.floor(due / MS_DAY) * MS_DAY + 450 * MS_MINUTE);
    else finished = inOffice(received + Math.round(rand() * (due - received) * 0.8), rand);
    if (finished !== undefined && finished < received) finished = received + 30 * MS_MINUTE;
    let pause = '';
    if (rand() < 0.05) {
      const from = inOffice(received + Math.round(rand() * (due - received) * 0.5), rand);
      pause = `${when(from)} - ${when(inOffice(from + Math.round((1 + rand() * 5) * MS_DAY), rand))}`;
    }
    let code = p.key;
    let receivedText = when(received);
    const broken = rand();
    if (broken < 0.0004) code = '9.999999';
    else if (broken < 0.0007) receivedText = '31/02/2026 09:00';
    else if (broken < 0.001 && finished !== undefined) finished = received - MS_DAY;
    const id = `000.00.20.H10-${String(260000 + (i % 100000)).padStart(6, '0')}-${String(i).padStart(7, '0')}`;
    const appointmentText = rand() < 0.5 ? when(appointment).slice(0, 10) : when(appointment);
    buffer += `${id},${csvCell(code)},${csvCell(`Thủ tục ${p.key}`)},${csvCell(p.agency)},${channels[i % 4]},${receivedText},${appointmentText},${finished === undefined ? '' : when(finished)},${status},${pause}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.end(buffer);
  await once(stream, 'finish');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [rowsArg, out, catalog] = process.argv.slice(2);
  if (!(Number(rowsArg) > 0) || !out) {
    console.error('usage: node bench/generate-dossiers.js <rows> <out.csv> [catalogDir]');
    process.exit(2);
  }
  await generateDossiers(Number(rowsArg), out, catalog);
}
