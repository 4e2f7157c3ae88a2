import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The server's own Content-Security-Policy (packages/server/src/middleware/security.ts): no 'unsafe-eval'. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; " +
  "object-src 'none'";

/** One page of the harness: its HTML and whether it is sent with the strict policy. */
export interface HarnessPage {
  html: string;
  strictCsp: boolean;
}

/** The harness: its origin and how to stop it. */
export interface Harness {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Forwards a request unchanged to the `festplatz demo` process and streams its answer back. */
async function proxy(upstream: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const answer = await fetch(`${upstream}${req.url}`, {
    method: req.method ?? 'GET',
    headers: { 'accept-language': req.headers['accept-language'] ?? 'de' },
  });
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, key) => {
    // fetch has already decoded the body; the length and encoding of the original would be wrong.
    if (key !== 'content-encoding' && key !== 'content-length' && key !== 'transfer-encoding')
      headers[key] = value;
  });
  res.writeHead(answer.status, headers);
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * A loopback HTTP server for the benchmark: serves the two measured pages (and the baseline bundle) itself and
 * forwards everything else (`/assets/...`, `/api/v1/...`) to the real `festplatz demo` process, so Festplatz's
 * element loads its bundle, form and precompiled validator from the real server, and the baseline its form JSON.
 */
export async function startHarness(
  upstream: string,
  pages: Record<string, HarnessPage>,
  scripts: Record<string, string>,
): Promise<Harness> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages[path];
    const script = scripts[path];
    if (page) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(page.strictCsp ? { 'content-security-policy': STRICT_CSP } : {}),
      });
      res.end(page.html);
    } else if (script !== undefined) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(script);
    } else {
      proxy(upstream, req, res).catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
