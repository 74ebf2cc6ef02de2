import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OVER = 'test/fixtures/share-dues/over.yaml';

/** Section 5.4 of the Markdown document `doc` writes for a file. */
async function section54(file: string, lang: 'vi' | 'en'): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-share-lines-'));
  const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, file]);
  expect([result.code, result.stderr]).toEqual([0, '']);
  const [name] = readdirSync(out).filter((n) => n.endsWith('.md'));
  const text = readFileSync(join(out, name!), 'utf8');
  return text.slice(text.indexOf('### 5.4'), text.indexOf('### 5.5'));
}

// lt2.yaml: 15 working days, UBND xã 5 of them and Sở Tư pháp 10; the commune's steps take 7, the province's 8.
describe('5.4 of a liên thông procedure', () => {
  it('prints the shares in brackets, and a line per agency with its verdict after the general one', async () => {
    const text = await section54(OVER, 'vi');
    expect(text).toContain(
      '- Thời hạn giải quyết theo quy định: 15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)\n',
    );
    expect(text).toContain(
      '**Đạt: vừa đúng thời hạn**\n\n' +
        'Phần thời gian của UBND xã: 5 ngày làm việc (40 giờ); các bước của cơ quan này (1. UBND xã xử lý) theo đường găng: 7 ngày làm việc (56 giờ): **Vượt phần thời gian của UBND xã 2 ngày làm việc (16 giờ)**\n\n' +
        'Phần thời gian của Sở Tư pháp: 10 ngày làm việc (80 giờ); các bước của cơ quan này (2. Sở Tư pháp xử lý) theo đường găng: 8 ngày làm việc (64 giờ): **Đạt: còn dư 2 ngày làm việc (16 giờ) so với phần thời gian của Sở Tư pháp**\n',
    );
  });

  it('says the same in English', async () => {
    const text = await section54(OVER, 'en');
    expect(text).toContain(
      'Share of UBND xã: 5 working days (40 h); its steps (1. UBND xã xử lý) on the critical path: 7 working days (56 h): **Over the share of UBND xã by 2 working days (16 h)**\n',
    );
  });
});
