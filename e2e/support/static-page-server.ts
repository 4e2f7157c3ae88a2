import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A municipality's web server in miniature: one HTML page at `/`, nothing else. */
export interface StaticPageServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves the file at `/` on 127.0.0.1 (any free port), with `rewrite` applied to its text on each request (e.g. to
 * point the page's Festplatz URLs at a demo process started later). Every other path is a 404.
 */
export async function startStaticPageServer(
  file: string,
  rewrite: (html: string) => string,
): Promise<StaticPageServer> {
  const text = readFileSync(file, 'utf8');
  const server: Server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(rewrite(text));
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
