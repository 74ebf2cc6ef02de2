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
      "A field without its name: nothing is written before the colon; write the field's name before it, or delete the line",
    ]);
    expect(await messages('empty-key.yaml', 'vi')).toEqual([
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, hoặc xóa dòng này',
    ]);
  });
});

describe('a key left out, the line starting at its colon', () => {
  /** The schema's problems of one file: where each stands, and what it says. */
  async function placed(file: string, lang = 'en'): Promise<string[]> {
    const result = await runCli(['lint', `${DIR}/${file}`, '--format', 'json', '--lang', lang]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const { diagnostics } = JSON.parse(result.stdout) as {
      diagnostics: { line: number; column: number; message: string }[];
    };
    return diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  }

  it('is placed at its colon on its own line, not at the start of the file', async () => {
    expect(await placed('empty-key-line.yaml')).toEqual([
      "6:1 A field without its name: nothing is written before the colon; write the field's name before it, or delete the line",
    ]);
  });

  it("is placed at its colon inside a step, not at the step's first line, and names the one field the step lacks", async () => {
    // Before: '12:5 Missing required property "name"; add it, e.g. name: Tiếp nhận hồ sơ' too, the same mistake told
    // twice with two examples.
    expect(await placed('empty-key-step.yaml')).toEqual([
      "13:5 A field without its name: nothing is written before the colon; write the field's name before it, e.g. name: Thẩm định (the one required field missing here), or delete the line",
    ]);
    expect((await placed('empty-key-step.yaml', 'vi'))[0]).toBe(
      '13:5 Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, ví dụ name: Thẩm định (trường bắt buộc duy nhất còn thiếu ở đây), hoặc xóa dòng này',
    );
  });
});

describe('a key left out inside { }', () => {
  it('says to delete the entry and the comma that goes with it, not the line, which holds the other entries too', async () => {
    const result = await runCli(['lint', `${DIR}/empty-key-braces.yaml`, '--format', 'json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const { diagnostics } = JSON.parse(result.stdout) as {
      diagnostics: { line: number; column: number; message: string }[];
    };
    // Before: each ended "or delete the line", then "or delete the entry and its comma", whichever comma it was.
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "8:79 A field without its name: nothing is written before the colon; write the field's name before it, or delete the entry and the comma before it",
      "9:15 A field without its name: nothing is written before the colon; write the field's name before it, e.g. name: Thẩm định (the one required field missing here), or delete the entry and the comma after it",
    ]);
    expect(await messages('empty-key-braces.yaml', 'vi')).toEqual([
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, hoặc xóa mục này cùng dấu phẩy trước nó',
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, ví dụ name: Thẩm định (trường bắt buộc duy nhất còn thiếu ở đây), hoặc xóa mục này cùng dấu phẩy sau nó',
    ]);
  });

  it('names no comma for the only entry, and says a key left out, not "null", in a file without anchors', async () => {
    const result = await runCli(['lint', `${DIR}/empty-key-alone.yaml`, '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([1, '']);
    // Before: 'Unknown property "{ : Bộ phận Một cửa }"' at 8:7 (the fast parser read the key as "null"), and in a
    // file with an anchor "or delete the entry and its comma" where there is none.
    expect(result.stdout).toContain(
      "8:9  error  A field without its name: nothing is written before the colon; write the field's name before it, e.g. name: Bộ phận Một cửa (the one required field missing here), or delete the entry  schema",
    );
    expect(result.stdout).toContain(
      "9:9  error  A field without its name: nothing is written before the colon; write the field's name before it, e.g. name: Công chức Tư pháp (the one required field missing here), or delete the entry and the comma after it  schema",
    );
    expect(result.stdout).not.toContain('Unknown property');
    // Nor the field told missing beside it, with an example of its own ("name: Phòng Kinh tế").
    expect(result.stdout).not.toContain('Missing required property');
    expect(await messages('empty-key-alone.yaml', 'vi')).toContain(
      'Trường chưa có tên: không có gì trước dấu hai chấm; hãy viết tên trường trước dấu hai chấm, ví dụ name: Bộ phận Một cửa (trường bắt buộc duy nhất còn thiếu ở đây), hoặc xóa mục này',
    );
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

describe('a configuration with aliases or a rule list of the wrong shape', () => {
  const CONFIG = `${DIR}/config`;
  /** Standard error of `lint` over the dossier test catalog with a configuration. */
  async function configErrors(file: string, lang = 'en'): Promise<string> {
    const result = await runCli(['lint', 'test/fixtures/ontime/catalog', '-c', `${CONFIG}/${file}`, '--lang', lang]);
    expect(result.code).toBe(2);
    return result.stderr;
  }

  it('points at an alias that refers to the value it is written in, not at 1:1 as too deep', async () => {
    expect(await configErrors('self-alias.yaml')).toBe(
      `procmap: Invalid configuration:\n${CONFIG}/self-alias.yaml:2:6: The alias *a refers to the value it is written in (&a), so that value would hold itself without end: write the value out here instead\n`,
    );
    expect(await configErrors('self-alias.yaml', 'vi')).toContain(
      'self-alias.yaml:2:6: Tham chiếu *a trỏ tới chính giá trị chứa nó (&a), nên giá trị đó lặp lại chính nó không bao giờ hết: hãy ghi thẳng nội dung ở đây\n',
    );
  });

  it('points at such an alias in a procedure file too', async () => {
    expect(await messages('self-alias.yaml')).toEqual([
      'The alias *a refers to the value it is written in (&a), so that value would hold itself without end: write the value out here instead',
    ]);
  });

  it('says an alias bomb repeats its references more than a configuration needs, not a procedure', async () => {
    expect(await configErrors('alias-bomb.yaml')).toContain(
      'more often than a configuration or calendar file needs; write each value once where it is used\n',
    );
    expect(await configErrors('alias-bomb.yaml', 'vi')).toContain(
      'nhiều hơn một tệp cấu hình hay tệp lịch cần; hãy ghi thẳng từng giá trị ở nơi dùng nó\n',
    );
  });

  it('says once that a rule takes no options, for a list both too long and without options in braces', async () => {
    expect(await configErrors('rule-list.yaml')).toBe(
      `procmap: Invalid configuration:\n${CONFIG}/rule-list.yaml:3:14: Rule "unique-id" takes no options: write just its severity, e.g. unique-id: warn\n`,
    );
  });
});
