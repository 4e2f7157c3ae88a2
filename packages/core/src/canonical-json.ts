/**
 * Serialises a JSON value with object keys sorted at every level, so equal content always gives the
 * same string (and therefore the same content hash, computed in case-engine).
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value);
  // Mirrors JSON.stringify: a top-level undefined or function has no JSON text.
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON representation');
  return text;
}

function serialise(value: unknown): string | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return serialise((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => serialise(item) ?? 'null').join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const text = serialise((value as Record<string, unknown>)[key]);
      if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'bigint')
    throw new TypeError('canonicalJson: BigInt is not JSON; convert it to a string');
  return JSON.stringify(value);
}
