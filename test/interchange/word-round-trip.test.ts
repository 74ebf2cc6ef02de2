import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetsOfDocument, withSections } from '../../src/interchange/docx-import.js';
import { readDocx } from '../../src/interchange/docx-read.js';
import { importSheets } from '../../src/interchange/workbook-import.js';
import { lint } from '../../src/lint/linter.js';
import { parseDuration } from '../../src/model/duration.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// Every bundled procedure written to Word as `procmap doc -f docx` writes it (a stand-in image for the chart), then
// imported back as an officer's ISO document would be: the sections of the document come back as they were.
const LOGO = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>');

/** What a reader of the document sees of a procedure: each channel with the limit and fee it has, its own or not. */
function sections(p: Procedure) {
  const fee = (value: string | number | undefined) =>
    typeof value === 'number' ? `${value.toLocaleString('vi-VN')} đồng` : value;
  return {
    title: p.title,
    limit: parseDuration(p.time_limit),
    channels: p.channels?.map((c) => ({
      kind: c.kind,
      limit: parseDuration(c.time_limit ?? p.time_limit),
      fee: fee(c.fee ?? p.fee),
      note: c.note,
    })),
    purpose: p.purpose,
    scope: p.scope,
    legalBasis: p.legal_basis,
    definitions: p.definitions,
    conditions: p.conditions,
    dossier: p.dossier,
    dossierCount: p.dossier_count,
    fee: fee(p.fee),
    place: p.place,
    result: p.result,
    records: p.records,
    forms: p.forms,
    signoff: p.signoff,
    history: p.history,
    // Each step's details as its cells print them: the question, the inputs, forms by code and outputs by name.
    steps: p.steps.map((step) => ({
      name: step.name,
      question: step.question,
      inputs: step.inputs,
      forms: step.forms,
      outputs: step.outputs,
    })),
  };
}

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
    const read = sheetsOfDocument(await readDocx(bytes));
    if ('problem' in read) throw new Error(read.problem.en);
    const [outcome] = withSections(importSheets(read.sheets, 'doc.docx', { documentTables: true }), read.sections);
    // Four on-the-spot is noted with what to write: the document does not say which bodies work at the centre.
    expect(outcome?.imported?.notes.includes('Thực hiện theo cơ chế “4 tại chỗ”')).toBe(
      procedure.four_on_the_spot === true,
    );
    const back = lint([loadFile('back.yaml', Buffer.from(JSON.stringify(outcome?.imported?.procedure)))]);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(sections(back.procedures[0]!.procedure)).toEqual(sections(procedure));
  });
});
