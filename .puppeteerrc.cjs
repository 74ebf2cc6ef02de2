// procmap itself depends on puppeteer-core, which never downloads a browser. Only the development dependency
// puppeteer (the peer of mermaid-cli's `mmdc`, which the flowchart benchmark runs) would download Chrome on
// `npm ci`; this file, not in the published package, stops that in a checkout. Both use the system Chromium.
module.exports = { skipDownload: true };
