import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A decision's case that names two steps ("Hồ sơ đủ: B2 hoặc B3"): told that a case leads to one step, with its two
// steps and what to write, never that the step "B2 hoặc B3" does not exist.
const DIR = 'test/cli/fixtures/case-of-several';
const OR = `${DIR}/or.yaml`;
const AND = `${DIR}/and.yaml`;

describe("a decision's case that names two steps (CLI)", () => {
  it('says a case leads to one step, names both and how to write them (hoặc)', async () => {
    const result = await runCli(['lint', OR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${OR}\n  12:74  lỗi  Trường hợp "Hồ sơ đủ" dẫn tới B2 hoặc B3, nhưng mỗi trường hợp của một bước rẽ nhánh chỉ dẫn tới một bước: hãy tách thành các trường hợp, mỗi trường hợp một bước, ví dụ { Hồ sơ đủ – trường hợp 1: B2, Hồ sơ đủ – trường hợp 2: B3 } (ghi rõ khi nào chuyển sang bước nào), hoặc thêm một bước quyết định chọn giữa B2 và B3, với next: { Trường hợp 1: B2, Trường hợp 2: B3 }, rồi ghi mã bước đó cho trường hợp "Hồ sơ đủ"  schema\n\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n`,
    );
  });

  it('says it in English too', async () => {
    const result = await runCli(['lint', '--lang', 'en', OR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${OR}\n  12:74  error  The case "Hồ sơ đủ" leads to B2 or B3, but a case of a decision leads to one step: split it into cases of one step each, e.g. { Hồ sơ đủ – case 1: B2, Hồ sơ đủ – case 2: B3 } (naming when each is taken), or add a step that decides between B2 and B3, with next: { Case 1: B2, Case 2: B3 }, and write that step's id for the case "Hồ sơ đủ"  schema\n\n✖ 1 problem (1 error, 0 warnings)\n  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n`,
    );
  });

  it('says a case with "và" leads to one step, and how to do both at once', async () => {
    const result = await runCli(['lint', AND]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${AND}\n  12:74  lỗi  Trường hợp "Hồ sơ đủ" dẫn tới B2 và B3, nhưng mỗi trường hợp của một bước rẽ nhánh chỉ dẫn tới một bước: nếu các bước đó làm đồng thời, hãy thêm một bước cho trường hợp này với next: [B2, B3], rồi ghi mã bước đó cho trường hợp "Hồ sơ đủ"; nếu chỉ chuyển sang một trong các bước, hãy tách thành các trường hợp, mỗi trường hợp một bước, ví dụ { Hồ sơ đủ – trường hợp 1: B2, Hồ sơ đủ – trường hợp 2: B3 } (ghi rõ khi nào chuyển sang bước nào)  schema\n\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n`,
    );
  });
});
