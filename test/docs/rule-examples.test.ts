import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { createCalendar } from '../../src/time/calendar.js';
import { ROOT } from '../helpers/cli.js';

// The examples of a rule page are what officers copy: each must read as the procedure it shows, and a message quoted
// after an example must be the one procmap prints for it.
const page = (id: string) => readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8');

/** Each YAML example of a page, with the message quoted right after it (`…`), when there is one. */
function examples(text: string): { yaml: string; message?: string }[] {
  return [...text.matchAll(/```yaml\n([\s\S]*?)\n```\n(?:\n`([^`]+)`)?/g)].map(([, yaml, message]) =>
    message === undefined ? { yaml: yaml! } : { yaml: yaml!, message: message.replace(/\s+/g, ' ') },
  );
}

// What the page's examples leave out: the fields every procedure has, and the bodies the steps name.
const HEAD = `id: EX-1\ntitle: Ví dụ\nrevision: 1\nbodies:\n  TNTKQ: { name: Bộ phận tiếp nhận và trả kết quả, single_window: true }\n  TP: { name: Tư pháp }\n  CA: { name: Công an phường }\n`;

describe('the examples of docs/rules', () => {
  const pages = readdirSync(join(ROOT, 'docs/rules')).filter((name) => name.endsWith('.md'));

  it.each(pages)('%s has steps that read as written: no comma in a name splits a flow map', (name) => {
    for (const { yaml } of examples(page(name.replace(/\.md$/, '')))) {
      let steps: unknown;
      try {
        steps = (parse(yaml) as { steps?: unknown } | null)?.steps;
      } catch {
        continue; // An example of a broken file, shown as such.
      }
      if (!Array.isArray(steps)) continue;
      for (const step of steps as unknown[]) {
        if (typeof step !== 'object' || step === null) continue;
        // "name: Xác minh, ký xác nhận" inside { } ends the name at the comma and makes "ký xác nhận" a key of nothing.
        const empty = Object.entries(step).filter(([, value]) => value === null).map(([key]) => key);
        expect(empty, `${name}: ${JSON.stringify(step)}`).toEqual([]);
      }
    }
  });
});

describe('docs/rules/within-time-limit.md', () => {
  const all = examples(page('within-time-limit'));

  it('quotes the message procmap prints for each invalid example', () => {
    const quoted = all.filter((example) => example.message !== undefined);
    expect(quoted.length).toBeGreaterThan(1);
    for (const { yaml, message } of quoted) {
      const effective = /^effective:/m.test(yaml) ? '' : 'effective: 2026-01-01\n';
      const { diagnostics } = lint([loadFile('ex.yaml', Buffer.from(HEAD + effective + yaml))], {
        rules: [RULES_BY_ID.get('within-time-limit')!],
        calendar: createCalendar({}),
        lang: 'en',
      });
      expect(diagnostics.map((d) => d.message.replace(/\s+/g, ' '))).toEqual([message]);
    }
  });
});
