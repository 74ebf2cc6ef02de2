import type { Lang } from '../../i18n.js';
import { html } from './html.js';
import { ONTIME_PAGE } from './site-files.js';

const TEXT = {
  en: {
    title: 'Page not built',
    said: 'The page {path} is not in the preview: its procedure has a problem (listed below) or was removed, or the site is still being built.',
    saidClean: 'The page {path} is not in the preview: its procedure was removed or never existed, or the site is still being built.',
    next: 'This page reloads itself on every save, and shows the procedure once it builds again.',
    index: 'Go to the index',
  },
  vi: {
    title: 'Chưa có trang này',
    said: 'Trang {path} chưa có trong bản xem trước: quy trình của trang đang có lỗi (liệt kê bên dưới), đã bị xoá, hoặc trang web đang được tạo.',
    saidClean: 'Trang {path} chưa có trong bản xem trước: quy trình của trang đã bị xoá hoặc không có, hoặc trang web đang được tạo.',
    next: 'Trang này tự tải lại sau mỗi lần lưu tệp, và hiện quy trình ngay khi tạo lại được.',
    index: 'Về trang danh mục',
  },
} as const;

/**
 * What the preview shows for a page that is not built, instead of a bare "Not found": like a dev server's error
 * overlay, an HTML page that the preview gives its problems panel and reload script, so that a page whose procedure
 * broke on a save comes back by itself when the file is fixed. `problems`: whether the catalog has problems to list.
 */
export function missingPage(path: string, lang: Lang, problems: boolean): string {
  const text = TEXT[lang];
  // The problems are listed below only when there are some: otherwise the page would point at nothing.
  const [before, after] = (problems ? text.said : text.saidClean).split('{path}');
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${text.title}</h1>
<p>${before}<code>${path}</code>${after}</p><p>${text.next}</p><p><a href="/">${text.index}</a></p></main></body></html>
`.value;
}

const NOT_FOUND = {
  en: {
    title: 'Page not found',
    said: 'The page {path} is not a page of the preview.',
    ontime:
      'The on-time report is made by procmap build with --dossiers and the file of dossiers; the preview reads no dossiers.',
    index: 'Go to the index',
  },
  vi: {
    title: 'Không có trang này',
    said: 'Trang {path} không có trong bản xem trước.',
    ontime:
      'Báo cáo giải quyết hồ sơ đúng hạn chỉ được tạo bằng lệnh procmap build với --dossiers và tệp hồ sơ; bản xem trước không đọc tệp hồ sơ.',
    index: 'Về trang danh mục',
  },
} as const;

/**
 * What the preview shows for a page no build of it writes (`/ontime.html`, `/khong-co.html`): not found, said as such,
 * not as a procedure with problems; the on-time report says which command makes it.
 */
export function notFoundPage(path: string, lang: Lang): string {
  const text = NOT_FOUND[lang];
  const [before, after] = text.said.split('{path}');
  const ontime = path.replace(/^\/+/, '') === ONTIME_PAGE;
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${text.title}</h1>
<p>${before}<code>${path}</code>${after}</p>${ontime ? html`<p>${text.ontime}</p>` : ''}<p><a href="/">${text.index}</a></p></main></body></html>
`.value;
}
