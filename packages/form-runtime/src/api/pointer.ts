import type { ErrorSchema } from '@rjsf/utils';

/** One field error from a problem+json `errors[]` entry: where (JSON pointer into the data) and what. */
export interface PointerError {
  pointer: string;
  message: string;
}

/**
 * Splits a JSON pointer (RFC 6901) into property names: '' is the root, '/a/b~1c' is ['a', 'b/c']. A URI fragment
 * form ('#/a/b') is accepted too, because some servers send pointers that way.
 */
export function pointerToPath(pointer: string): string[] {
  let text = pointer;
  if (text.startsWith('#')) text = decodeURIComponent(text.slice(1));
  if (text === '' || text === '/') return [];
  return text
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Turns server field errors into an RJSF ErrorSchema (for `extraErrors`), so each message shows at its field:
 * '/applicant/email' -> { applicant: { email: { __errors: [...] } } }, '/staff/0/name' -> { staff: { 0: { name: ... } } },
 * '' -> { __errors: [...] } (a form-level error).
 */
export function errorSchemaFromPointers(errors: readonly PointerError[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const { pointer, message } of errors) {
    let node = root;
    for (const key of pointerToPath(pointer)) {
      const child = node[key];
      node[key] = typeof child === 'object' && child !== null ? child : {};
      node = node[key] as Record<string, unknown>;
    }
    const list = Array.isArray(node.__errors) ? (node.__errors as string[]) : [];
    if (!list.includes(message)) list.push(message);
    node.__errors = list;
  }
  return root as ErrorSchema;
}
