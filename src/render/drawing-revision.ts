/**
 * What decides a chart's drawing besides its mermaid text: mermaid's version and the digest of procmap's files that
 * configure and patch it (test/render/drawing-revision.test.ts says the value to write when one of them changes). A
 * build reuses a chart it drew before only under the same revision, so a fix in the drawing reaches sites built
 * before it without `--clean`.
 */
export const DRAWING_REVISION = 'mermaid 11.17.2; procmap 366bc439ac00';
