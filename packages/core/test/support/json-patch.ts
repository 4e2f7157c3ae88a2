// A tiny RFC 6902 applier (add, replace, remove) for the golden fixtures: enough to state each broken
// bundle as a few operations on a valid base.
import { parsePointer } from '../../src/json-pointer.ts';

/** One JSON Patch operation. */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

type Container = Record<string, unknown> | unknown[];

/** Applies the operations to a copy of `document`; throws when a path does not exist (a broken fixture). */
export function applyPatch<T>(document: T, operations: readonly PatchOperation[]): T {
  const result = structuredClone(document);
  for (const operation of operations) {
    const tokens = parsePointer(operation.path);
    const last = tokens.pop();
    if (last === undefined) throw new Error(`applyPatch: cannot ${operation.op} the root`);
    const parent = tokens.reduce<unknown>((node, token) => {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) {
        throw new Error(`applyPatch: ${operation.path} does not exist`);
      }
      return (node as Record<string, unknown>)[token];
    }, result) as Container;
    if (Array.isArray(parent)) applyToArray(parent, last, operation);
    else applyToObject(parent, last, operation);
  }
  return result;
}

function applyToArray(parent: unknown[], token: string, operation: PatchOperation): void {
  const index = token === '-' ? parent.length : Number(token);
  const exists = Number.isInteger(index) && index >= 0 && index < parent.length;
  if (operation.op === 'add') {
    if (!Number.isInteger(index) || index < 0 || index > parent.length)
      throw new Error(`applyPatch: bad index ${operation.path}`);
    parent.splice(index, 0, operation.value);
  } else if (!exists) {
    throw new Error(`applyPatch: ${operation.path} does not exist`);
  } else if (operation.op === 'replace') {
    parent[index] = operation.value;
  } else {
    parent.splice(index, 1);
  }
}

function applyToObject(parent: Record<string, unknown>, token: string, operation: PatchOperation): void {
  if (operation.op !== 'add' && !Object.hasOwn(parent, token)) {
    throw new Error(`applyPatch: ${operation.path} does not exist`);
  }
  if (operation.op === 'remove') delete parent[token];
  else parent[token] = operation.value;
}
