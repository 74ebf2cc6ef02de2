import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { analyseTime, type TimeAnalysis } from '../../src/time/analyse.js';

/** The flowchart fixtures: decision, parallel join, several bodies (over the limit), hostile text. */
export const FLOWCHART_FIXTURES = ['decision', 'parallel-join', 'multi-body', 'hostile'] as const;

/** Path of a flowchart fixture file. */
export function flowchartFixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/flowchart/${name}.yaml`, import.meta.url));
}

/** A flowchart fixture read into a procedure with its time analysis. */
export function loadFlowchartFixture(name: string): { procedure: Procedure; analysis: TimeAnalysis } {
  const loaded = loadFile(`${name}.yaml`, readFileSync(flowchartFixturePath(name)));
  if (loaded.data === undefined)
    throw new Error(`Fixture ${name} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const procedure = loaded.data as Procedure;
  return { procedure, analysis: analyseTime(procedure) };
}

/** A fixture written as officers write it ("next: B2 hoặc B3"), read as the linter reads it, with its time analysis. */
export function lintedFixture(name: string): { procedure: Procedure; analysis: TimeAnalysis } {
  const result = lint([loadFile(`${name}.yaml`, readFileSync(flowchartFixturePath(name)))], { lang: 'en' });
  const procedure = result.procedures[0]?.procedure;
  if (procedure === undefined)
    throw new Error(`Fixture ${name} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return { procedure, analysis: analyseTime(procedure) };
}
