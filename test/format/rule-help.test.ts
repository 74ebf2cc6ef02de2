import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleHelpFromPage } from '../../src/format/rule-help.js';
import { readRuleHelp } from '../../src/node/rule-help-reader.js';
import { RULES, ruleDocUrl } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const URL = 'https://github.com/procmap/procmap/blob/main/docs/rules/demo.md';
const page = (why: string, invalid = 'a: 1', valid = 'a: 2') =>
  `# demo\n\nA rule\n\n- Default severity: \`warn\`\n\n## Why\n\n${why}\n\n## Invalid\n\n\`\`\`yaml\n${invalid}\n\`\`\`\n\n## Valid\n\n\`\`\`yaml\n${valid}\n\`\`\`\n`;

describe('rule help for SARIF, from a rule page', () => {
  it('takes the Why, lines unwrapped, links made absolute, and both examples in the Markdown', () => {
    const help = ruleHelpFromPage(
      page('A body no step uses is an empty lane\nin the flowchart. See [known-body](known-body.md) and **this**.'),
      URL,
    );
    expect(help).toEqual({
      summary: 'A body no step uses is an empty lane in the flowchart. See known-body and this.',
      text: `A body no step uses is an empty lane in the flowchart. See known-body and this.\n\nThe rule’s page: ${URL}`,
      markdown:
        'A body no step uses is an empty lane in the flowchart. See [known-body](https://github.com/procmap/procmap/blob/main/docs/rules/known-body.md) and **this**.\n\n' +
        '**Invalid**\n\n```yaml\na: 1\n```\n\n**Valid**\n\n```yaml\na: 2\n```\n\n' +
        `[The rule’s page](${URL})`,
    });
  });

  it('keeps a long page short: the reason up to its first sub-heading, long examples left to the page', () => {
    const long = 'x: 1\n'.repeat(200).trim();
    const help = ruleHelpFromPage(
      page('First paragraph.\n\nSecond paragraph.\n\n### Details\n\nMuch more.\n\n```yaml\nb: 1\n```', long, 'a: 2'),
      URL,
    )!;
    expect(help.summary).toBe('First paragraph.');
    expect(help.markdown).toBe(
      `First paragraph.\n\nSecond paragraph.\n\n**Valid**\n\n\`\`\`yaml\na: 2\n\`\`\`\n\n[More on the rule’s page](${URL})`,
    );
    // A first paragraph too long alone is cut after a whole sentence.
    const sentence = 'This sentence is exactly about sixty characters long, give or take. ';
    const cut = ruleHelpFromPage(page(sentence.repeat(40).trim()), URL)!;
    expect(cut.summary.length).toBeLessThanOrEqual(900);
    expect(cut.summary.endsWith('take.')).toBe(true);
    expect(cut.text).toContain('More on the rule’s page');
  });

  it('gives nothing for a page without a Why', () => {
    expect(ruleHelpFromPage('# demo\n\nA rule\n', URL)).toBeUndefined();
  });

  it('reads every rule page shipped in docs/rules, each description within the 1,000 characters GitHub shows', () => {
    const help = readRuleHelp(RULES.map((rule) => rule.id));
    expect([...help.keys()]).toEqual(RULES.map((rule) => rule.id));
    for (const [id, { summary, markdown }] of help) {
      expect(summary.length, id).toBeLessThanOrEqual(1000);
      expect(markdown, id).toContain(`(${ruleDocUrl(id)})`);
      expect(readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8').replace(/\s+/g, ' '), id).toContain(
        summary
          .slice(0, 60)
          .replace(/\s+/g, ' ')
          .replace(/\[[^\]]*\]\([^)]*\)/g, ''),
      );
    }
    // A rule without a page keeps its link only.
    expect(readRuleHelp(['no-such-rule']).size).toBe(0);
  });

  it('ships the pages it reads with the package', () => {
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toContain('docs/rules');
  });
});
