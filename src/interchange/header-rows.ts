// A catalog's heading is often two rows: a heading merged down over both ("Thời hạn giải quyết"), and a group merged
// across, its sub-headings on the second row ("Cách thức thực hiện" over "Trực tiếp" | "Trực tuyến"). A sheet read
// with merged cells repeating their value gives the second row the first row's text, which is no procedure.

// What a data cell under a group holds, never a sub-heading: a tick mark or a number.
const VALUE = /^(?:x|v|✓|✔|\d+(?:[.,]\d+)?)$/iu;

/** Whether column i's heading is a group's, merged across it and a neighbour (each repeating the text). */
function grouped(headers: readonly string[], i: number): boolean {
  const text = headers[i] ?? '';
  return text !== '' && (headers[i - 1] === text || headers[i + 1] === text);
}

/**
 * The row below a header row read as the rest of it: each of its texts the heading above repeated (merged down) or a
 * sub-heading under a group; undefined when it is a row of data. Each column's heading as "Group / Sub", and the
 * sub-heading alone (undefined for a column without one).
 */
export function continuedHeader(
  headers: readonly string[],
  next: readonly string[],
): { headers: string[]; subs: (string | undefined)[] } | undefined {
  let subs = 0;
  let repeated = false;
  for (let i = 0; i < next.length; i++) {
    const text = next[i]?.trim() ?? '';
    if (text === '') continue;
    if (text === headers[i]?.trim()) repeated = true;
    else if (!grouped(headers, i) || VALUE.test(text)) return undefined;
    else subs++;
  }
  if (!repeated && subs === 0) return undefined;
  const sub = (i: number) => {
    const text = next[i]?.trim() ?? '';
    return text !== '' && text !== headers[i]?.trim() ? text : undefined;
  };
  return {
    headers: headers.map((text, i) => (sub(i) === undefined ? text : `${text.trim()} / ${sub(i)!}`)),
    subs: headers.map((_, i) => sub(i)),
  };
}
