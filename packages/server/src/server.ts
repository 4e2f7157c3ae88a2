import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { type CreateAppOptions, createApp } from './app.ts';
import type { AppEnv } from './env.ts';

/** Options of {@link startServer}: the app's dependencies plus where to listen. */
export interface StartServerOptions extends Omit<CreateAppOptions, 'baseUrl'> {
  port: number;
  hostname: string;
  /** Public origin for links in e-mails; defaults to the address the server actually listens on. */
  baseUrl?: string;
}

/** A listening Festplatz server. */
export interface RunningServer {
  /** The local address, e.g. `http://127.0.0.1:41234`. */
  url: string;
  baseUrl: string;
  /** Stops accepting connections, ends idle keep-alive ones and resolves when the server is closed. */
  close(): Promise<void>;
}

function urlHost(hostname: string): string {
  if (hostname === '0.0.0.0' || hostname === '::') return 'localhost';
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}

/**
 * Starts the node HTTP server. The app is created after `listen` so that port 0 (tests) still yields
 * a correct `baseUrl` for sign-in links; requests cannot arrive before that.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  let app: Hono<AppEnv> | null = null;
  const server = createAdaptorServer({
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response('starting', { status: 503 })),
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(options.hostname)}:${port}`;
  const baseUrl = options.baseUrl ?? url;
  app = createApp({ ...options, baseUrl });
  return {
    url,
    baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
