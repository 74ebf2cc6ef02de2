import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import type { Procedure } from '../../src/model/types.js';
import { OntimeAggregator, type AggregateOptions } from '../../src/ontime/aggregate.js';
import { CsvParser, type HeaderTest } from '../../src/ontime/csv.js';
import { DossierEvaluator, type DossierResult } from '../../src/ontime/evaluate.js';
import { measureTable, namesRequiredColumns, type CellRecord } from '../../src/ontime/measure.js';
import { planColumns } from '../../src/ontime/columns.js';
import { measuredProcedure, ProcedureIndex, type MeasuredProcedure } from '../../src/ontime/procedures.js';
import { createCalendar } from '../../src/time/calendar.js';
import { parseMoment } from '../../src/time/moment.js';
import type { ColumnMapping } from '../../src/ontime/columns.js';

/** The fixtures of the on-time tests. */
export const FIXTURES = join(import.meta.dirname, '../fixtures/ontime');

/** The fixture catalog as the measurement sees it (read straight from YAML: the files are canonical already). */
export function fixtureProcedures(): MeasuredProcedure[] {
  const dir = join(FIXTURES, 'catalog');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => measuredProcedure(YAML.load(readFileSync(join(dir, name), 'utf8')) as Procedure)!);
}

/** A fixture procedure under another id, without its national code, with another time limit (`4 giờ làm việc`). */
export function procedureWithLimit(id: string, limit: string, from = 'chung-thuc.yaml'): MeasuredProcedure {
  const procedure = YAML.load(readFileSync(join(FIXTURES, 'catalog', from), 'utf8')) as Procedure;
  const { code: _code, ...rest } = procedure;
  return measuredProcedure({ ...rest, id, time_limit: limit } as Procedure)!;
}

/** A local moment from `2026-02-13 09:00`. */
export function at(text: string): number {
  const moment = parseMoment(text);
  if (moment === undefined) throw new Error(`bad moment in a test: ${text}`);
  return moment;
}

/** Batches of records of a CSV text, cut into chunks of a given size to cross every boundary. */
export async function* csvBatches(text: string, chunk = 64, isHeader?: HeaderTest): AsyncGenerator<CellRecord[]> {
  const parser = new CsvParser(isHeader);
  for (let i = 0; i < text.length; i += chunk) yield parser.push(text.slice(i, i + chunk));
  yield parser.end();
}

/** Measures a CSV text against the fixture catalog on the default calendar (`keep`: the workbook's options). */
export async function measureCsv(
  text: string,
  asOf: string,
  mapping: ColumnMapping = {},
  procedures = fixtureProcedures(),
  keep: Pick<AggregateOptions, 'keepDossiers' | 'keepAtMost'> = {},
) {
  const calendar = createCalendar();
  const evaluator = new DossierEvaluator(calendar, new ProcedureIndex(procedures), at(asOf));
  const aggregator = new OntimeAggregator({ asOf: at(asOf), hoursPerDay: calendar.hoursPerDay, ...keep });
  const isHeader: HeaderTest = (cells, below) => namesRequiredColumns(cells, mapping, below);
  const outcome = await measureTable('ho-so.csv', csvBatches(text, 64, isHeader), mapping, evaluator, aggregator);
  return { outcome, report: aggregator.report(), evaluator, calendar };
}

/** Each dossier of a CSV text (a header line, then one line each) measured on the default calendar, by its number. */
export function evaluateCsv(text: string, asOf: string, procedures = fixtureProcedures()): Map<string, DossierResult> {
  const parser = new CsvParser();
  const [header, ...records] = [...parser.push(text), ...parser.end()];
  const plan = planColumns(header!.values);
  const evaluator = new DossierEvaluator(createCalendar(), new ProcedureIndex(procedures), at(asOf));
  const results = new Map<string, DossierResult>();
  const f = plan.fields;
  for (const record of records) {
    const v = record.values;
    const cell = (index: number | undefined) => (index === undefined ? undefined : v[index]);
    const text = (index: number | undefined) => String(cell(index) ?? '');
    const outcome = evaluator.evaluate({
      file: 'ho-so.csv',
      row: record.row,
      id: text(f.id),
      procedure: text(f.procedure),
      received: cell(f.received),
      finished: cell(f.finished),
      appointment: cell(f.appointment),
      status: text(f.status),
      channel: text(f.channel),
      pauses: cell(f.pauses),
      pauseStart: undefined,
      pauseEnd: undefined,
      body: '',
      steps: plan.steps.map(({ step, column }) => ({ step, cell: v[column] })),
    });
    if (outcome.kind === 'measured') results.set(outcome.result.id, outcome.result);
  }
  return results;
}
