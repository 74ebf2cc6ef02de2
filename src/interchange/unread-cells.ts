import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import type { UnreadCell } from './sheets.js';

/**
 * What the report says of a cell whose value cannot be read (`H2`, under `column`): the error it shows, or the formula
 * no spreadsheet computed, what procmap did instead (`then`, after a comma), and how to give it a value.
 */
export function unreadCellSaid(why: UnreadCell, cell: string, column: string, then: Translated | '' = ''): Translated {
  return 'error' in why
    ? said('cellError', { cell, column, error: why.error, then })
    : said('cellNotComputed', { cell, column, then });
}
