import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as yaml from 'yaml';
import { readSoFar } from '../../src/model/stopped-marks.js';
import { ROOT } from '../helpers/cli.js';

afterEach(() => vi.restoreAllMocks());

describe('readSoFar, the values of a file another mistake stops', () => {
  it('says nothing on stderr when what yaml read holds a list as a key', () => {
    // A numbered line among "- " items: yaml recovers it as a key made of the items around it.
    const text = readFileSync(join(ROOT, 'test/lenient/fixtures/pasted-number-among-dashes.yaml'), 'utf8');
    const doc = yaml.parseDocument(text);
    expect(doc.errors.length).toBeGreaterThan(0);
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const data = readSoFar(doc) as Record<string, unknown>;
    expect(warn).not.toHaveBeenCalled();
    expect(data.id).toBeDefined();
    // The document's own setting is left as it was.
    expect(doc.options.logLevel).toBe('warn');
  });
});
