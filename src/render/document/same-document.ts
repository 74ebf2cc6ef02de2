import type { Procedure } from '../../model/types.js';
import { analyseTime } from '../../time/analyse.js';
import { buildDocumentView } from './view.js';

/**
 * Whether two procedures print the same ISO document: what a procedure imported from its Word document may differ in
 * from its file without a reader of the document seeing it (a role that repeats its body's name, `false` left out).
 */
export function sameDocument(a: Procedure, b: Procedure): boolean {
  return printedDocument(a) === printedDocument(b);
}

/** What a procedure's ISO document prints, as one text to compare: its document view without the flowchart. */
export function printedDocument(procedure: Procedure): string {
  const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
  // Every format prints the applicants on one line after semicolons: a list and that line are the same print.
  return JSON.stringify({ ...view, applicants: view.applicants.join('; ') });
}
