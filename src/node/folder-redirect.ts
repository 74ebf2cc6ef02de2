/**
 * Where a folder asked for without its final slash lives, as static servers answer it (301): `/p/QT-HT-02?x=1` →
 * `/p/QT-HT-02/?x=1`, so that the page's relative links (`citizen.html`, `flowchart.svg`) resolve inside the folder.
 * The path stays percent-encoded as requested; leading slashes collapse to one, so `//evil.example` cannot become a
 * link to another host. Undefined when the path already ends with a slash.
 */
export function folderLocation(url: URL): string | undefined {
  if (url.pathname.endsWith('/')) return undefined;
  return `/${url.pathname.replace(/^\/+/, '')}/${url.search}`;
}
