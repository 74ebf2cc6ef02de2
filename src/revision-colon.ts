/**
 * Where `REV:PATH` splits, as git splits it: the first colon outside braces, so that a colon inside a revision is the
 * revision's (`main@{2026-11-01 17:00}:procedures`, a reflog time; `HEAD^{/sửa: lệ phí}:procedures`, a commit found
 * by its message); -1 when there is none.
 */
export function revisionColon(spec: string): number {
  // git's get_oid_with_context counts `{` and `}` the same way (object-name.c), so both read one revision alike.
  let depth = 0;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}
