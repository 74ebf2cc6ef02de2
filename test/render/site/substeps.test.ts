import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { renderHtml } from '../../../src/render/document/render.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import { citizenPage } from '../../../src/render/site/citizen-page.js';
import { buildCitizenView } from '../../../src/render/site/citizen-view.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { dayFromParts } from '../../../src/time/moment.js';

// The probe's procedure: step 2 (1 day) is 2.1 (4 h) + 2.2 (4 h). Listed as five steps "theo thứ tự", the page read
// as 2 days and a half where the total is 2; `procmap time` said why, no page did.
const file = new URL('./fixtures/substeps.yaml', import.meta.url);
const procedure = loadFile('substeps.yaml', readFileSync(file)).data as Procedure;
const calendar = createCalendar({});
const analysis = analyseTime(procedure, calendar);
const today = dayFromParts(2026, 3, 2)!;

describe('sub-steps on the site', () => {
  it('shows 2.1 and 2.2 as parts of 2 on the citizen page, and says under the steps that 2 is counted once', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = citizenPage(buildCitizenView({ procedure, analysis, calendar, lang, today }), { pdf: false });
      const steps = /<ol class="flow">[^]*?<p class="screen-only">/.exec(page)![0];
      await expect(steps).toMatchFileSnapshot(`__golden__/substeps.citizen-steps.${lang}.html`);
    }
  });

  it('says it under the step table of the ISO document, in the words `procmap time` prints', () => {
    const templates = compileTemplates(readTemplates());
    const iso = renderHtml(templates, { procedure, analysis, lang: 'vi' }, '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(iso).toMatch(
      /<\/table>\s*<p class="note steps-once">Bước 2 gồm các bước 2\.1, 2\.2 \(cộng lại 1 ngày làm việc\): tính một lần, theo các bước con<\/p>/,
    );
  });
});
