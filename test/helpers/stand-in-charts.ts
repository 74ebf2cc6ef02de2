import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserSession } from '../../src/render/diagram-renderer.js';
import type { SessionSource } from '../../src/render/session-source.js';
import { ROOT } from './cli.js';

// `procmap doc` asks Chromium for the flowchart (its SVG, a PNG of it) and, for Word, the height of the page header.
// A test of what a document says (its HTML text, a round trip through Word) never reads its picture: launching
// Chromium and encoding the chart's PNG was most of such a test's time (one `doc` run of three procedures: ~4 s, the
// import after it ~0.3 s). This browser answers with a stand-in picture, so that the run is procmap's own `doc`
// command, configuration, calendar, sweeps and file names included, with the chart alone left out. The e2e tests draw
// the real charts.

const LOGO = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>';
// The stylesheet's top margin: the room a header of one line takes, as Chromium measures it.
const HEADER_ROOM_MM = 44;

const standIn = {
  renderSvg: async () => SVG,
  renderMermaid: async (_source: string, format: string) => (format === 'svg' ? Buffer.from(SVG) : LOGO),
  rasterize: async () => LOGO,
  headerRoomMm: async () => HEADER_ROOM_MM,
  close: async () => undefined,
};

/** A browser for in-process `doc` runs whose documents are read for their text: every chart is one stand-in picture. */
export const STAND_IN_CHARTS: SessionSource = {
  async acquire() {
    return { session: standIn as unknown as BrowserSession, release: async () => undefined };
  },
};
