import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

const FOLDER = 'test/model/fixtures/dotted-body-keys';

function lintText(file: string, text: string) {
  return lint([loadFile(file, Buffer.from(text))], { lang: 'en' });
}

// Officers abbreviate "Phòng" with a dot (P.ĐT, CV P.LĐ), as the national portal writes it.
describe('body keys written with dots', () => {
  it('are told the key to write, and --fix writes it; the steps then find their bodies', () => {
    const file = `${FOLDER}/dotted.yaml`;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const { diagnostics } = lintText(file, text);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message.replace(/:.*;/, ':…;')}`)).toEqual([
      '9:3 "P.VHXH" cannot be a body id:…; write P_VHXH',
      '10:3 "CV P.LĐ" cannot be a body id:…; write CV_P_LD',
      '11:3 "P. ĐT" cannot be a body id:…; write P_DT',
    ]);
    // Each rename takes the steps that write the key with it, so they wait a pass for each other, as --fix runs.
    const fixesOf = (written: string) => lintText(file, written).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    const fixed = fixText(text, fixesOf(text), fixesOf).text;
    expect(fixed.split('\n').slice(7, 11)).toEqual([
      '  BPMC: Bộ phận Một cửa',
      '  P_VHXH: Phòng Văn hóa - Xã hội',
      '  CV_P_LD: Chuyên viên Phòng Lao động',
      '  P_DT: Phòng Đầu tư',
    ]);
    // The steps are written with the keys, not only read as them.
    expect(fixed.split('\n').filter((line) => line.startsWith('    body: '))).toEqual([
      '    body: BPMC',
      '    body: P_VHXH',
      '    body: CV_P_LD',
      '    body: P_DT',
    ]);
    const result = lintText(file, fixed);
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.steps.map((step) => step.body)).toEqual([
      'BPMC',
      'P_VHXH',
      'CV_P_LD',
      'P_DT',
    ]);
  });

  it('are not renamed onto a key the map has already: the officer chooses which body is which', () => {
    const file = `${FOLDER}/taken.yaml`;
    const { diagnostics } = lintText(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(diagnostics.map((d) => [d.line, d.message.replace(/.*;/, ''), d.fix !== undefined])).toEqual([
      [9, ' the full name goes in "name"', false],
      [10, ' write P_NV', true],
    ]);
  });
});
