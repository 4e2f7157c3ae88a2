/**
 * Own-property lookup of a code in a table: codes come from the server, and a code such as 'toString'
 * must not find `Object.prototype` members.
 */
export function lookup<V>(table: { readonly [key: string]: V }, code: string): V | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
