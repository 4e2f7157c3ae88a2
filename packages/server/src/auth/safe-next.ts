/**
 * Returns `next` when it is a same-site relative path, else null. Refuses `//host` and `/\host` (browsers
 * treat both as another origin) and control characters, so a sign-in link cannot redirect elsewhere.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  return next;
}
