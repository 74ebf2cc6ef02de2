import { describe, expect, it } from 'vitest';
import { listItemProblem } from '../../src/model/list-item-indent.js';

const at = (text: string, line: number) =>
  text
    .split('\n')
    .slice(0, line - 1)
    .join('\n').length + (line > 1 ? 1 : 0);

describe('listItemProblem: the line of a step to move, and where', () => {
  it('finds a line indented otherwise than its item, with CRLF line ends too', () => {
    const text = 'steps:\r\n  - id: B1\r\n     name: x\r\n';
    expect(listItemProblem(text, at(text, 2))).toMatchObject({ offset: at(text, 3), indent: 5 });
  });

  it('says nothing of a line outside the item, after a key that ended the list', () => {
    const text = 'steps:\n  - id: B1\n    name: x\nfee: 100\n   title: y\n';
    expect(listItemProblem(text, at(text, 5))).toBeUndefined();
  });

  it('says nothing of a line less indented than the dash, which is no line of the item', () => {
    const text = 'steps:\n  - id: B1\n name: x\n';
    expect(listItemProblem(text, at(text, 3))).toBeUndefined();
  });
});
