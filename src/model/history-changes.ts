/**
 * What a history row's `changes` says, as an example for a row that lacks it: the first issue is "Ban hành lần đầu";
 * a later revision amends ("Sửa đổi, bổ sung …", what is amended in place of the dots). Undefined revision: a later one.
 */
export function changesExample(revision: number | undefined): string {
  return revision === 1 ? 'Ban hành lần đầu' : 'Sửa đổi, bổ sung …';
}
