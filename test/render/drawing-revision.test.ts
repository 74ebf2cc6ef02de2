import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAWING_REVISION } from '../../src/render/drawing-revision.js';
import { ROOT } from '../helpers/cli.js';

// The files whose change can change a drawn chart for the same mermaid text: the configuration and every patch.
const DRAWING_FILES = [
  'src/render/diagram-renderer.ts',
  'src/render/mermaid-modules.ts',
  'src/render/mermaid-swimlane-routing.ts',
  'src/render/mermaid-text-width.ts',
  // The chart's PNG (flowchart -f png, Word's fallback) is written by these, not by Chromium.
  'src/render/png-decode.ts',
  'src/render/png-encode.ts',
];

describe('the drawing revision that build keys its reused charts by', () => {
  it('names the installed mermaid and the digest of the files that configure and patch it', () => {
    const mermaid = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const digest = createHash('sha256');
    for (const file of DRAWING_FILES) digest.update(readFileSync(join(ROOT, file)));
    const expected = `mermaid ${mermaid}; procmap ${digest.digest('hex').slice(0, 12)}`;
    // A failure here means a drawing may have changed: write this value in src/render/drawing-revision.ts.
    expect(DRAWING_REVISION).toBe(expected);
  });
});
