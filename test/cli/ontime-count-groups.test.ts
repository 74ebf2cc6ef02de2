import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// many-set-aside.csv: 1,103 rows, 3 measured and 1,100 set aside. Counts of a thousand and more were written 1103 in
// every format for people, beside the 66,67% of a Vietnamese decimal comma.
const DIR = 'test/fixtures/ontime/date-receipt';
const FILE = `${DIR}/many-set-aside.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];

describe('procmap ontime, counts of a thousand and more', () => {
  it('groups thousands with points in Vietnamese and commas in English, in the Markdown and HTML reports', async () => {
    const md = await runCli(['ontime', FILE, ...RUN, '--format', 'markdown', '--lang', 'vi']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('1 tệp, 1.103 dòng,');
    expect(md.stdout).toContain('| Dòng không đo được | 1.100 |');
    expect(md.stderr).toContain('Dòng không đo được: 1.100 (50 dòng đầu ở trên)\n');
    const html = await runCli(['ontime', FILE, ...RUN, '--format', 'html', '--lang', 'en']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('1,103 rows');
    expect(html.stdout).not.toContain('1103');
    // JSON stays a number, for scripts.
    const json = await runCli(['ontime', FILE, ...RUN, '--format', 'json']);
    expect(JSON.parse(json.stdout).rows).toBe(1103);
  });
});
