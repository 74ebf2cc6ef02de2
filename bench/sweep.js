#!/usr/bin/env node
// The calendar-day sweep on a procedure with many parallel branches (issue 14, item 8): a 30-calendar-day limit
// and N parallel steps (998 keeps the procedure under the 1000-step limit). Its cost must not grow with N beyond the linear walk over the steps themselves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.js';

const dir = mkdtempSync(join(tmpdir(), 'procmap-bench-sweep-'));
for (const branches of [1, 100, 998]) {
  const ids = Array.from({ length: branches }, (_, i) => `b${i}`);
  const lines = [
    'id: QT-SWEEP',
    'title: Song song',
    'revision: 1',
    'effective: 2025-01-01',
    'time_limit: 30 ngày lịch',
    'bodies: { MC: { name: Một cửa } }',
    'steps:',
    `  - { id: start, name: start, body: MC, duration: 1h, next: [${ids.join(', ')}] }`,
    ...ids.map((id, i) => `  - { id: ${id}, name: ${id}, body: MC, duration: ${1 + (i % 5)}d, next: [end] }`),
    '  - { id: end, name: end, body: MC, duration: 1h, next: [] }',
  ];
  const file = join(dir, `sweep-${branches}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/procmap.js'), 'lint', file], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `${String(branches).padStart(4)} parallel branches, 30 calendar days over 2025–2026: ${ms.toFixed(0)} ms (exit ${result.status})`,
  );
}
