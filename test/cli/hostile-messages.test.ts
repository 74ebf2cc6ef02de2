import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/hostile-messages';

/** The messages of `procmap lint --format json` on one file. */
async function messages(file: string, lang = 'en'): Promise<string[]> {
  const result = await runCli(['lint', `${DIR}/${file}`, '--format', 'json', '--lang', lang]);
  return (JSON.parse(result.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message);
}

describe('values quoted in messages as the user wrote them', () => {
  it('quotes an id with a backslash as written, not with the backslash doubled as JSON writes it', async () => {
    expect((await messages('backslash-id.yaml'))[0]).toMatch(/^"QT\\x" cannot be a procedure id: /);
    expect((await messages('backslash-id.yaml', 'vi'))[0]).toMatch(/^"QT\\x" không dùng được làm mã hiệu quy trình: /);
  });

  it('quotes a value with a backslash as written where it names what is wrong with it', async () => {
    expect((await messages('backslash-level.yaml'))[0]).toMatch(/^"level" "commune\\x" is not a level: /);
  });
});

describe('a procedure file saved as UTF-32', () => {
  it('is told to be saved as UTF-8, with either byte order mark, rather than called binary', async () => {
    for (const file of ['utf32-le.yaml', 'utf32-be.yaml']) {
      expect(await messages(file)).toEqual([
        'The file is saved as UTF-32, which procmap does not read: save it as UTF-8',
      ]);
      expect(await messages(file, 'vi')).toEqual([
        'Tệp được lưu dạng UTF-32, procmap không đọc được: hãy lưu lại tệp dạng UTF-8',
      ]);
    }
  });
});

describe('a key that reads as null or as nothing', () => {
  it('quotes "~" as written, not as the "null" YAML reads it', async () => {
    expect(await messages('tilde-key.yaml')).toEqual(['Unknown property "~"']);
    expect(await messages('tilde-key.yaml', 'vi')).toEqual(['Trường không hợp lệ "~"']);
  });

  it('says an empty key is empty, rather than quote "" and guess a field close to it', async () => {
    expect(await messages('empty-key.yaml')).toEqual([
      "Unknown property: the key is left empty, nothing before the colon; write the field's name there, or delete the line",
    ]);
    expect(await messages('empty-key.yaml', 'vi')).toEqual([
      'Trường không hợp lệ: tên trường để trống, không có gì trước dấu hai chấm; hãy viết tên trường vào đó, hoặc xóa dòng này',
    ]);
  });
});

describe('a cutoff written 24:00', () => {
  it('says why the end of the day is no cutoff, in both languages', async () => {
    expect(await messages('cutoff-end-of-day.yaml')).toEqual([
      '"cutoff" "24:00" is the end of the day, not an hour within it: a dossier received after the cutoff counts from the next working day, so the cutoff is an hour of the working day, before the office closes; write it like 15:00 or 16h30',
    ]);
    expect(await messages('cutoff-end-of-day.yaml', 'vi')).toEqual([
      '"cutoff" "24:00" là lúc hết ngày, không phải một giờ trong ngày: hồ sơ nhận sau giờ chốt được tính từ ngày làm việc tiếp theo, nên giờ chốt phải là một giờ trong ngày làm việc, trước khi hết giờ làm việc; hãy viết dạng 15:00 hoặc 16h30',
    ]);
  });
});
