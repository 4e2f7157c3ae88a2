/**
 * Origins of the municipality's own websites that may embed the Festplatz elements (EMBED_ORIGINS). Each entry
 * must be an origin only (`https://www.soest.de`, no path, no trailing slash), so a typo cannot silently widen
 * or void the allow-list. Plain http is refused except for loopback hosts, because the session cookie of an
 * embedding must be `Secure` (SameSite=None requires it) and browsers only treat loopback http as secure.
 */
export function parseEmbedOrigins(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  return [...new Set(entries.map(checkedOrigin))];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkedOrigin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(`EMBED_ORIGINS: "${entry}" is not an origin like https://www.example.de`);
  }
  if (url.origin !== entry.replace(/\/$/, '') || url.pathname !== '/') {
    throw new Error(
      `EMBED_ORIGINS: "${entry}" must be an origin only (scheme, host, port), e.g. ${url.origin}`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error(`EMBED_ORIGINS: "${entry}" must use https (plain http only for localhost)`);
  }
  return url.origin;
}

/** Whether `origin` (an Origin request header) is one of the allow-listed embedding origins. */
export function isEmbedOrigin(embedOrigins: readonly string[], origin: string | null | undefined): boolean {
  return typeof origin === 'string' && embedOrigins.includes(origin);
}
