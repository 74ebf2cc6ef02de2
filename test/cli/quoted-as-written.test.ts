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
