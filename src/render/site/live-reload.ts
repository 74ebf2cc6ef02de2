import { escapeHtml } from './html.js';

/** Where the preview server streams its reload events. */
export const EVENTS_PATH = '/__procmap/events';

/** A source list (`'self' data:`) with one source allowed too: `'none'` gives way to it, nothing else is dropped. */
function allowing(sources: string[], source: string): string[] {
  if (sources.length === 1 && sources[0] === "'none'") return [source];
  if (sources.includes(source)) return sources;
  // Adding a nonce to a list that allows every inline script would turn 'unsafe-inline' off for the page's own.
  const inlineAllowed =
    sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(nonce|sha\d+)-/.test(s));
  if (source.startsWith("'nonce-") && inlineAllowed) return sources;
  if (source === "'self'" && sources.includes('*')) return sources;
  return [...sources, source];
}

/**
 * A page's policy with the reload script (by nonce) and its event stream (same origin) allowed, and nothing else
 * loosened. The directives are changed in place, not appended: a browser keeps the first of two with the same
 * name, so an appended `script-src` after the page's `script-src 'none'` was ignored. A directive the page leaves
 * to `default-src` gets its own, from default-src's list.
 */
export function policyWithReload(policy: string, nonce: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name !== '')
    .map(([name, ...sources]) => ({ name: name!.toLowerCase(), sources }));
  const named = (name: string) => directives.find((directive) => directive.name === name);
  const fallback = named('default-src');
  const allow = (names: string[], source: string) => {
    const present = names.map(named).filter((directive) => directive !== undefined);
    for (const directive of present) directive.sources = allowing(directive.sources, source);
    if (present.length === 0 && fallback)
      directives.push({ name: names[0]!, sources: allowing(fallback.sources, source) });
  };
  allow(['script-src', 'script-src-elem'], `'nonce-${nonce}'`);
  allow(['connect-src'], "'self'");
  return directives.map(({ name, sources }) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Every Content-Security-Policy meta of a page, rewritten by policyWithReload: a page is held to all its policies at
 * once, so one left alone (the ISO document has its template's and procmap's own) would still block the script.
 */
function withReloadPolicies(page: string, nonce: string): string {
  return page.replace(/<meta\b[^>]*>/gi, (meta) => {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy\b/i.test(meta)) return meta;
    return meta.replace(
      /(\bcontent\s*=\s*)(?:"([^"]*)"|'([^']*)')/i,
      (_, start: string, double?: string, single?: string) =>
        double !== undefined
          ? `${start}"${policyWithReload(double, nonce)}"`
          : `${start}'${policyWithReload(single!, nonce).replaceAll("'", '&#39;')}'`,
    );
  });
}

/**
 * The reload script of a page served at build number `build`. A browser opens at most 6 connections to one host over
 * HTTP/1.1, and each open stream holds one: a hidden tab closes its stream (a 7th tab then still loads) and opens it
 * again when shown. The server names its build on every connection, so a tab shown again after a rebuild it missed
 * reloads; one that missed nothing does not.
 */
function reloadScript(nonce: string, build: number): string {
  const body = `let s;const b=${JSON.stringify(String(build))};const open=()=>{if(s||document.hidden)return;s=new EventSource(${JSON.stringify(EVENTS_PATH)});s.addEventListener('build',(e)=>{if(e.data!==b)location.reload()});s.addEventListener('reload',()=>location.reload())};const close=()=>{if(s)s.close();s=undefined};document.addEventListener('visibilitychange',()=>document.hidden?close():open());addEventListener('pagehide',close);addEventListener('pageshow',open);open();`;
  return `<script nonce="${nonce}">{${body}}</script>`;
}

/**
 * The problems panel's fixed-width fonts, each drawing Vietnamese whole (ồ, ế, ộ), before the generic `monospace`:
 * on Debian that is DejaVu Sans Mono, which has no glyph for a letter with two marks and drew "hồ sơ" as "hô`sơ".
 */
export const PANEL_FONTS = "ui-monospace, 'Liberation Mono', Consolas, 'Courier New', monospace";

/**
 * A built page as the preview server sends it, at build number `build`: a script that reloads it when the site is
 * rebuilt and, when the catalog has problems, a panel listing them. A page whose Content-Security-Policy forbids
 * scripts (the ISO document) gets that one script and the event stream allowed by nonce; everything else it forbids
 * stays forbidden.
 */
export function withLiveReload(page: string, problems: string, nonce: string, build = 0): string {
  let out = withReloadPolicies(page, nonce);
  const panel = problems
    ? `<div id="procmap-problems" role="alert" style="position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:9999;background:#fff4f4;color:#5c0b0b;border-top:3px solid #b3261e;font:13px/1.4 ${PANEL_FONTS};padding:8px 12px;white-space:pre-wrap">${escapeHtml(problems)}</div>`
    : '';
  const tail = `${panel}${reloadScript(nonce, build)}`;
  out = /<\/body>/i.test(out) ? out.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${tail}</body>`) : out + tail;
  return out;
}
