import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';

// A fee by case in one text, each line marked "- " or "+ " as catalogs and the portal list them: the document printed
// the marks (escaped in Markdown, "\- Cấp mới"), and the amounts were left as pasted.
const FILE = join(ROOT, 'test/model/fixtures/fee-lines/cap-phep.yaml');

describe('a fee by case written as marked lines', () => {
  it('is read as its lines, as the same fee written as a YAML list, each amount with its unit', () => {
    const result = lint([loadFile(FILE, readFileSync(FILE))]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.fee).toBe('Cấp mới: 200.000 đồng\nCấp lại: 100.000 đồng');
    expect(procedure.channels![0]!.fee).toBe('Cấp mới: 150.000 đồng/giấy phép\nCấp lại: Miễn phí');
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    expect(view.fee).toBe('Cấp mới: 200.000 đồng\nCấp lại: 100.000 đồng');
  });
});
