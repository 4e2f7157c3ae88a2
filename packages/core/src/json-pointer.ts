// JSON pointers (RFC 6901): how issues locate fields and how bundle roles name fields.

/** Escapes one reference token (`~` and `/`) for use in a JSON pointer. */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Splits a JSON pointer into unescaped tokens; `''` (the root) gives no tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Reads the value a pointer designates in `data`, or undefined when there is none. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const token of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
