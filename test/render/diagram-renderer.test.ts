import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { launchBrowser } from '../../src/render/browser.js';
import { BrowserSession, DiagramError } from '../../src/render/diagram-renderer.js';
import { chartOrientation, svgSize } from '../../src/render/flowchart-page.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';
import { defaultBrowserPath, shareBrowser } from '../helpers/shared-browser.js';
import { FLOWCHART_FIXTURES, loadFlowchartFixture } from './flowchart-fixtures.js';

// These tests drive a real Chromium. With none installed they fail (never skip), so CI cannot pass without them.
// Each chart is drawn from its own source, so the suites that only draw charts run at the same time (describe.concurrent),
// keeping both pages of the session busy; "formats" runs alone, as its first test is about the pages of the pool.
const browsers = shareBrowser();
let session: BrowserSession;
let dir: string;
beforeAll(async () => {
  // Two pages, whatever the cores, so that "any page of the pool" means two.
  session = await browsers.session({ executablePath: defaultBrowserPath(), pages: 2 });
  dir = mkdtempSync(join(tmpdir(), 'procmap-render-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text an SVG shows: the content of its <text> elements with tags removed and XML entities decoded. */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => match[1]!.replace(/<[^>]*>/g, ''))
    .join(' ')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? whole),
    );
}

const LOOKALIKES: Record<string, string> = {
  '“': '"',
  '”': '"',
  '∗': '*',
  '‗': '_',
  ˋ: '`',
  '∼': '~',
  '∖': '\\',
  '⁅': '[',
  '⁆': ']',
  '‹': '<',
  '›': '>',
};

/**
 * Text as a reader sees it, to compare with what the user typed: white space ignored (mermaid wraps labels),
 * zero-width spaces dropped and procmap's look-alikes read as the characters they stand for.
 */
function squeeze(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200b]+/g, '')
    .replace(/[“”∗‗ˋ∼∖⁅⁆‹›]/g, (c) => LOOKALIKES[c]!);
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.concurrent.each(FLOWCHART_FIXTURES)('rendering %s', (name) => {
  const { procedure, analysis } = loadFlowchartFixture(name);

  it.each(['swimlane', 'flowchart'] as const)(
    'draws the %s dialect as a standalone SVG whose text is SVG text',
    async (dialect) => {
      const svg = await session.renderSvg(flowchartMermaid(procedure, analysis, { lang: 'vi', dialect, title: true }));
      expect(svg).toMatch(/^<svg\b[^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      // Markup only in procmap's own structure: nothing active, whatever the text says.
      const markup = svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '<text/>').replace(/<style>[\s\S]*?<\/style>/, '');
      expect(markup).not.toMatch(
        /<(foreignObject|script|img|image|iframe|a|use|object|embed)\b|\son\w+\s*=|javascript:|href\s*=|url\((?!#)/i,
      );
      const shown = squeeze(svgText(svg));
      for (const step of procedure.steps) expect(shown).toContain(squeeze(step.name));
      for (const step of procedure.steps)
        if (step.next && !Array.isArray(step.next))
          for (const label of Object.keys(step.next)) expect(shown).toContain(squeeze(label));
      for (const body of new Set(procedure.steps.map((step) => step.body)))
        expect(shown).toContain(squeeze(procedure.bodies[body]!.name));
      // The title is plain text to mermaid; procmap wraps a long one over the chart's width, every word kept.
      expect(shown).toContain(squeeze(`${procedure.id} · ${procedure.title}`));
    },
  );

  it('wraps a title wider than the chart to its width, instead of widening the drawing', async () => {
    const long = { ...procedure, title: `${procedure.title}; ${'trường hợp đặc biệt cần thẩm định lại '.repeat(8)}` };
    const source = (p: typeof procedure) =>
      flowchartMermaid(p, analysis, { lang: 'vi', dialect: 'swimlane', title: true });
    const [plain, wrapped] = await Promise.all([
      session.renderSvg(source({ ...procedure, title: 'Ngắn' })),
      session.renderSvg(source(long)),
    ]);
    const width = (svg: string) => svgSize(svg)!.width;
    // As wide as the chart with a short title, give or take the title's own margin; taller by the lines added.
    expect(width(wrapped)).toBeLessThanOrEqual(width(plain) + 1);
    expect(svgSize(wrapped)!.height).toBeGreaterThan(svgSize(plain)!.height + 30);
    const title = /<text[^>]*class="flowchartTitleText"[^>]*>([\s\S]*?)<\/text>/.exec(wrapped)![1]!;
    expect(title.match(/<tspan/g)!.length).toBeGreaterThan(1);
    expect(squeeze(svgText(`<text>${title}</text>`))).toBe(squeeze(`${long.id} · ${long.title}`));
  });
});

describe.concurrent('chart title', () => {
  it('shows the title as typed: < > & and quotes, like the step labels', async () => {
    const { procedure, analysis } = loadFlowchartFixture('parallel-join');
    const title = 'Điều chỉnh dự án <có> & "không" thuộc diện <b>chấp thuận</b>';
    const svg = await session.renderSvg(
      flowchartMermaid({ ...procedure, title }, analysis, { lang: 'vi', dialect: 'swimlane', title: true }),
    );
    const shown = /<text[^>]*class="flowchartTitleText"[^>]*>([\s\S]*?)<\/text>/.exec(svg)![1]!;
    expect(svgText(`<text>${shown.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '')}</text>`)).toBe(
      `${procedure.id} · ${title}`,
    );
  });
});

describe('formats', () => {
  const { procedure, analysis } = loadFlowchartFixture('parallel-join');
  const source = flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: true });

  it('renders the same SVG every time, on any page of the pool', async () => {
    const [a, b, c] = await Promise.all([
      session.renderSvg(source),
      session.renderSvg(source),
      session.renderSvg(source),
    ]);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('draws an edge label over a patch in the lane colour, so that a line under it does not cross its letters', async () => {
    const decision = loadFlowchartFixture('decision');
    const svg = await session.renderSvg(
      flowchartMermaid(decision.procedure, decision.analysis, { lang: 'vi', dialect: 'swimlane', title: true }),
    );
    const labels = [...svg.matchAll(/<g class="label edgeLabel"[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]!);
    expect(labels.filter((label) => /<tspan[^>]*>[^<]+</.test(label)).length).toBeGreaterThan(0);
    for (const label of labels.filter((label) => /<tspan[^>]*>[^<]+</.test(label))) {
      // A rectangle 4 px round the text, not letters stroked in that colour: Chromium prints stroked text as Type 3 fonts.
      const patch = /<rect class="background"[^>]*\/>/.exec(label)?.[0] ?? '';
      expect(patch, label).toContain('style="stroke: none; fill: #ffffde; opacity: 1"');
      expect(patch).toContain('rx="4"');
      expect(Number(/ width="([\d.e]+)"/.exec(patch)?.[1])).toBeGreaterThan(8);
      expect(Number(/ height="([\d.e]+)"/.exec(patch)?.[1])).toBeGreaterThan(8);
    }
    expect(svg).not.toMatch(/paint-order/);
    expect(svg).toMatch(/\.edgeLabel text\{stroke:none!important;\}/);
  });

  it('renders a PNG at twice the SVG size, for print', async () => {
    const svg = await session.renderSvg(source);
    const [, width, height] =
      /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg) ??
      /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
    const size = pngSize(await session.renderMermaid(source, 'png'));
    expect(size.width).toBe(2 * Math.ceil(Number(width)));
    expect(size.height).toBe(2 * Math.ceil(Number(height)));
  });

  it('renders a one-page PDF on A4 (or A3), turned to show the diagram larger, with its Vietnamese text', async () => {
    const path = join(dir, 'chart.pdf');
    writeFileSync(path, await session.renderMermaid(source, 'pdf'));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    // Turned whichever way prints the chart larger.
    const { landscape } = chartOrientation(svgSize(await session.renderSvg(source))!, 'A4', 10);
    expect(info).toMatch(
      landscape ? /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/ : /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    writeFileSync(path, await session.renderMermaid(source, 'pdf', { paper: 'A3' }));
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
      /Page size:\s+(119[01]\.\d+ x 841\.\d+|841\.\d+ x 119[01]\.\d+) pts \(A3\)/,
    );
    // Boxes wrap long names onto several lines.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Tiếp nhận hồ sơ liên thông');
    expect(text).toContain('Bảo hiểm xã hội');
  });

  it('prints HTML to an A4 PDF', async () => {
    const path = join(dir, 'doc.pdf');
    writeFileSync(
      path,
      await session.printPdf('<!doctype html><meta charset="utf-8"><h1>Quy trình đăng ký kết hôn</h1>'),
    );
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Quy trình đăng ký kết hôn');
  });

  it('grows the top margin to hold a page header that wraps, with the room asked for below it', async () => {
    // Twelve lines of 12 pt: far taller than the 20 mm margin the page's stylesheet gives.
    const header = `<div style="font-size: 12pt; line-height: 1.25; margin: 0 15mm;">${Array.from(
      { length: 12 },
      (_, line) => `Header${line + 1}`,
    ).join('<br>')}</div>`;
    const page = '<!doctype html><style>@page { margin: 20mm; }</style><p>BodyStart</p>';
    const print = { displayHeaderFooter: true, headerTemplate: header, footerTemplate: '<span></span>' };
    const path = join(dir, 'header.pdf');
    const words = (pdf: Buffer): Map<string, { top: number; bottom: number }> => {
      writeFileSync(path, pdf);
      const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
      return new Map(
        [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(\w+)<\/word>/g)].map(
          ([, top, bottom, word]) => [word!, { top: Number(top), bottom: Number(bottom) }],
        ),
      );
    };
    const mm = 72 / 25.4;
    // Without room asked for, Chromium draws the header over the page's first line (the fault this guards).
    const covered = words(await session.printPdf(page, print));
    expect(covered.get('Header12')!.bottom).toBeGreaterThan(covered.get('BodyStart')!.top);
    const fitted = words(await session.printPdf(page, { ...print, headerGapMm: 10 }));
    const gap = (fitted.get('BodyStart')!.top - fitted.get('Header12')!.bottom) / mm;
    expect(gap).toBeGreaterThan(8);
    expect(gap).toBeLessThan(16);
  });

  it('keeps, on a page whose stylesheet margin stands above the upright one (landscape), as much more room', async () => {
    // The stylesheet keeps 44 mm for the header upright and 52 on the landscape page, whose header stands 8 mm lower
    // (document.hbs); a header needing 60 mm upright needs 68 there, or it covers the landscape page's first line.
    const page =
      '<!doctype html><style>@page { margin: 44mm 15mm 20mm 30mm; } @page wide { size: A4 landscape; margin: 52mm 20mm 15mm; }' +
      '.wide { page: wide; }</style><p>UprightStart</p><div class="wide"><p>TurnedStart</p></div>';
    const path = join(dir, 'turned.pdf');
    writeFileSync(path, await session.printPdf(page, { topMarginMm: 60 }));
    const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const top = (word: string) =>
      (Number(new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="[\\d.]+">${word}<`).exec(boxes)![1]) * 25.4) / 72;
    expect(top('UprightStart')).toBeGreaterThanOrEqual(60);
    expect(top('UprightStart')).toBeLessThan(66);
    expect(top('TurnedStart')).toBeGreaterThanOrEqual(68);
    expect(top('TurnedStart')).toBeLessThan(74);
  });

  it('reports a source mermaid cannot parse as a DiagramError and keeps the page usable', async () => {
    await expect(session.renderSvg('flowchart TB\n  a[ --> ')).rejects.toBeInstanceOf(DiagramError);
    await expect(session.renderSvg(source)).resolves.toMatch(/^<svg/);
  });

  it('refuses an SVG id that could break out of its attribute', async () => {
    await expect(session.renderSvg(source, { svgId: 'x" onload="alert(1)' })).rejects.toThrow(/SVG id/);
  });
});

describe.concurrent('a session in a browser it did not launch', () => {
  it('renders and prints in its own pages, and closes only those', async () => {
    // A browser of its own: the file's shared one may be printing for another test file at the same time, and the
    // test counts every page of the browser.
    const browser = await launchBrowser(defaultBrowserPath());
    try {
      const options = { executablePath: defaultBrowserPath(), pages: 1 };
      const other = await BrowserSession.over(browser, options);
      await expect(other.renderSvg('flowchart TB\n  a --> b')).resolves.toMatch(/^<svg/);
      const before = (await browser.pages()).length;
      const own = await BrowserSession.over(browser, options);
      await expect(own.renderSvg('flowchart TB\n  a --> b')).resolves.toMatch(/^<svg/);
      await own.printPdf('<!doctype html><p>x</p>');
      expect((await browser.pages()).length).toBe(before + 2);
      await own.close();
      expect((await browser.pages()).length).toBe(before);
      expect(browser.connected).toBe(true);
      // The other session, in the same browser, still works.
      await expect(other.renderSvg('flowchart TB\n  a --> b')).resolves.toMatch(/^<svg/);
      await other.close();
    } finally {
      await browser.close();
    }
  });
});

describe.concurrent('the page never reaches the network', () => {
  let server: Server;
  const requests: string[] = [];
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('blocks what an unescaped label or a printed document would fetch', async () => {
    // Raw HTML in a label, as an unescaped step name would give: mermaid keeps <img> even in strict mode.
    await session.renderMermaid(`flowchart TB\n  a["<img src='${base}/label.png'>"] --> b`, 'png');
    await session.printPdf(
      `<!doctype html><link rel="stylesheet" href="${base}/style.css"><img src="${base}/doc.png"><iframe src="${base}/frame"></iframe>`,
    );
    expect(requests).toEqual([]);
  });
});

// Formerly flowchart-labels.test.ts: in this file, it shares the session's browser and warm mermaid pages.
/** The branch labels of a swimlane SVG that straddle a lane's left or right border (1 px of slack). */
function labelsOnBorders(svg: string): { labels: number; onBorder: string[] } {
  const borders = [
    ...svg.matchAll(/<rect class="swimlane-body"[^>]*?\sx="([-\d.]+)"[^>]*?\swidth="([-\d.]+)"/g),
  ].flatMap(([, x, width]) => [Number(x), Number(x) + Number(width)]);
  const labels = [
    ...svg.matchAll(
      /<g class="[^"]*\bedgeLabel\b[^"]*" id="([^"]*)" transform="translate\(([-\d.]+),\s*[-\d.]+\)"><rect[^>]*\/><g class="label"[^>]*transform="translate\(([-\d.]+),/g,
    ),
  ];
  const onBorder = labels
    .filter(([, , centre, left]) =>
      borders.some((x) => Number(centre) + Number(left) + 1 < x && x < Number(centre) - Number(left) - 1),
    )
    .map(([, id]) => id!);
  return { labels: labels.length, onBorder };
}

function catalog(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? catalog(path) : path.endsWith('.yaml') ? [path] : [];
  });
}

describe.concurrent('lane titles', () => {
  it('line up: every title band as deep as the deepest, when one lane name wraps onto two lines', async () => {
    const file = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
    const procedure = loadFile(file, readFileSync(file)).data as Procedure;
    // "Trung tâm Phục vụ hành chính công phường Kinh Bắc" wraps; the other two lane names do not.
    const source = flowchartMermaid(procedure, analyseTime(procedure), {
      lang: 'vi',
      dialect: 'swimlane',
      title: false,
    });
    const svg = await session.renderSvg(source);
    const rects = (kind: string) =>
      [
        ...svg.matchAll(new RegExp(`<rect class="swimlane-${kind}"[^>]* y="([-\\d.]+)"[^>]* height="([-\\d.]+)"`, 'g')),
      ].map((match) => ({ y: Number(match[1]), height: Number(match[2]) }));
    const titles = rects('title');
    expect(titles).toHaveLength(3);
    expect(new Set(titles.map((title) => title.height)).size).toBe(1);
    expect(rects('body').map((body) => body.y)).toEqual(titles.map((title) => title.y + title.height));
  });

  it('grow upwards to hold a lane name of several lines, the chart title above them', async () => {
    const file = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
    const procedure = loadFile(file, readFileSync(file)).data as Procedure;
    procedure.bodies.TPHT!.name =
      'Phòng Tài nguyên và Môi trường thuộc Ủy ban nhân dân huyện, thị xã, thành phố trực thuộc tỉnh Bắc Ninh';
    const source = flowchartMermaid(procedure, analyseTime(procedure), {
      lang: 'vi',
      dialect: 'swimlane',
      title: true,
    });
    const svg = await session.renderSvg(source);
    const titles = [...svg.matchAll(/<rect class="swimlane-title"[^>]* y="([-\d.]+)"[^>]* height="([-\d.]+)"/g)].map(
      (match) => ({ y: Number(match[1]), height: Number(match[2]) }),
    );
    expect(new Set(titles.map((title) => `${title.y} ${title.height}`)).size).toBe(1);
    // Four lines of 15 px text here: mermaid alone leaves a band of at most 36 px, and the name runs over the chart.
    expect(titles[0]!.height).toBeGreaterThan(4 * 15);
    const chartTitle = Number(/<text[^>]* y="([-\d.]+)" class="flowchartTitleText"/.exec(svg)![1]);
    const viewBoxTop = Number(/viewBox="[-\d.]+ ([-\d.]+) /.exec(svg)![1]);
    expect(chartTitle).toBeLessThan(titles[0]!.y);
    expect(viewBoxTop).toBeLessThan(chartTitle - 15);
    // Their lines centred, as a name of one line is: mermaid draws them left-aligned in a centred block. Two names
    // wrap here (this one and the one-stop centre's); "Lãnh đạo UBND phường Kinh Bắc" keeps its one line as drawn.
    const names = [...svg.matchAll(/<g class="cluster-label swimlane-label"[^>]*><g><rect[^>]*\/><text([^>]*)>/g)];
    expect(names).toHaveLength(3);
    expect(names.filter((name) => name[1]!.includes('text-anchor="middle"'))).toHaveLength(2);
  });
});

describe.concurrent('lane title bands', () => {
  /** Each lane's name: its lines, and the room between it and the top and bottom borders of its title band. */
  async function nameRoom(svg: string): Promise<{ lines: number; above: number; below: number }[]> {
    const page = await (await browsers.browser()).newPage();
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      return await page.evaluate(() =>
        [...document.querySelectorAll('g.swimlane')].map((lane) => {
          const band = lane.querySelector(':scope > rect.swimlane-title')!.getBoundingClientRect();
          const name = lane.querySelector('g.swimlane-label text')!.getBoundingClientRect();
          const lines = lane.querySelectorAll('g.swimlane-label tspan.text-outer-tspan').length;
          return { lines, above: name.top - band.top, below: band.bottom - name.bottom };
        }),
      );
    } finally {
      await page.close();
    }
  }
  const chart = async (names: Record<string, string>) => {
    const file = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
    const procedure = loadFile(file, readFileSync(file)).data as Procedure;
    for (const [body, name] of Object.entries(names)) procedure.bodies[body]!.name = name;
    return session.renderSvg(
      flowchartMermaid(procedure, analyseTime(procedure), { lang: 'vi', dialect: 'swimlane', title: false }),
    );
  };

  it('leave room above and below a lane name of two lines, which touched the top border', async () => {
    // A long body name in a narrow lane (one column of steps) takes two lines.
    const lanes = await nameRoom(await chart({ TPHT: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh' }));
    expect(lanes.filter(({ lines }) => lines === 2).length).toBeGreaterThanOrEqual(2);
    for (const { above, below } of lanes) {
      expect(above).toBeGreaterThanOrEqual(6);
      expect(below).toBeGreaterThanOrEqual(6);
    }
  });

  it('stay as mermaid draws them when every lane name fits on one line', async () => {
    const svg = await chart({ TTPVHCC: 'Trung tâm Một cửa' });
    const lanes = await nameRoom(svg);
    expect(lanes.map(({ lines }) => lines)).toEqual([1, 1, 1]);
    // mermaid's band of one line (25 px), not one grown to a margin of several lines.
    const bands = [...svg.matchAll(/<rect class="swimlane-title"[^>]* height="([-\d.]+)"/g)].map((m) => Number(m[1]));
    expect(bands).toEqual([25, 25, 25]);
  });
});

/** Each lane's name lines as the browser measures them, beside the width of the lane's title box. */
async function laneNameRows(svg: string): Promise<{ lane: number; rows: number[] }[]> {
  const page = await (await browsers.browser()).newPage();
  try {
    await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
    return await page.evaluate(() =>
      [...document.querySelectorAll('g.swimlane')].map((lane) => ({
        lane: Number(lane.querySelector(':scope > rect.swimlane-title')!.getAttribute('width')),
        rows: [...lane.querySelectorAll<SVGTSpanElement>('g.swimlane-label tspan.text-outer-tspan')].map((row) =>
          row.getComputedTextLength(),
        ),
      })),
    );
  } finally {
    await page.close();
  }
}

describe.concurrent('lane names', () => {
  it('wrap to their lane, as many lines as they need, rather than run over its borders', async () => {
    const file = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
    const procedure = loadFile(file, readFileSync(file)).data as Procedure;
    // Names from QT-DD-15 whose first line mermaid drew wider than the lane.
    const names = ['Thuế cơ sở 3 tỉnh Bắc Ninh (Chi cục Thuế khu vực)', 'Lãnh đạo Văn phòng Đăng ký đất đai tỉnh'];
    Object.values(procedure.bodies).forEach((body, i) => (body.name = names[i % names.length]!));
    const svg = await session.renderSvg(
      flowchartMermaid(procedure, analyseTime(procedure), { lang: 'vi', dialect: 'swimlane', title: false }),
    );
    const lanes = await laneNameRows(svg);
    expect(lanes.length).toBeGreaterThanOrEqual(2);
    // A margin of 8 px each side.
    for (const { lane, rows } of lanes) for (const row of rows) expect(row).toBeLessThanOrEqual(lane - 16);
    // Every word kept, in order.
    for (const name of names) expect(squeeze(svgText(svg))).toContain(squeeze(name));
  });
});

describe.concurrent('branch labels and lane borders', () => {
  it('finds a label that straddles a border, and passes one inside its lane', () => {
    const lane = '<rect class="swimlane-body" style="" x="0" y="0" width="200" height="500" fill="none"/>';
    const label = (centre: number) =>
      `<g class="label edgeLabel" id="e${centre}" transform="translate(${centre}, 90)"><rect width="0.1" height="0.1"/><g class="label" transform="translate(-40, -17)">`;
    expect(labelsOnBorders(`<svg>${lane}${label(100)}${label(190)}</svg>`)).toEqual({ labels: 2, onBorder: ['e190'] });
  });

  describe('in the bundled catalog', () => {
    // The file's session: all the charts asked for at once, so that both of its pages draw (one after another, they
    // took 11 s of the file's 15). Each chart's drawing does not depend on the page (see "any page of the pool").
    it('keeps every branch label inside a lane (the layout leaves lanes wide enough: nodeSpacing 20)', async () => {
      const charts = catalog(join(ROOT, 'procedures')).flatMap((file) => {
        const procedure = loadFile(file, readFileSync(file)).data as Procedure;
        const source = flowchartMermaid(procedure, analyseTime(procedure), {
          lang: 'vi',
          dialect: 'swimlane',
          title: false,
        });
        return source.includes('-->|') ? [{ id: procedure.id, source }] : [];
      });
      const drawn = await Promise.all(charts.map(({ source }) => session.renderSvg(source, { svgId: 'flowchart' })));
      let labels = 0;
      const onBorder: string[] = [];
      drawn.forEach((svg, k) => {
        const found = labelsOnBorders(svg);
        labels += found.labels;
        onBorder.push(...found.onBorder.map((id) => `${charts[k]!.id} ${id}`));
      });
      expect(labels).toBeGreaterThanOrEqual(20);
      expect(onBorder).toEqual([]);
    }, 300_000);
  });
});

describe.concurrent('the time summary under the chart', () => {
  // The note is as narrow as a step's box: "Đường găng (đỏ): 2,75 / ngày làm việc (22 giờ) / Thời hạn: 3 ngày…" ran
  // on with nothing to show where the limit's line began, which read as one sentence.
  it('starts each of its lines with a bullet that the rows a line wraps onto do not have', async () => {
    const { procedure, analysis } = loadFlowchartFixture('decision');
    const svg = await session.renderSvg(
      flowchartMermaid(procedure, analysis, { lang: 'vi', dialect: 'swimlane', title: false }),
    );
    const note = /id="[^"]*flowchart-summary[^"]*"[\s\S]*?<text\b[^>]*>([\s\S]*?)<\/text>/.exec(svg)![1]!;
    const rows = note
      .split('<tspan class="text-outer-tspan')
      .slice(1)
      .map((row) => svgText(`<text><tspan${row}</text>`).trim().normalize('NFC'));
    // The lines wrap onto more rows than they are (the note is narrow); each line, and only a line, starts with "• ".
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((row) => row.startsWith('• ')).map((row) => row.split(':')[0])).toEqual(
      ['• Đường găng (đỏ)', '• Thời hạn', '• Đạt'].map((text) => text.normalize('NFC')),
    );
  });
});
