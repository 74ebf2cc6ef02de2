import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const RUN = [
  'ontime',
  'test/fixtures/ontime/ho-so.csv',
  '--catalog',
  'test/fixtures/ontime/catalog',
  '--as-of',
  '31/03/2026',
];
const FIELDS = 'id, procedure, received, appointment, finished, status, channel, pauses, pauseStart, pauseEnd, body';

/** Runs ontime with a --map file of this text, in Vietnamese or English. */
async function withMap(text: string, lang: 'vi' | 'en' = 'vi') {
  const map = join(mkdtempSync(join(tmpdir(), 'ontime-map-keys-')), 'cot.yaml');
  writeFileSync(map, text);
  return { map, run: await runCli([...RUN, '--map', map, '--lang', lang]) };
}

// Before, a key that is no field nor section named the nearest field alone, never a section ("step:" got the list of
// fields without "steps"), and "steps: <one header>" was refused without its line or what to write.
describe('ontime --map: keys ontime does not know', () => {
  it('names the section an officer meant, with the fields, at the key', async () => {
    for (const key of ['step', 'bước', 'Buoc']) {
      const { map, run } = await withMap(`${key}:\n  verify: Thời điểm thẩm định xong\n`);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toBe(
        `procmap: ${map}:1:1: "${key}" không phải trường của hồ sơ; có phải ý bạn là "steps"? Các trường là ${FIELDS} (hoặc "steps:", dưới đó mỗi bước một dòng: mã bước: tiêu đề cột thời điểm bước xong)\n`,
      );
    }
  });

  it('names the nearest field and lists them all, in English too', async () => {
    const { map, run } = await withMap('recieved: Ngày nhận\n', 'en');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `procmap: ${map}:1:1: "recieved" is not a dossier field; did you mean "received"? The fields are ${FIELDS} (or "steps:", each step's id over the header of its end time)\n`,
    );
    const far = await withMap('columns:\n  ngay nhan: Ngày nhận\n', 'en');
    expect(far.run.stderr).toBe(
      `procmap: ${far.map}:2:3: "ngay nhan" is not a dossier field. The fields are ${FIELDS}\n`,
    );
  });

  it('says where "steps" holds one header instead of one per step, and how to write it', async () => {
    const { map, run } = await withMap('received: Ngày tiếp nhận\nsteps: Bước xử lý\n');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `procmap: ${map}:2:1: "steps" ghi mỗi bước một dòng: mã bước, dấu hai chấm rồi tiêu đề cột ghi thời điểm bước đó xong, ví dụ "steps:" rồi dòng dưới "  verify: Thời điểm thẩm định xong"\n`,
    );
  });
});
