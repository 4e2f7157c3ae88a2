import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** `GET /healthz`: liveness for load balancers and the integration test. */
export function healthRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/healthz', (c) => c.json({ status: 'ok' }));
}
