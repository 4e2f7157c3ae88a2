import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Stands in for requests without a socket (in-memory `app.request` in tests); they share one budget. */
const NO_SOCKET = 'no-socket';

/**
 * The client's IP address as the TCP connection shows it. X-Forwarded-For is ignored on purpose: any client
 * can send it and would get a fresh rate-limit budget per request. Behind a reverse proxy this is the proxy's
 * address; trusting the proxy's header needs a TRUST_PROXY setting, which does not exist yet.
 */
export function clientAddress(c: Context): string {
  // getConnInfo reads the node-server bindings, which only requests that came through a socket carry.
  const bindings = c.env as { incoming?: unknown; server?: unknown } | undefined;
  if (!bindings?.incoming && !bindings?.server) return NO_SOCKET;
  return getConnInfo(c).remote.address ?? NO_SOCKET;
}
