import { readDuration } from '../model/duration.js';
import { oneLine } from './text.js';

// A national record gives a limit as a count (THOIGIANGIAIQUYET) and a unit (DONVITINH): "3" "Ngày làm việc". Portals
// also put the whole limit in the count's field and still fill the unit, which then says again what the count says:
// "Ngay trong ngày" "Ngày", "03 ngày làm việc" "Ngày làm việc". Glued, such a pair reads as no limit at all
// ("Ngay trong ngày Ngày"), so the unit that repeats the count is left out, and one that only says more precisely
// what kind of day the count means ("03 ngày" "Ngày làm việc") takes the count's word's place.

type Kind = 'h' | 'd' | 'cd' | 'month' | 'sameday' | 'bare';

/** What kind of time a text reads as, a plain "ngày" (`bare`, working or calendar days) told apart; else undefined. */
function kindOf(text: string): Kind | undefined {
  const reading = readDuration(text);
  if (!reading.ok) return undefined;
  return reading.bare ? 'bare' : reading.duration.unit;
}

const DAYS: readonly Kind[] = ['d', 'cd', 'bare'];

/** What a record's count and unit say together: the text to read, or `conflict` when they name different times. */
export interface RecordLimitText {
  written: string;
  /** The count is a limit of its own and the unit names another kind of time ("3 ngày lịch" "Ngày làm việc"). */
  conflict: boolean;
}

/**
 * The limit a record's count and unit say together: the count with its unit when the count is a number; the count
 * alone when it is a limit of its own that the unit only repeats (a day unit after a same-day limit, a plain "Ngày"
 * after working or calendar days, the same unit); the unit in place of the count's plain "ngày" when it says which
 * days they are. A count that is a limit of its own with a unit of another time is a conflict, never guessed.
 */
export function recordLimitText(amount: string, unit: string): RecordLimitText {
  const count = oneLine(amount);
  const per = oneLine(unit);
  const glued = { written: `${count} ${per}`.trim(), conflict: false };
  if (per === '' || count === '' || /^[\d.,]+$/.test(count)) return glued;
  const said = kindOf(count);
  const unitSays = kindOf(`1 ${per}`);
  if (said === undefined || unitSays === undefined) return glued;
  const repeats =
    said === unitSays ||
    (said === 'sameday' && DAYS.includes(unitSays)) ||
    (unitSays === 'bare' && (said === 'd' || said === 'cd'));
  if (repeats) return { written: count, conflict: false };
  const plainDays = /^(\d+(?:[.,]\d+)?)\s*(?:ngày|days?)(?=$|[\s,.;:(])/iu;
  if (said === 'bare' && (unitSays === 'd' || unitSays === 'cd') && plainDays.test(count))
    return { written: count.replace(plainDays, (_, number: string) => `${number} ${per}`), conflict: false };
  return { ...glued, conflict: true };
}
