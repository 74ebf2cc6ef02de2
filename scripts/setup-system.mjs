#!/usr/bin/env node
// Makes sure the system has what rendering and its tests need: a Chromium, fonts that carry Vietnamese
// diacritics, and poppler's pdftotext (with --tests, LibreOffice too). On Debian as root it installs what is missing with apt-get; elsewhere it
// says what to install and fails, so a test run never silently skips the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../dist/render/browser.js';

const missing = [];
if (!findBrowser(process.env).ok) missing.push('chromium-headless-shell');
if (!existsSync('/usr/share/fonts/truetype/noto')) missing.push('fonts-noto-core');
if (!existsSync('/usr/share/fonts/truetype/dejavu')) missing.push('fonts-dejavu-core');
const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
if (!onPath('pdftotext')) missing.push('poppler-utils');
// The Decree 30/2020 print profile's font: Liberation Serif, the metric twin of Times New Roman.
if (!existsSync('/usr/share/fonts/truetype/liberation2')) missing.push('fonts-liberation2');
// The tests read Word documents back with LibreOffice as a second, independent reader. LibreOffice without Writer
// (Calc alone, which swaps the packages Writer needs on Debian) has soffice but prints no Word file: Debian's Writer
// module is libswlo.so.
const DEBIAN_LIBREOFFICE = '/usr/lib/libreoffice/program';
const writerMissing =
  !onPath('soffice') || (existsSync(DEBIAN_LIBREOFFICE) && !existsSync(`${DEBIAN_LIBREOFFICE}/libswlo.so`));
if (process.argv.includes('--tests') && writerMissing) missing.push('libreoffice-writer-nogui');

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(
      `procmap: missing system packages: ${missing.join(' ')}\nInstall them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), or set PROCMAP_CHROME to a Chrome or Chromium executable.`,
    );
    process.exit(1);
  }
  console.error(`procmap: installing ${missing.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`procmap: apt-get ${args[0]} failed; install ${missing.join(' ')} by hand`);
      process.exit(1);
    }
  }
}
