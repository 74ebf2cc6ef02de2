import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { wholeFolderRefusal } from '../../src/node/files.js';
import { catalogOf, workFolder } from './helpers.js';

// `-o /` and `-o ~`: build, doc, flowchart, export --format bpmn and import wrote the site (index.html, p/, the manifest) or the documents straight into the
// root of the file system or the home folder. The real / is never written to: the root is checked through the
// function, the home folder is a fake one.
const work = workFolder('whole-folder');
const catalog = catalogOf(join(work, 'catalog'), 'xa/chung-thuc-ban-sao.yaml');
const FULL = join(ROOT, 'test/render/document/fixtures/full.yaml');
const SITE = { en: 'the site', vi: 'trang web', example: 'site' };

describe('an output folder that is the root of the file system or the home folder itself', () => {
  it('is refused, saying to name a folder for the site', () => {
    const root = wholeFolderRefusal('/', '/home/officer', SITE);
    expect({ en: root?.text('en'), vi: root?.text('vi') }).toEqual({
      en: 'Refusing to write into "/": it is the root of the file system, not a folder for the site; name a folder for the site (for example -o site), which procmap creates if needed',
      vi: 'Không ghi vào "/": đó là thư mục gốc của hệ thống tệp, không phải thư mục dành cho trang web; hãy đặt tên một thư mục cho trang web (ví dụ -o site), procmap sẽ tự tạo nếu chưa có',
    });
    expect(wholeFolderRefusal('/tmp/..', undefined, SITE)).toBeDefined();
    const home = join(work, 'home');
    mkdirSync(join(home, 'site'), { recursive: true });
    symlinkSync(home, join(work, 'home-link'));
    expect(wholeFolderRefusal(home, home, SITE)?.text('en')).toContain('it is your home folder itself');
    expect(wholeFolderRefusal(join(work, 'home-link'), `${home}/`, SITE)).toBeDefined();
    // A folder in it, or any other folder, is a folder for the site.
    expect(wholeFolderRefusal(join(home, 'site'), home, SITE)).toBeUndefined();
    expect(wholeFolderRefusal(join(home, 'new'), home, SITE)).toBeUndefined();
    expect(wholeFolderRefusal(work, undefined, SITE)).toBeUndefined();
  });

  it.each([
    ['build', [catalog, '--no-pdf'], 'the site (for example -o site)'],
    ['doc', [FULL, '-f', 'md'], 'the documents (for example -o out)'],
    ['flowchart', [FULL, '-f', 'mmd'], 'the charts (for example -o out)'],
    ['export', [FULL, '-f', 'bpmn'], 'the BPMN files (for example -o bpmn)'],
    // It wrote the procedure files there, which the next lint or build of that folder walked with everything in it.
    ['import', [join(ROOT, 'test/fixtures/import-guard/ks.json')], 'the procedures (for example -o procedures)'],
  ])('stops %s before it writes anything into the home folder', async (command, args, words) => {
    const home = join(work, `home-${command}`);
    mkdirSync(home);
    const result = await runCli([command, ...args, '-o', home, '--lang', 'en'], { env: { HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `procmap: Refusing to write into "${home}": it is your home folder itself, not a folder for ${words.split(' (')[0]}; name a folder for ${words}, which procmap creates if needed\n`,
    );
    expect(readdirSync(home)).toEqual([]);
  });
});
