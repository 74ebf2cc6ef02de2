import type { NodePath } from './types.js';

type Node = Record<string | number, unknown>;

/**
 * Calls `visit` for every place a file names a step: each step's `id`, and each target of its `next` (a text, an
 * item of a list, the value of a label), with the path of that place; the data is read as loaded, before the schema.
 */
export function forEachStepReference(
  data: unknown,
  visit: (parent: Node, key: string | number, path: NodePath) => void,
): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const steps = (data as Node).steps;
  if (!Array.isArray(steps)) return;
  steps.forEach((step: unknown, i) => {
    if (step === null || typeof step !== 'object') return;
    const node = step as Node;
    visit(node, 'id', ['steps', i, 'id']);
    const next = node.next;
    if (next === null || typeof next !== 'object') return void visit(node, 'next', ['steps', i, 'next']);
    for (const key of Object.keys(next)) {
      const at = Array.isArray(next) ? Number(key) : key;
      const item = (next as Node)[at];
      // A list's item `- Hợp lệ: B2` (a case and its step) names the step as its value.
      if (Array.isArray(next) && item !== null && typeof item === 'object' && !Array.isArray(item))
        for (const label of Object.keys(item)) visit(item as Node, label, ['steps', i, 'next', at, label]);
      else visit(next as Node, at, ['steps', i, 'next', at]);
    }
  });
}
