// procmap never downloads a browser: it finds a system Chromium at run time (see src/render/browser.ts).
module.exports = { skipDownload: true };
