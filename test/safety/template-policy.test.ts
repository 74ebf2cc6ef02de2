import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { catalogOf, workFolder } from './helpers.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// Issue 14, item 11: a shared template cannot run script or reach the network while procmap prints it, whatever
// it leaves out (here: no Content-Security-Policy of its own).
const work = workFolder('policy');
const catalog = catalogOf(join(work, 'catalog'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
let server: Server;
let base = '';
const reached: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    reached.push(`http ${request.url}`);
    response.end('');
  });
  server.on('upgrade', (request, socket) => {
    reached.push(`websocket ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a template without a policy of its own', () => {
  it('runs no script and reaches nothing while printing the PDF', async () => {
    const templates = join(work, 'templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, 'document.hbs'),
      `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="http://${base}/style.css"></head><body><p>Hostile template</p>
<script>document.body.append('SCRIPT-RAN'); new WebSocket('ws://${base}/socket'); fetch('http://${base}/fetch');</script>
<img src="http://${base}/image.png"><iframe src="http://${base}/frame"></iframe><object data="ftp://${base}/object"></object></body></html>`,
    );
    const out = join(work, 'out');
    // In this process, through the same main() as the binary: the server above answers while procmap awaits Chromium.
    const result = await runCli(['doc', catalog, '--format', 'pdf,html', '--template', templates, '-o', out], {
      browsers,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = execFileSync('pdftotext', [join(out, 'QT-HT-09.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Hostile template');
    expect(text).not.toContain('SCRIPT-RAN');
    // The HTML file carries the policy before anything of the template's, for wherever it is opened or published.
    const html = readFileSync(join(out, 'QT-HT-09.html'), 'utf8');
    const policy = html.indexOf(
      "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'",
    );
    expect(policy).toBeGreaterThan(0);
    expect(policy).toBeLessThan(html.indexOf('<link'));
    // Give a late WebSocket or fetch the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reached).toEqual([]);
    // A browser run: generous on a loaded machine.
  }, 240_000);
});
