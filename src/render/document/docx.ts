import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { documentArea, inTextHeightMm, PAPER_MM, pieceArea, type Paper, type Sheet } from '../flowchart-page.js';
import { STEP_COLUMNS } from './columns.js';
import { tileCaption, type DocumentView } from './view.js';
import { xmlSafe } from '../../xml-text.js';
import { procedureDates, type FileDates } from '../../file-dates.js';
import { datedZip } from '../../zip-dates.js';
import { LANDSCAPE_MARGINS_MM, PAGE_MARGINS_MM } from '../../page-margins.js';
import { WORD_CORE, wordCoreXml } from './docx-core.js';
import { mayOutgrowPage } from './row-split.js';

/** A picture to embed: PNG or JPEG bytes, or SVG with a PNG for readers that cannot draw SVG; size in CSS pixels. */
export interface DocxImage {
  type: 'png' | 'jpg' | 'svg';
  data: Buffer;
  /** Required for SVG: what Word 2013 and older, and other readers, show instead. */
  fallback?: Buffer;
  width: number;
  height: number;
  /** A flowchart piece whose cut overlaps the next piece (tilePlan): its caption says so. */
  overlaps?: boolean;
}

/** The pictures of a document besides its text. */
export interface DocxImages {
  flowchart?: DocxImage;
  /** The flowchart split over pages (flowchartSheet's tiles), in reading order, each sized as it prints; replaces `flowchart`. */
  flowchartTiles?: DocxImage[];
  logo?: DocxImage;
}

// Decree 30/2020/NĐ-CP, Phụ lục I: Times New Roman 13–14 pt; its margins are PAGE_MARGINS_MM.
const FONT = 'Times New Roman';
const BODY_HALF_POINTS = 26;
const SMALL_HALF_POINTS = 22;
const MARGIN = PAGE_MARGINS_MM;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'F0F0F0' } as const;
const PX_PER_MM = 96 / 25.4;
const LANGUAGE_TAGS = { vi: 'vi-VN', en: 'en-GB' } as const;
// templates/document.css's --ok and --over: a verdict reads green or red alike in the PDF and in Word.
const OK_COLOR = '1B5E20';
const OVER_COLOR = 'B00020';

/** Text as a Word file can hold it (the docx package writes text as it is): each character XML forbids, a space. */
function xmlText(text: string): string {
  return xmlSafe(text, ' ');
}

/** One run of text; `\n` in the text becomes a line break. */
function run(
  text: string,
  style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
): TextRun[] {
  return xmlText(text)
    .split(/\r\n?|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

function para(
  text: string | null,
  style: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    /** A verdict's colour, as the stylesheet's `--ok` / `--over` print it in the HTML and the PDF. */
    color?: string;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    /** Word's "keep with next": never the last line of a page with what it introduces on the next. */
    keepNext?: boolean;
    /** Word's "keep lines together": a line of two or three, never split over a page break. */
    keepLines?: boolean;
  } = {},
): Paragraph {
  const { align, keepNext, keepLines, ...font } = style;
  return new Paragraph({
    children: text === null ? [] : run(text, font),
    alignment: align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 60 },
    ...(keepNext ? { keepNext } : {}),
    ...(keepLines ? { keepLines } : {}),
  });
}

/** A placeholder for a section the procedure leaves empty, as the other formats print it. */
function placeholder(view: DocumentView): Paragraph {
  return para(view.labels.notApplicable, { italics: true });
}

/** What an empty list prints: "Không" when the procedure says there is none, else the placeholder. */
function emptyList(view: DocumentView, none: boolean): Paragraph {
  return none ? para(view.labels.none) : placeholder(view);
}

/** The bold and italics a cell asks for, leaving out what it does not set (docx writes an explicit `false`). */
function textStyle({ bold, italics }: { bold?: boolean; italics?: boolean }): { bold?: boolean; italics?: boolean } {
  return { ...(bold !== undefined && { bold }), ...(italics !== undefined && { italics }) };
}

function cell(
  content: string | null | Paragraph[],
  options: {
    bold?: boolean;
    italics?: boolean;
    center?: boolean;
    shade?: boolean;
    span?: number;
    keepNext?: boolean;
  } = {},
): TableCell {
  const children = Array.isArray(content)
    ? content
    : [
        new Paragraph({
          children: content === null ? [] : run(content, { ...textStyle(options), size: SMALL_HALF_POINTS }),
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          ...(options.keepNext ? { keepNext: true } : {}),
        }),
      ];
  return new TableCell({
    children,
    borders: CELL_BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlign.TOP,
    ...(options.shade ? { shading: SHADE } : {}),
    ...(options.span ? { columnSpan: options.span } : {}),
  });
}

/**
 * A header row that Word and LibreOffice repeat at the top of every page the table runs onto, kept with the first
 * row below it (Word's "keep with next" on its paragraphs): a table never starts with its header alone at a page's foot.
 */
function headRow(titles: readonly string[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title) => cell(title, { bold: true, center: true, shade: true, keepNext: true })),
  });
}

/** A table row, kept on one page unless its texts may be taller than one. */
function row(cells: TableCell[], texts: readonly (string | null | undefined)[] = []): TableRow {
  return new TableRow({ cantSplit: !mayOutgrowPage(texts), children: cells });
}

// The width of the text on an upright A4 page, in twentieths of a point.
const TEXT_WIDTH_TWIPS = convertMillimetersToTwip(210 - MARGIN.left - MARGIN.right);

/** A table across the text width, its columns in percent of it (fixed, so Word and LibreOffice draw the same). */
function table(rows: TableRow[], widths: readonly number[], textWidth = TEXT_WIDTH_TWIPS): Table {
  const columnWidths = widths.map((percent) => Math.round((percent / 100) * textWidth));
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
  });
}

/** A line under a cell's first, styled as the HTML's `.note` / `.verdict` print it (italic, green or red). */
interface Detail {
  text: string | null;
  italics?: boolean;
  bold?: boolean;
  color?: string;
}

/** Paragraphs of a table cell: a first line, then smaller lines below it. */
// The HTML's notes under a step's name or body are 11 pt (document.css `.note`, `.inputs`, `.flow`): the Word file's too.
function lines(
  first: string,
  rest: readonly (string | null | Detail)[],
  firstBold = false,
  keepNext = false,
  depth = 0,
): Paragraph[] {
  // A part of a heading step stands under it, indented (view.ts StepView.indent).
  const keep = {
    ...(keepNext ? { keepNext: true } : {}),
    ...(depth > 0 ? { indent: { left: depth * PART_INDENT } } : {}),
  };
  return [
    new Paragraph({ children: run(first, { bold: firstBold, size: SMALL_HALF_POINTS }), ...keep }),
    ...rest
      .map((line): Detail => (typeof line === 'string' || line === null ? { text: line } : line))
      .filter((line): line is Detail & { text: string } => line.text !== null && line.text !== '')
      .map(
        ({ text, ...style }) => new Paragraph({ children: run(text, { ...style, size: SMALL_HALF_POINTS }), ...keep }),
      ),
  ];
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ children: run(text), heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
}

function list(items: readonly string[], view: DocumentView, none: boolean): Paragraph[] {
  if (items.length === 0) return [emptyList(view, none)];
  return items.map(
    (item) => new Paragraph({ children: run(item), bullet: { level: 0 }, alignment: AlignmentType.JUSTIFIED }),
  );
}

/** An image scaled to fit a width and height in millimetres, never enlarged. */
function picture(image: DocxImage, maxWidthMm: number, maxHeightMm: number, alt: string): ImageRun {
  const scale = Math.min(1, (maxWidthMm * PX_PER_MM) / image.width, (maxHeightMm * PX_PER_MM) / image.height);
  const transformation = { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
  const altText = { name: xmlText(alt), description: xmlText(alt), title: xmlText(alt) };
  if (image.type === 'svg')
    return new ImageRun({
      type: 'svg',
      data: image.data,
      fallback: { type: 'png', data: image.fallback! },
      transformation,
      altText,
    });
  return new ImageRun({ type: image.type, data: image.data, transformation, altText });
}

/** The control header as agencies print it, in the Word page header so it is on every page, with page x/y as fields. */
// The paragraph style of the header's page line.
const PAGE_NUMBER_STYLE = 'ProcmapPageLine';

function controlHeader(view: DocumentView, logo: DocxImage | undefined, textWidth: number): Header {
  const h = view.header;
  const small = { size: 20 };
  const issuer = [
    // Single line spacing: a picture in a paragraph with a fixed or proportional line height gets cut off.
    ...(logo
      ? [
          new Paragraph({
            children: [picture(logo, 40, 16, h.issuer ?? '')],
            alignment: AlignmentType.CENTER,
            spacing: { line: 240, lineRule: LineRuleType.AUTO },
          }),
        ]
      : []),
    new Paragraph({
      children: run((h.issuer ?? '').toLocaleUpperCase(view.lang), { bold: true, ...small }),
      alignment: AlignmentType.CENTER,
    }),
  ];
  const title = [
    new Paragraph({ children: run(h.kind, { bold: true, size: 24 }), alignment: AlignmentType.CENTER }),
    new Paragraph({ children: run(h.title, { bold: true, ...small }), alignment: AlignmentType.CENTER }),
  ];
  // The code in bold, as the PDF's control header prints it (page-header.hbs): the reference a reader looks for.
  const meta = [
    new Paragraph({ children: [...run(`${view.labels.code}: `, small), ...run(h.code, { bold: true, ...small })] }),
    ...[
      `${view.labels.revision}: ${h.revision}`,
      ...(h.issued ? [`${view.labels.issued}: ${h.issued}`] : []),
      `${view.labels.effective}: ${h.effective}`,
    ].map((text) => new Paragraph({ children: run(text, small) })),
  ];
  meta.push(
    new Paragraph({
      // LibreOffice sizes a field's number by the paragraph's style, not by the run holding the field.
      style: PAGE_NUMBER_STYLE,
      children: [
        ...run(`${view.labels.page}: `, small),
        new TextRun({ children: [PageNumber.CURRENT], ...small }),
        new TextRun({ text: '/', ...small }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
      ],
    }),
  );
  const middle = (children: Paragraph[]) =>
    new TableCell({
      children,
      borders: CELL_BORDERS,
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  const frame = table(
    [new TableRow({ children: [middle(issuer), middle(title), middle(meta)] })],
    [27, 43, 30],
    textWidth,
  );
  return new Header({ children: [frame, new Paragraph({ children: [] })] });
}

function footer(view: DocumentView): Footer {
  return new Footer({
    children: [
      para(`${view.labels.code}: ${view.header.code} · ${view.labels.revision}: ${view.header.revision}`, {
        size: 18,
        align: AlignmentType.LEFT,
      }),
    ],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/**
 * The facts under the title (national code, field, level, agency) as the PDF prints them (`.facts`): a table without
 * rules in the middle of the page, labels in italics on the left, values left-aligned beside them.
 */
function facts(view: DocumentView): Table[] {
  if (view.facts.length === 0) return [];
  const plain = (text: string, italics: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: run(text, { italics, size: 24 }), alignment: AlignmentType.LEFT })],
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      margins: { top: 20, bottom: 20, left: 120, right: 120 },
    });
  const width = Math.round(TEXT_WIDTH_TWIPS * 0.8);
  return [
    new Table({
      rows: view.facts.map((fact) => new TableRow({ children: [plain(fact.label, true), plain(fact.value, false)] })),
      width: { size: width, type: WidthType.DXA },
      columnWidths: [Math.round(width * 0.3), Math.round(width * 0.7)],
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: {
        top: NO_BORDER,
        bottom: NO_BORDER,
        left: NO_BORDER,
        right: NO_BORDER,
        insideHorizontal: NO_BORDER,
        insideVertical: NO_BORDER,
      },
    }),
  ];
}

function cover(view: DocumentView): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      children: [
        ...run(view.header.kind, { bold: true, size: 36 }),
        new TextRun({ text: '', break: 1 }),
        ...run(view.header.title, { bold: true, size: 32 }),
      ],
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 240 },
    }),
    ...facts(view),
  ];
  if (view.fourOnTheSpot) out.push(para(view.labels.fourOnTheSpot, { bold: true, align: AlignmentType.CENTER }));
  out.push(new Paragraph({ children: [] }));
  const signers = view.signers;
  out.push(
    table(
      [
        headRow([view.labels.signoff, ...signers.map((s) => s.role)]),
        row([cell(view.labels.signName), ...signers.map((s) => cell(s.name, { center: true }))]),
        new TableRow({
          height: { value: convertMillimetersToTwip(30), rule: HeightRule.ATLEAST },
          children: [cell(view.labels.signature), ...signers.map(() => cell(null))],
        }),
        row([cell(view.labels.signTitle), ...signers.map((s) => cell(s.title, { center: true }))]),
      ],
      [22, 26, 26, 26],
    ),
  );
  out.push(
    new Paragraph({
      children: run(view.labels.history, { bold: true }),
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 120 },
    }),
  );
  const cols = view.historyColumns;
  const titles = [
    view.labels.historyRevision,
    view.labels.historyDate,
    view.labels.historyChanges,
    ...(cols.pages ? [view.labels.historyPages] : []),
    ...(cols.note ? [view.labels.historyNote] : []),
  ];
  const entries =
    view.history.length > 0
      ? view.history.map((h) =>
          row(
            [
              cell(h.revision, { center: true }),
              cell(h.date, { center: true }),
              cell(h.changes),
              ...(cols.pages ? [cell(h.pages)] : []),
              ...(cols.note ? [cell(h.note)] : []),
            ],
            [h.changes, h.pages, h.note],
          ),
        )
      : [
          row([
            cell(view.header.revision, { center: true }),
            cell(view.header.effective, { center: true }),
            cell(view.labels.notApplicable, { italics: true }),
          ]),
        ];
  const changes = 72 - (cols.pages ? 18 : 0) - (cols.note ? 18 : 0);
  out.push(
    table([headRow(titles), ...entries], [12, 16, changes, ...(cols.pages ? [18] : []), ...(cols.note ? [18] : [])]),
  );
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function dossier(view: DocumentView): FileChild[] {
  if (view.dossier.length === 0) return [emptyList(view, view.none.dossier)];
  const l = view.labels;
  const split = view.dossierSplit;
  const titles = [
    l.dossierNo,
    l.dossierName,
    ...(split ? [l.dossierOriginals, l.dossierCopiesOnly] : [l.dossierCopies]),
    l.dossierForm,
  ];
  const rows = [headRow(titles)];
  for (const group of view.dossierGroups) {
    // A case's heading row is kept with its first item, never left alone at the foot of a page.
    if (group.case !== null)
      rows.push(row([cell(group.heading ?? '', { bold: true, italics: true, span: titles.length, keepNext: true })]));
    for (const item of group.items) {
      const counts = split
        ? [cell(item.originals, { center: true }), cell(item.copiesOnly, { center: true })]
        : [cell(item.copies, { center: true })];
      rows.push(row([cell(String(item.no), { center: true }), cell(item.name), ...counts, cell(item.form)]));
    }
  }
  return [table(rows, split ? [7, 45, 12, 14, 22] : [7, 47, 20, 26])];
}

function timeSection(view: DocumentView): FileChild[] {
  const l = view.labels;
  const t = view.time;
  // The verdict line says what the figures above it mean: the table is kept with it (Word's "keep with next" on every
  // paragraph of its rows), or the verdict could stand alone at the top of the next page, away from its figures.
  const lines = [...t.channels, ...t.cases];
  const keepNext = Boolean(t.verdict) || lines.length > 0;
  const pair = (label: string, value: string) => row([cell(label, { keepNext }), cell(value, { keepNext })]);
  const rows = [
    pair(l.timeLimit, t.limit),
    pair(l.timeTotal, t.total),
    ...(t.criticalPath ? [pair(l.timeCriticalPath, t.criticalPath)] : []),
    ...(t.cutoff ? [pair(l.cutoff, t.cutoff)] : []),
  ];
  // The procedure's verdict, then each channel's own limit and each case's, as the HTML document prints them: each
  // line kept whole and with the next, so that no verdict stands at the top of a page away from its figures.
  const said: { text: string; verdict: boolean; within: boolean | null }[] = [
    ...(t.verdict ? [{ text: t.verdict, verdict: true, within: t.withinLimit }] : []),
    ...lines.flatMap((own) => [
      ...(own.text !== null ? [{ text: own.text, verdict: false, within: null }] : []),
      ...(own.verdict ? [{ text: own.verdict, verdict: true, within: own.withinLimit }] : []),
    ]),
  ];
  return [
    table(rows, [38, 62]),
    ...said.map((line, i) =>
      para(line.text, {
        ...(line.verdict ? { bold: true, color: line.within ? OK_COLOR : OVER_COLOR } : {}),
        keepLines: true,
        keepNext: i < said.length - 1,
      }),
    ),
  ];
}

function channels(view: DocumentView): FileChild[] {
  if (view.channels.length === 0) return [];
  const l = view.labels;
  return [
    // A title line over its table: kept with the table's first row.
    para(l.channels, { bold: true, keepNext: true }),
    table(
      [
        headRow([l.channelKind, l.channelLimit, l.channelFee, l.channelNote]),
        ...view.channels.map((c) =>
          row([
            cell(c.name),
            cell(lines(c.limit, [{ text: c.verdict, bold: true, color: c.withinLimit ? OK_COLOR : OVER_COLOR }])),
            cell(c.fee),
            cell(c.note),
          ]),
        ),
      ],
      view.channelColumns,
    ),
  ];
}

function steps(view: DocumentView): FileChild[] {
  const l = view.labels;
  const rows = [headRow([l.stepNo, l.stepName, l.stepBody, l.stepTime, l.stepForms])];
  for (const [index, step] of view.steps.entries()) {
    // The last step keeps with the total row after it, which Word would otherwise leave alone on a page.
    const keepNext = index === view.steps.length - 1;
    const keep = keepNext ? { keepNext: true } : {};
    // As the HTML prints them: the description and the question in italics, the inputs and the flow upright.
    const details = [
      { text: step.description, italics: true },
      step.inputs.length > 0 ? `${l.stepInputs}: ${step.inputs.join('; ')}` : null,
      { text: step.question, italics: true },
      step.flow,
    ];
    const forms = [
      ...step.forms.map(
        (form) => new Paragraph({ children: run(form, { bold: true, size: SMALL_HALF_POINTS }), ...keep }),
      ),
      ...step.outputs.map((output) => new Paragraph({ children: run(output, { size: SMALL_HALF_POINTS }), ...keep })),
    ];
    rows.push(
      row(
        [
          cell(String(step.no), { center: true, keepNext }),
          cell(lines(step.name, details, true, keepNext, step.indent)),
          cell(lines(step.body, [{ text: step.role, italics: true }], false, keepNext)),
          cell(step.time, { center: true, keepNext }),
          cell(forms.length > 0 ? forms : null, { keepNext }),
        ],
        [
          step.name,
          ...details.map((d) => (typeof d === 'string' || d === null ? d : d.text)),
          step.body,
          step.role,
          ...step.forms,
          ...step.outputs,
        ],
      ),
    );
  }
  rows.push(
    row([
      cell(l.stepTotal, { bold: true, shade: true, span: 3 }),
      cell(view.time.total, { bold: true, shade: true, span: 2 }),
    ]),
  );
  const w = STEP_COLUMNS;
  // Why the time column adds up to more than the total: a heading counted once, by its parts (as `procmap time` says).
  const once = view.stepsCountedOnce.map(
    (text) =>
      new Paragraph({ children: run(text, { italics: true, size: SMALL_HALF_POINTS }), spacing: { before: 120 } }),
  );
  return [table(rows, [w.no, w.step, w.body, w.time, w.forms]), ...once];
}

// A part's indent per level under its heading step, in twentieths of a point (a quarter inch), as the HTML's 1.5em.
const PART_INDENT = 360;

function simpleTable(
  view: DocumentView,
  none: boolean,
  titles: string[],
  widths: number[],
  items: (string | null)[][],
): FileChild[] {
  if (items.length === 0) return [emptyList(view, none)];
  return [
    table(
      [
        headRow(titles),
        ...items.map((cells) =>
          row(
            cells.map((text, i) => cell(text, { center: i === 0 })),
            cells,
          ),
        ),
      ],
      widths,
    ),
  ];
}

// Single line spacing: a picture in a paragraph with a fixed or proportional line height gets cut off.
function figure(image: DocxImage, area: { width: number; height: number }, alt: string): Paragraph {
  return new Paragraph({
    children: [picture(image, area.width, area.height, alt)],
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
  });
}

function legend(view: DocumentView): Paragraph {
  return para(`${view.labels.legend}: ${view.labels.legendItems.join('; ')}.`, { size: 20, align: AlignmentType.LEFT });
}

/** The chart in the text: on its page, with room above it for a short section, its text never below 7 pt. */
function inTextArea(image: DocxImage): { width: number; height: number } {
  const area = documentArea('A4', false);
  return { width: area.width, height: inTextHeightMm(area.height, image.height) };
}

function flowchart(view: DocumentView, image: DocxImage | undefined, sheet: Sheet | null): FileChild[] {
  if (!image) return [placeholder(view)];
  const area = sheet ? documentArea(sheet.paper, sheet.landscape) : inTextArea(image);
  return [figure(image, area, `${view.labels.flowchart}: ${view.header.title}`), legend(view)];
}

/** The pieces of a split flowchart, one page each, as the PDF prints them: picture, caption, the legend after the last. */
function flowchartPages(view: DocumentView, tiles: readonly DocxImage[], sheet: Sheet): FileChild[][] {
  return tiles.map((tile, i) => {
    const caption = tileCaption(view.labels, i, tiles.length, tile.overlaps === true);
    const last = i === tiles.length - 1;
    // The room this piece was planned for: the heading is on the first page only, the legend on the last.
    const area = pieceArea(sheet.paper, sheet.landscape, i, tiles.length);
    return [
      figure(tile, area, `${view.labels.flowchart}: ${view.header.title} (${caption})`),
      new Paragraph({
        children: run(caption, { italics: true, size: 20 }),
        alignment: AlignmentType.CENTER,
        ...(last ? { keepNext: true } : {}),
      }),
      ...(last ? [legend(view)] : []),
    ];
  });
}

function sectionPage(paper: Paper, landscape: boolean): NonNullable<ISectionOptions['properties']> {
  const [short, long] = PAPER_MM[paper];
  // The binding margin stays on the bound edge of the sheet, which is a landscape page's top (LANDSCAPE_MARGINS_MM).
  const margin = landscape ? LANDSCAPE_MARGINS_MM : MARGIN;
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: {
        width: convertMillimetersToTwip(short),
        height: convertMillimetersToTwip(long),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: convertMillimetersToTwip(margin.top),
        bottom: convertMillimetersToTwip(margin.bottom),
        left: convertMillimetersToTwip(margin.left),
        right: convertMillimetersToTwip(margin.right),
        header: convertMillimetersToTwip(margin.header),
        footer: convertMillimetersToTwip(margin.footer),
      },
    },
  };
}

/** The width between a section's margins, in twentieths of a point: what the control header spans. */
function textWidthTwips(paper: Paper, landscape: boolean): number {
  const [short, long] = PAPER_MM[paper];
  const margin = landscape ? LANDSCAPE_MARGINS_MM : MARGIN;
  return convertMillimetersToTwip((landscape ? long : short) - margin.left - margin.right);
}

/**
 * The process document as a Word file, with the same content as the HTML and PDF: the control header in the page
 * header of every page (page x/y as PAGE and NUMPAGES fields), tables whose header rows repeat on each page, the
 * sign-off block, the amendment history, the step table and the flowchart as a picture, on a page of its own
 * (`sheet`) when it needs one. Dated `dates` (File › Info and every part of the zip), so that the same procedure
 * gives the same bytes.
 */
export async function renderDocx(
  view: DocumentView,
  images: DocxImages,
  sheet: Sheet | null = null,
  dates: FileDates = procedureDates([]),
): Promise<Buffer> {
  const l = view.labels;
  const before: FileChild[] = [
    ...cover(view),
    heading(`1. ${l.purpose}`, 1),
    view.purpose ? para(view.purpose) : placeholder(view),
    heading(`2. ${l.scope}`, 1),
    view.scope ? para(view.scope) : placeholder(view),
    ...(view.applicants.length > 0
      ? [new Paragraph({ children: [...run(`${l.applicants}: `, { bold: true }), ...run(view.applicants.join('; '))] })]
      : []),
    heading(`3. ${l.legalBasis}`, 1),
    ...list(view.legalBasis, view, view.none.legalBasis),
    heading(`4. ${l.definitions}`, 1),
    ...simpleTable(
      view,
      view.none.definitions,
      [l.term, l.meaning],
      [30, 70],
      view.definitions.map((d) => [d.term, d.meaning]),
    ),
    heading(`5. ${l.content}`, 1),
    heading(`5.1. ${l.conditions}`, 2),
    ...list(view.conditions, view, view.none.conditions),
    heading(`5.2. ${l.dossier}`, 2),
    ...dossier(view),
    heading(`5.3. ${l.dossierCount}`, 2),
    view.dossierCount ? para(view.dossierCount) : placeholder(view),
    heading(`5.4. ${l.time}`, 2),
    ...timeSection(view),
    heading(`5.5. ${l.place}`, 2),
    view.place ? para(view.place) : placeholder(view),
    ...channels(view),
    heading(`5.6. ${l.fee}`, 2),
    view.fee ? para(view.fee) : placeholder(view),
  ];
  const chartHeading = heading(`5.7. ${l.flowchart}`, 2);
  // A split chart: one page per piece, the heading on the first (the PDF's layout).
  const pieces =
    images.flowchartTiles && images.flowchartTiles.length > 1 && sheet
      ? flowchartPages(view, images.flowchartTiles, sheet)
      : null;
  if (pieces) pieces[0]!.unshift(chartHeading);
  const chart: FileChild[] = [chartHeading, ...flowchart(view, images.flowchart, sheet)];
  const after: FileChild[] = [
    heading(`5.8. ${l.steps}`, 2),
    ...steps(view),
    ...(view.result
      ? [
          new Paragraph({
            children: [...run(`${l.result}: `, { bold: true }), ...run(view.result)],
            spacing: { before: 120 },
          }),
        ]
      : []),
    heading(`6. ${l.forms}`, 1),
    ...simpleTable(
      view,
      view.none.forms,
      [l.dossierNo, l.formCode, l.formName],
      [8, 25, 67],
      view.forms.map((f) => [String(f.no), f.code, f.name]),
    ),
    heading(`7. ${l.records}`, 1),
    ...simpleTable(
      view,
      view.none.records,
      [l.dossierNo, l.recordName, l.recordKeeper, l.recordRetention],
      [8, 42, 30, 20],
      view.records.map((r) => [String(r.no), r.name, r.keeper, r.retention]),
    ),
  ];
  // Each section carries its own header and footer: a landscape flowchart page is a section of its own.
  const section = (children: FileChild[], paper: Paper, landscape: boolean, first: boolean): ISectionOptions => ({
    headers: {
      default: controlHeader(view, images.logo, textWidthTwips(paper, landscape)),
    },
    footers: { default: footer(view) },
    properties: { ...sectionPage(paper, landscape), ...(first ? {} : { type: SectionType.NEXT_PAGE }) },
    children,
  });
  const sections =
    sheet === null
      ? [section([...before, ...chart, ...after], 'A4', false, true)]
      : [
          section(before, 'A4', false, true),
          ...(pieces
            ? pieces.map((page) => section(page, sheet.paper, sheet.landscape, false))
            : [section(chart, sheet.paper, sheet.landscape, false)]),
          section(after, 'A4', false, false),
        ];
  const document = new Document({
    styles: {
      default: {
        document: {
          // The document's language, so that Word checks the spelling of Vietnamese as Vietnamese.
          run: { font: FONT, size: BODY_HALF_POINTS, color: '000000', language: { value: LANGUAGE_TAGS[view.lang] } },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: BODY_HALF_POINTS, bold: true, color: '000000' },
          // A heading stays with its first line and is never split itself (keep with next, keep lines together).
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: BODY_HALF_POINTS, bold: true, italics: false, color: '000000' },
          paragraph: { spacing: { before: 180, after: 80 }, keepNext: true, keepLines: true },
        },
      },
      // The header's "Trang: x/y" in the header's small size, its numbers included (they are fields).
      paragraphStyles: [{ id: PAGE_NUMBER_STYLE, name: 'Page number line', basedOn: 'Normal', run: { size: 20 } }],
    },
    // A line ended by a line break (a purpose written on several lines) is not stretched to the margin, as Word
    // stretches it in a justified paragraph by default; the PDF leaves it ragged too.
    compatibility: { doNotExpandShiftReturn: true },
    sections,
  });
  const core = wordCoreXml(view.header, dates);
  const packed = await Packer.toBuffer(document, false, [{ path: WORD_CORE, data: core }]);
  return datedZip(packed, dates.modified);
}
