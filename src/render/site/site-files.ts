import { idFileName } from '../../model/id-file-name.js';
import { citizenPath, procedureDir } from './index-page.js';

/** The on-time report page, written when the build measures dossier exports. */
export const ONTIME_PAGE = 'ontime.html';

/** The sitemap, written when the configuration gives the site's address. */
export const SITEMAP = 'sitemap.xml';

/** The page static servers show for an address the site has no page at. */
export const NOT_FOUND_PAGE = '404.html';

/** Site-wide pages every build writes. */
export const SITE_PAGES: readonly string[] = ['index.html', 'summary.html', NOT_FOUND_PAGE];

/** Site-wide files that only some builds write: the build manifest lists them so that a later build without them removes them. */
export const OPTIONAL_SITE_FILES: readonly string[] = [SITEMAP, ONTIME_PAGE];

/** The files one procedure's pages are made of, relative to the site root. */
export function procedureOutputs(id: string, pdf: boolean, docx: boolean): string[] {
  const dir = procedureDir(id);
  const name = idFileName(id);
  return [`${dir}/index.html`, citizenPath(id), `${dir}/flowchart.svg`, `${dir}/${name}.md`, ...(pdf ? [`${dir}/${name}.pdf`] : []), ...(docx ? [`${dir}/${name}.docx`] : [])];
}
