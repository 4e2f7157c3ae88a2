import { afterEach, describe, expect, it } from 'vitest';
import { type SeededApp, seededApp } from '../../test/support.ts';

describe('GET /healthz', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('answers {"status":"ok"} with security headers', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    // Form validators are precompiled on the server (issue 5), so scripts never need eval.
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown routes with a 404 problem', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request('/nope', { headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({
      type: 'urn:festplatz:problem:not-found',
      status: 404,
      code: 'NOT_FOUND',
      title: 'Not found',
    });
  });
});
