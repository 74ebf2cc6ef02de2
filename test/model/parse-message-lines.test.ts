import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';

// The parse messages that quote the line to write instead never print a raw control character: a file cut by an
// editor or an export can put one in the middle of the value quoted (found by the pipeline property test with a lone
// CR, which is now read as a line break).
const message = (text: string) => loadFile('lines.yaml', Buffer.from(text)).diagnostics[0]?.message;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('parse messages quote the line with control characters escaped', () => {
  it('a colon inside a value that holds a control character', () => {
    // The anchor sends the file to `yaml`, which explains the colon.
    const text = message('x: &a 1\nid: QT-1\u000brevision: 1\n');
    expect(text).toContain('e.g. id: "QT-1\\u000brevision: 1"');
    expect(text).not.toMatch(CONTROL);
  });

  it('a key without a space after its colon, with a control character in its value', () => {
    expect(message('id: QT-1\ntitle:Chứng\u0007thực\nrevision: 1\n')).toBe(
      'Put a space after the colon: title: Chứng\\u0007thực',
    );
  });

  it('a lone dash on the line of its key, whose key holds a control character', () => {
    const text = message('id: QT-1\n\u0001fee: -\n');
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('\\u0001fee: "-"');
  });
});
