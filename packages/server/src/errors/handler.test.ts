import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.ts';
import { FestplatzError } from './festplatz-error.ts';
import { errorHandler, notFoundHandler } from './handler.ts';

function appThatThrows(error: unknown, logged: unknown[]) {
  const app = new Hono<AppEnv>();
  app.get('/boom', () => {
    throw error;
  });
  app.onError(errorHandler((_m, e) => logged.push(e)));
  app.notFound(notFoundHandler);
  return app;
}

describe('errorHandler', () => {
  it('answers unknown errors as a 500 INTERNAL problem without internals, and logs them', async () => {
    const logged: unknown[] = [];
    const secret = new Error('SQLITE_CORRUPT at /var/lib/secret.db');
    const res = await appThatThrows(secret, logged).request('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('SQLITE');
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL', title: 'Interner Fehler' });
    expect(logged).toEqual([secret]);
  });

  it('answers typed errors with their status and negotiated language, without logging', async () => {
    const logged: unknown[] = [];
    const res = await appThatThrows(new FestplatzError('CONFLICT'), logged).request('/boom', {
      headers: { 'Accept-Language': 'en-US,en;q=0.8' },
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect((await res.json()).title).toBe('Conflict');
    expect(logged).toEqual([]);
  });
});
