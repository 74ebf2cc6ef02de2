import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWordDocument, sheetsOfDocument } from '../../src/interchange/docx-import.js';
import { FOUR_ON_THE_SPOT_NOTE, withSections } from '../../src/interchange/document-sections.js';
import { readDocx } from '../../src/interchange/docx-read.js';
import { keepKeys } from '../../src/interchange/kept-keys.js';
import { withUnprinted } from '../../src/interchange/unprinted.js';
import { printedDocument } from '../../src/render/document/same-document.js';
import { importSheets } from '../../src/interchange/workbook-import.js';
import { lint } from '../../src/lint/linter.js';
import { buildFlow } from '../../src/model/flow.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';
import { documentFields } from '../helpers/document-fields.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// Every bundled procedure written to Word as `procmap doc -f docx` writes it (a stand-in image for the chart), then
// imported back as an officer's ISO document would be: the sections of the document come back as they were.
const LOGO = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>');

describe('an ISO document procmap writes in Word, imported back', () => {
  const files = yamlFiles(join(ROOT, 'procedures'));
  const procedures = lint(files.map((file) => loadFile(file, readFileSync(file)))).procedures.map((p) => p.procedure);

  it('covers the bundled catalog', () => {
    expect(procedures.length).toBe(files.length);
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s keeps its sections', async (_, procedure) => {
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    const bytes = await renderDocx(view, {
      flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 },
      logo: { type: 'png', data: LOGO, width: 96, height: 96 },
    });
    const document = await readDocx(bytes);
    const read = sheetsOfDocument(document);
    if ('problem' in read) throw new Error(read.problem.en);
    // Every row of procmap's own tables is read, the placeholder of an issue without amendments included.
    expect(read.sections?.unread).toEqual([]);
    const imported = importWordDocument(document, 'doc.docx');
    if ('problem' in imported) throw new Error(imported.problem.en);
    const [outcome] = imported;
    // Four on-the-spot is noted with what to write: the document does not say which bodies work at the centre.
    expect(outcome?.imported?.notes.includes('Thực hiện theo cơ chế “4 tại chỗ”')).toBe(
      procedure.four_on_the_spot === true,
    );
    const back = lint([loadFile('back.yaml', Buffer.from(JSON.stringify(outcome?.imported?.procedure)))]);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(documentFields(back.procedures[0]!.procedure)).toEqual(documentFields(procedure));
    // The issuer, which the header prints in capitals, comes back as written (the header shows the agency when the
    // procedure has no issuer of its own).
    expect(back.procedures[0]!.procedure.issuer).toBe(
      procedure.issuer === procedure.agency ? undefined : procedure.issuer,
    );
    // A body the document defines by its key ("TTPVHCC: Trung tâm …") has that key already, before any file is read.
    const defined = Object.entries(procedure.bodies)
      .filter(([key, body]) => procedure.definitions?.some((d) => d.term === key && d.meaning === body.name))
      .map(([key]) => key);
    expect(Object.keys(back.procedures[0]!.procedure.bodies)).toEqual(expect.arrayContaining(defined));
    // Imported over the file it was written from, it takes that file's keys: the same bodies, steps and flow.
    const kept = keepKeys(back.procedures[0]!.procedure, procedure).procedure;
    expect(Object.keys(kept.bodies)).toEqual(Object.keys(procedure.bodies));
    // The flow as drawn: each step's body and hand-overs (`next: [following step]` and no `next` are one flow).
    const flow = (p: typeof procedure) => {
      const { edges } = buildFlow(p.steps);
      return p.steps.map(({ id, body }, i) => ({
        id,
        body,
        next: edges.filter((e) => e.from === i).map((e) => [p.steps[e.to]!.id, e.kind, e.label]),
      }));
    };
    expect(flow(kept)).toEqual(flow(procedure));
    // And the times as the file writes them: the document prints "5 ngày làm việc" for "5d".
    expect([kept.time_limit, ...kept.steps.map((s) => s.duration)]).toEqual([
      procedure.time_limit,
      ...procedure.steps.map((s) => s.duration),
    ]);
    // With what the document does not print taken from the file (four on-the-spot and the bodies' flags, a role
    // that repeats its body's name, `next` to the following step): the procedure itself, nothing lost.
    const whole = withUnprinted({ ...outcome!.imported!, procedure: kept }, procedure, printedDocument);
    expect(whole.procedure).toEqual(procedure);
    expect(whole.notes).not.toContain(FOUR_ON_THE_SPOT_NOTE);
  });
});

/**
 * The bundled chứng thực procedure with its text changed, written to Word in a language and read back: the procedure,
 * its document view, what the document reads as, and the procedure imported from it (none when it is refused).
 */
async function throughWord(change: (text: string) => string, lang: 'vi' | 'en' = 'vi') {
  const file = join(ROOT, 'procedures/xa/chung-thuc-ban-sao.yaml');
  const [procedure] = lint([loadFile(file, Buffer.from(change(readFileSync(file, 'utf8'))))]).procedures;
  const analysis = analyseTime(procedure!.procedure);
  const view = buildDocumentView({ procedure: procedure!.procedure, analysis, lang, flowchartPage: null });
  const bytes = await renderDocx(view, {
    flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 },
  });
  const read = sheetsOfDocument(await readDocx(bytes));
  const imported =
    'problem' in read
      ? undefined
      : withSections(importSheets(read.sheets, 'doc.docx', { documentTables: true }), read.sections)[0]?.imported;
  return { procedure: procedure!.procedure, analysis, view, read, imported };
}

describe('an ISO document procmap wrote in English', () => {
  it('is refused with what to do instead, not as a document without a title', async () => {
    const { read } = await throughWord((text) => text, 'en');
    expect('problem' in read && read.problem.en).toBe(
      'this document is in English, and procmap reads ISO documents in Vietnamese: make it again with `procmap doc --format docx` in Vietnamese (without --lang en), or import the procedure file it was made from',
    );
  });
});

describe('a limit with what the law says beside it, through Word', () => {
  // procmap's short spelling is said in its words, the law's case after hours in brackets after a comma, never as a
  // second bracket: "(40 giờ) (trường hợp …)"; the law's own words as written.
  const CASE = 'trường hợp phải xác minh thì không quá 10 ngày làm việc';
  it.each([
    ['5d kể từ ngày nhận đủ hồ sơ hợp lệ', '5 ngày làm việc (40 giờ) kể từ ngày nhận đủ hồ sơ hợp lệ'],
    [`5d (${CASE})`, `5 ngày làm việc (40 giờ), ${CASE}`],
    // The law's words as the file writes them, procmap's reading after a dash where they leave it open.
    [`05 ngày làm việc (${CASE})`, `05 ngày làm việc (${CASE})`],
    [`30 ngày lịch (${CASE})`, `30 ngày lịch (${CASE})`],
    [
      `24 giờ (${CASE})`,
      `24 giờ (${CASE}) — được tính là 24 giờ làm việc; văn bản không nói rõ giờ làm việc hay giờ đồng hồ`,
    ],
    [`30 ngày`, `30 ngày — được tính là 30 ngày lịch; văn bản không nói rõ ngày làm việc hay ngày lịch`],
    [`trong ngày (${CASE})`, `trong ngày (${CASE})`],
    [`3 ngày làm việc kể từ ngày nhận đủ hồ sơ; ${CASE}`, `3 ngày làm việc kể từ ngày nhận đủ hồ sơ; ${CASE}`],
  ])('prints "%s" as "%s" in the document, and reads back the same limit', async (limit, printed) => {
    const change = (text: string) => text.replace(/^time_limit: .*$/m, `time_limit: "${limit}"`);
    const { analysis, view, imported } = await throughWord(change);
    expect(view.time.limit).toBe(printed);
    const back = lint([loadFile('back.yaml', Buffer.from(JSON.stringify(imported?.procedure)))]);
    expect(analyseTime(back.procedures[0]!.procedure).limitDuration).toEqual(analysis.limitDuration);
  });
});

describe('a list the procedure says it has none of, through Word', () => {
  // The list's lines in the file, whatever their indent, replaced by one line.
  const listed = (key: string) => new RegExp(`\\n${key}:\\n(?:(?: {2}|- ).*\\n)+`);
  it.each(['legal_basis', 'definitions', 'conditions', 'dossier', 'forms', 'records'])(
    '%s: prints "Không" and comes back as none; left out, comes back left out',
    async (key) => {
      const none = await throughWord((text) => text.replace(listed(key), `\n${key}: Không\n`));
      expect(none.procedure[key as keyof Procedure]).toEqual([]);
      expect(none.imported?.procedure[key as keyof Procedure]).toEqual([]);
      const unset = await throughWord((text) => text.replace(listed(key), '\n'));
      expect(unset.procedure).not.toHaveProperty(key);
      expect(unset.imported?.procedure).not.toHaveProperty(key);
    },
  );
});

describe('a section the procedure leaves out, through Word', () => {
  it('comes back left out, not filled with the next line of the document', async () => {
    // No place, and channels: the document prints "Chưa quy định" and then the channels' table under 5.5.
    const change = (text: string) =>
      text.replace(/\nplace: >-\n(?: {2}.*\n)+/, '\nchannels: [Trực tiếp, Trực tuyến]\n');
    const { procedure, imported } = await throughWord(change);
    expect(procedure.place).toBeUndefined();
    expect(imported?.procedure.channels).toEqual([{ kind: 'in_person' }, { kind: 'online' }]);
    expect(imported?.procedure).not.toHaveProperty('place');
  });
});

describe('a procedure with a draft step, through Word', () => {
  it('comes back with the step still a draft, not refused for its time of nothing', async () => {
    const change = (text: string) => text.replace(/(\n {4}duration: )[^\n]+/, '$10h\n    draft: true');
    const { procedure, imported } = await throughWord(change);
    expect(procedure.steps[0]!.draft).toBe(true);
    const drafts = (steps: { draft?: boolean }[]) => steps.map((step) => step.draft === true);
    expect(drafts(imported?.procedure.steps ?? [])).toEqual(drafts(procedure.steps));
  });
});

describe('a signer with only a title or only a name, through Word', () => {
  it('comes back with what the document prints of each, none left out', async () => {
    // As the document fixture full.yaml signs: the approver by office alone, the reviewer by name alone.
    const change = (text: string) =>
      text
        .replace(/( {2}reviewed_by: ).*\n/, '$1{ name: Đỗ Văn Khánh }\n')
        .replace(/( {2}approved_by: ).*\n/, '$1{ title: Chủ tịch UBND phường }\n');
    const { procedure, imported } = await throughWord(change);
    expect(procedure.signoff?.approved_by).toEqual({ title: 'Chủ tịch UBND phường' });
    expect(imported?.procedure.signoff).toEqual(procedure.signoff);
  });
});
