/**
 * The policy of every document procmap prints or writes, whatever the template says (templates are shared between
 * agencies): no script, no connection, no frame or plugin; only inline styles and data: images and fonts.
 */
export const DOCUMENT_POLICY =
  "default-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline' data:; img-src data:; font-src data:";

/**
 * The document with the policy as the first element of its head: wherever the HTML file is opened or published, a
 * template's script does not run and nothing is fetched.
 */
export function withDocumentPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return `${meta}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
