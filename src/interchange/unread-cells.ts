import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import { quoted } from '../model/quote.js';
import type { UnreadCell } from './sheets.js';

/**
 * What the report says of a cell whose value cannot be read (`H2`, under `column`): the error it shows, the formula
 * no spreadsheet computed, or a formula's text that starts as a formula does, what procmap did instead (`then`, after a comma), and how to give it a value.
 */
export function unreadCellSaid(why: UnreadCell, cell: string, column: string, then: Translated | '' = ''): Translated {
  if ('error' in why) return said('cellError', { cell, column, error: why.error, then });
  if ('result' in why) return said('cellFormulaText', { cell, column, value: quoted(why.result), then });
  return said('cellNotComputed', { cell, column, then });
}
