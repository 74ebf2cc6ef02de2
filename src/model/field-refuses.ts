import { bodiesOfList } from './body-keys.js';
import { isMap, valueAt, withValueAt } from './data-object.js';
import { validateProcedure } from './schema.js';
import type { NodePath } from './types.js';

// Whether a field takes a text, asked of the schema by the value itself (whatever the field and its pattern), and of
// a step's body, which any text passes, by the bodies declared: what a mark's fix may write there.

/** Whether `written` is the key or the name of a body the procedure declares (in a map or a list). */
function declaredBody(data: unknown, written: string): boolean {
  const bodies = valueAt(data, ['bodies']);
  const declared = Array.isArray(bodies) ? bodiesOfList(bodies) : isMap(bodies) ? bodies : {};
  return Object.entries(declared).some(
    ([key, body]) => key === written || (isMap(body) ? body.name : body) === written,
  );
}

/** Whether the field at `path` of `data` cannot hold `written`. */
export function refused(data: unknown, path: NodePath, written: string): boolean {
  if (path.length === 3 && path[0] === 'steps' && path[2] === 'body') return !declaredBody(data, written);
  const key = path.join('\u0000');
  return validateProcedure(withValueAt(data, path, written)).some(
    (problem) => problem.target === 'value' && problem.path.join('\u0000') === key,
  );
}
