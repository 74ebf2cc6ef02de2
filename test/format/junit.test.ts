import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { junit } from '../../src/format/junit.js';
import type { Diagnostic } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const XSD = readFileSync(join(ROOT, 'test/schemas/jenkins-junit-4.xsd'), 'utf8');

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [XSD] });
  return result.errors.map((e) => e.rawMessage);
}

const diagnostic = (file: string, severity: Diagnostic['severity'], message: string): Diagnostic => ({
  file,
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  severity,
  rule: 'within-time-limit',
  message,
});

describe('junit formatter', () => {
  const xml = junit(
    {
      diagnostics: [
        diagnostic('procedures/xa/a.yaml', 'error', 'Đường găng <5d> & "quá hạn" \u0007'),
        diagnostic('procedures/xa/a.yaml', 'warning', 'Cảnh báo'),
      ],
      files: 2,
      paths: ['procedures/tinh/b.yaml', 'procedures/xa/a.yaml'],
    },
    { color: false, lang: 'en' },
  );

  it('is valid against the Jenkins JUnit schema', async () => {
    expect(await xsdErrors(xml)).toEqual([]);
  });

  it('the validator can fail', async () => {
    expect(
      (await xsdErrors(xml.replace('<testsuite name="procedures/xa/a.yaml"', '<testsuite'))).length,
    ).toBeGreaterThan(0);
  });

  it('has a suite per file: errors fail, warnings pass with their text, clean files pass', async () => {
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="procmap" tests="3" failures="1" errors="0" time="0">',
        '  <testsuite name="procedures/tinh/b.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="procedures/tinh/b.yaml" name="procmap lint" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="procedures/xa/a.yaml" tests="2" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase classname="procedures/xa/a.yaml" name="within-time-limit 3:5" time="0"><failure type="within-time-limit" message="Đường găng &lt;5d&gt; &amp; &quot;quá hạn&quot; ">procedures/xa/a.yaml:3:5: error: Đường găng &lt;5d&gt; &amp; "quá hạn"  (within-time-limit)</failure></testcase>',
        '    <testcase classname="procedures/xa/a.yaml" name="within-time-limit 3:5" time="0"><system-out>procedures/xa/a.yaml:3:5: warning: Cảnh báo (within-time-limit)</system-out></testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('is what `procmap lint --format junit` prints, and valid too', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--format', 'junit', 'procedures'], {
      cwd: join(ROOT, 'test/cli/fixtures/config-catalog'),
    });
    expect(result.code).toBe(0);
    expect(await xsdErrors(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('<testsuites name="procmap" tests="2" failures="0" errors="0" time="0">');
  });
});
