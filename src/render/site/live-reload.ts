import { escapeHtml } from './html.js';

/** Where the preview server streams its reload events. */
export const EVENTS_PATH = '/__procmap/events';

/**
 * A built page as the preview server sends it: a script that reloads it when the site is rebuilt and, when the
 * catalog has problems, a panel listing them. A page whose Content-Security-Policy forbids scripts (the ISO
 * document) gets that one script and the event stream allowed by nonce; everything else it forbids stays forbidden.
 */
export function withLiveReload(page: string, problems: string, nonce: string): string {
  const csp = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;
  let out = page.replace(csp, (_, start: string, policy: string, end: string) => `${start}${policy}; script-src 'nonce-${nonce}'; connect-src 'self'${end}`);
  const panel = problems
    ? `<div id="procmap-problems" role="alert" style="position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:9999;background:#fff4f4;color:#5c0b0b;border-top:3px solid #b3261e;font:13px/1.4 monospace;padding:8px 12px;white-space:pre-wrap">${escapeHtml(problems)}</div>`
    : '';
  const script = `<script nonce="${nonce}">new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());</script>`;
  const tail = `${panel}${script}`;
  out = /<\/body>/i.test(out) ? out.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${tail}</body>`) : out + tail;
  return out;
}
