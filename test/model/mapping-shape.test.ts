import { describe, expect, it } from 'vitest';
import { isColumnMappingText } from '../../src/model/mapping-shape.js';

describe('isColumnMappingText: a --map file told from a procedure', () => {
  it.each([
    ['columns:\n  received: Ngày nhận\n'],
    ['# ghép cột\ncolumns:\n  received: Ngày nhận\nsteps:\n  receive: Tiếp nhận\nstatuses:\n  "1": Đã trả\n'],
    ['"columns": {"title": "Tên TTHC"}\n'],
  ])('reads %j as a mapping', (text) => {
    expect(isColumnMappingText(text)).toBe(true);
  });

  it.each([
    // A procedure's steps are a list; an id or a title is a procedure's field.
    ['columns:\n  received: Ngày nhận\nsteps:\n  - id: receive\n'],
    ['id: QT-01\ncolumns:\n  received: Ngày nhận\n'],
    // A flat mapping has no columns section: it is ambiguous with a procedure missing its fields, so it is linted.
    ['received: Ngày nhận\n'],
    ['columns: Ngày nhận\n'],
    ['columns:\n  a: [\n'],
    ['- columns: {}\n'],
  ])('does not read %j as a mapping', (text) => {
    expect(isColumnMappingText(text)).toBe(false);
  });
});
