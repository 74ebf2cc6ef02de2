// procmap's documentation as published: a catalog started with `procmap init` from npm has no docs/ beside it, and the
// package ships only docs/rules (package.json "files"), so what procmap writes for the officer links here.
const DOCS = 'https://github.com/procmap/procmap/blob/main';

/** The published address of a page of procmap's documentation, by its path in the repository (`docs/calendar.md`). */
export function docsUrl(page: string): string {
  return `${DOCS}/${page}`;
}
