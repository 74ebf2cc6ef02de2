import { describe, expect, it } from 'vitest';
import { langOf } from '../src/i18n.js';

describe('langOf', () => {
  it.each([
    ['vi', 'vi'],
    ['VI', 'vi'],
    ['vi-VN', 'vi'],
    ['vi_VN.UTF-8', 'vi'],
    ['Tiếng Việt', 'vi'],
    ['tieng viet', 'vi'],
    ['Vietnamese', 'vi'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US.UTF-8', 'en'],
    [' English ', 'en'],
    ['Tiếng Anh', 'en'],
  ])('reads %s as %s', (value, lang) => {
    expect(langOf(value)).toBe(lang);
  });

  it.each(['fr', 'fr-FR', 'vie', 'C.UTF-8', '', 'Tiếng Pháp', 'vi en'])(
    'names no language it speaks in "%s"',
    (value) => {
      expect(langOf(value)).toBeUndefined();
    },
  );
});
