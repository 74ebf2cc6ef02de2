import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/format/sarif.js';
import { workTreeTop } from '../../src/node/work-tree.js';
import type { Diagnostic } from '../../src/model/types.js';
import { RULES, ruleDocUrl } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function sarifValidator(): ValidateFunction {
  const {
    $schema: _draft,
    id: _id,
    ...schema
  } = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema has a pattern that is not a valid Unicode-mode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();
const valid = (log: unknown) => (validate(log) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

const diagnostic = (file: string, rule: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file,
  line: 10,
  column: 13,
  endLine: 10,
  endColumn: 15,
  severity,
  rule,
  message: `Thời hạn "5d" — ${rule}`,
});

describe('sarif formatter', () => {
  const log = JSON.parse(
    sarif(
      {
        diagnostics: [
          diagnostic('procedures/xa/đăng ký kết hôn.yaml', 'within-time-limit'),
          diagnostic('procedures/xa/a.yaml', 'unused-body', 'warning'),
          diagnostic('/srv/other/b.yaml', 'nfc', 'info'),
          diagnostic('', 'unique-id'),
          diagnostic('procmap.config.yaml', 'config'),
        ],
        files: 3,
      },
      { color: false, lang: 'en', cwd: '/home/ci/catalog' },
    ),
  ) as {
    runs: [
      {
        tool: { driver: { rules: Record<string, unknown>[] } };
        results: Record<string, unknown>[];
        originalUriBaseIds: unknown;
      },
    ];
  };
  const [run] = log.runs;

  it('is valid SARIF 2.1.0', async () => {
    expect(valid(log)).toEqual([]);
  });

  it('the validator can fail', async () => {
    expect(valid({ ...log, version: '2.0.0' }).length).toBeGreaterThan(0);
  });

  it('describes every rule with its help page and default level', async () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules.find((r) => r.id === 'unused-body')).toEqual({
      id: 'unused-body',
      shortDescription: { text: 'Every declared body should be responsible for a step' },
      helpUri: 'https://github.com/procmap/procmap/blob/main/docs/rules/unused-body.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.tool.driver.rules.find((r) => r.id === 'canonical-duration')?.defaultConfiguration).toEqual({
      level: 'warning',
      enabled: false,
    });
  });

  it('places results by relative URI under %SRCROOT%, with 1-based regions', async () => {
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/catalog/' } });
    expect(run.results[0]).toEqual({
      ruleId: 'within-time-limit',
      ruleIndex: RULES.findIndex((r) => r.id === 'within-time-limit'),
      level: 'error',
      message: { text: 'Thời hạn "5d" — within-time-limit' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: 'procedures/xa/%C4%91%C4%83ng%20k%C3%BD%20k%E1%BA%BFt%20h%C3%B4n.yaml',
              uriBaseId: '%SRCROOT%',
            },
            region: { startLine: 10, startColumn: 13, endLine: 10, endColumn: 15 },
          },
        },
      ],
    });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error', 'error']);
    expect(
      (run.results[2]!.locations as { physicalLocation: { artifactLocation: unknown } }[])[0]!.physicalLocation
        .artifactLocation,
    ).toEqual({ uri: 'file:///srv/other/b.yaml' });
    expect(run.results[3]!.locations).toEqual([]);
    expect(run.results[4]!.ruleIndex).toBeUndefined();
  });

  it('is what `procmap lint --format sarif --output` writes, and valid too', async () => {
    const dir = join(ROOT, 'test/cli/fixtures/config-catalog');
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-sarif-')), 'procmap.sarif');
    const result = await runCli(['lint', '--lang', 'en', '--format', 'sarif', '--output', out, 'procedures'], {
      cwd: dir,
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = JSON.parse(readFileSync(out, 'utf8')) as typeof log;
    expect(valid(written)).toEqual([]);
    expect(written.runs[0].results.length).toBe(2);
  });

  it('writes URIs relative to the repository top when it is given, and files outside it as absolute URIs', () => {
    const run = (
      JSON.parse(
        sarif(
          { diagnostics: [diagnostic('bad.yaml', 'nfc'), diagnostic('../../../other/c.yaml', 'nfc')], files: 2 },
          { color: false, lang: 'en', cwd: '/home/ci/repo/procedures/xa', sourceRoot: '/home/ci/repo' },
        ),
      ) as {
        runs: [
          {
            results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[];
            originalUriBaseIds: unknown;
          },
        ];
      }
    ).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/repo/' } });
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'procedures/xa/bad.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///home/ci/other/c.yaml' },
    ]);
  });

  it("carries each rule's help from its page: description, text and Markdown", async () => {
    const dir = join(ROOT, 'test/cli/fixtures/config-catalog');
    const result = await runCli(['lint', '--lang', 'en', '--format', 'sarif', 'procedures'], { cwd: dir });
    expect(result.code).toBe(0);
    const rules = (JSON.parse(result.stdout) as typeof log).runs[0].tool.driver.rules as {
      id: string;
      fullDescription?: { text: string };
      help?: { text: string; markdown: string };
    }[];
    expect(rules.filter((r) => !r.fullDescription || !r.help?.text || !r.help.markdown).map((r) => r.id)).toEqual([]);
    const unusedBody = rules.find((r) => r.id === 'unused-body')!;
    expect(unusedBody.fullDescription!.text).toMatch(
      /^A declared body that does no step is an empty lane in the flowchart/,
    );
    expect(unusedBody.help!.markdown).toContain('**Valid**\n\n```yaml\nbodies:');
    expect(valid(JSON.parse(result.stdout))).toEqual([]);
  });
});

describe('sarif in Vietnamese', () => {
  it('keeps to the language of the run: the pages, in English, become a link that says so', async () => {
    const dir = join(ROOT, 'test/cli/fixtures/config-catalog');
    const result = await runCli(['lint', '--lang', 'vi', '--format', 'sarif', 'procedures'], { cwd: dir });
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as {
      runs: [{ tool: { driver: { rules: Record<string, unknown>[] } }; results: { message: { text: string } }[] }];
    };
    const [run] = log.runs;
    expect(valid(log)).toEqual([]);
    const link = 'Giải thích và ví dụ trên trang của quy tắc (bằng tiếng Anh)';
    expect(run.tool.driver.rules).toEqual(
      RULES.map((rule) =>
        expect.objectContaining({
          id: rule.id,
          shortDescription: { text: rule.description.vi },
          help: {
            text: `${rule.description.vi}.\n\n${link}: ${ruleDocUrl(rule.id)}`,
            markdown: `${rule.description.vi}.\n\n[${link}](${ruleDocUrl(rule.id)})`,
          },
        }),
      ),
    );
    expect(run.tool.driver.rules.filter((rule) => 'fullDescription' in rule)).toEqual([]);
    expect(run.results[0]!.message.text).toBe('Đơn vị "VHXH" được khai báo nhưng không bước nào sử dụng');
  });
});

interface SarifRun {
  results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[];
  originalUriBaseIds: unknown;
}

describe('sarif URIs in a repository', () => {
  // A checkout: a .git folder at its top (a file, in a linked worktree), the catalog in a subfolder.
  const repository = (gitAsFile: boolean) => {
    const top = mkdtempSync(join(tmpdir(), 'procmap-sarif-repo-'));
    if (gitAsFile) writeFileSync(join(top, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    else mkdirSync(join(top, '.git'));
    mkdirSync(join(top, 'procedures', 'xa'), { recursive: true });
    writeFileSync(
      join(top, 'procedures', 'xa', 'chứng thực.yaml'),
      readFileSync(join(ROOT, 'test/cli/fixtures/config-catalog/procedures/xa/chung-thuc.yaml')),
    );
    return top;
  };

  it.each([false, true])(
    'are relative to the top of the work tree, not the folder lint runs in (.git a file: %s)',
    async (gitAsFile) => {
      const top = repository(gitAsFile);
      expect(workTreeTop(join(top, 'procedures', 'xa'))).toBe(top);
      const result = await runCli(['lint', '--lang', 'en', '--format', 'sarif', '../../procedures/xa'], {
        cwd: join(top, 'procedures', 'xa'),
      });
      expect(result.stderr).toBe('');
      const run = (JSON.parse(result.stdout) as { runs: [SarifRun] }).runs[0];
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${top.split(sep).join('/')}/` } });
      expect(
        run.results.map(
          (r) =>
            (r.locations as { physicalLocation: { artifactLocation: unknown } }[])[0]!.physicalLocation
              .artifactLocation,
        ),
      ).toEqual([{ uri: 'procedures/xa/ch%E1%BB%A9ng%20th%E1%BB%B1c.yaml', uriBaseId: '%SRCROOT%' }]);
    },
  );

  it('are relative to the top of the work tree for a file named through a link to it', async () => {
    const top = realpathSync(repository(false));
    const link = join(mkdtempSync(join(tmpdir(), 'procmap-sarif-link-')), 'repo link');
    symlinkSync(top, link);
    const result = await runCli(['lint', '--lang', 'en', '--format', 'sarif', join(link, 'procedures', 'xa')], {
      cwd: join(top, 'procedures'),
    });
    const run = (JSON.parse(result.stdout) as { runs: [SarifRun] }).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${top.split(sep).join('/')}/` } });
    expect(
      (run.results[0]!.locations as { physicalLocation: { artifactLocation: unknown } }[])[0]!.physicalLocation
        .artifactLocation,
    ).toEqual({ uri: 'procedures/xa/ch%E1%BB%A9ng%20th%E1%BB%B1c.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('are relative to the folder lint runs in outside any repository, as before', async () => {
    const top = repository(false);
    const outside = mkdtempSync(join(tmpdir(), 'procmap-sarif-plain-'));
    mkdirSync(join(outside, 'procedures'));
    writeFileSync(
      join(outside, 'procedures', 'a.yaml'),
      readFileSync(join(top, 'procedures', 'xa', 'chứng thực.yaml')),
    );
    expect(workTreeTop(outside)).toBeUndefined();
    const result = await runCli(['lint', '--lang', 'en', '--format', 'sarif', 'procedures'], { cwd: outside });
    const run = (JSON.parse(result.stdout) as { runs: [SarifRun] }).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${outside.split(sep).join('/')}/` } });
    expect(
      (run.results[0]!.locations as { physicalLocation: { artifactLocation: unknown } }[])[0]!.physicalLocation
        .artifactLocation,
    ).toEqual({ uri: 'procedures/a.yaml', uriBaseId: '%SRCROOT%' });
  });
});
