/**
 * Returns `next` when it is a same-site relative path, or an absolute URL on one of `embedOrigins` (the page of
 * the municipality's own website that embeds the form, so the applicant returns there after signing in); else
 * null. Refuses `//host` and `/\host` (browsers treat both as another origin) and control characters, so a
 * sign-in link cannot redirect anywhere else.
 */
export function safeNext(
  next: string | null | undefined,
  embedOrigins: readonly string[] = [],
): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  if (next.startsWith('/')) return next.startsWith('//') ? null : next;
  return embeddingPage(next, embedOrigins);
}

/** `next` as an absolute http(s) URL on an allow-listed embedding origin, without user info; else null. */
function embeddingPage(next: string, embedOrigins: readonly string[]): string | null {
  if (embedOrigins.length === 0 || !URL.canParse(next)) return null;
  const url = new URL(next);
  if (url.username !== '' || url.password !== '') return null;
  if (!embedOrigins.includes(url.origin)) return null;
  return url.href;
}
