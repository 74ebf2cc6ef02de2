/**
 * Statuses written as a vendor's numeric code ("1", "4", "10"), which procmap reads only through the officer's mapping:
 * each one-stop software numbers its statuses its own way, and no source procmap has says what a code means.
 */

// Up to four digits: no vendor's list of statuses runs longer, and a longer number is no status.
const STATUS_CODE = /^\d{1,4}$/;

/** Whether a status is written as a numeric code rather than in words; one character compared before any regex. */
export function isStatusCode(status: string): boolean {
  const first = status.charCodeAt(0);
  return first >= 48 && first <= 57 && STATUS_CODE.test(status);
}

/** A code as the mapping keys it, its leading zeros dropped: "04" is the code 4, as a spreadsheet's number 4 is. */
export function statusCodeKey(code: string): string {
  return code.length > 1 && code.charCodeAt(0) === 48 ? code.replace(/^0+(?=\d)/, '') : code;
}
