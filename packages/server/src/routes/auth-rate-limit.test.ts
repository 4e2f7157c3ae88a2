// SEC-1 (protection against automated misuse): sign-in links are limited per address and per client IP.
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, type SeededApp, seededApp } from '../../test/support.ts';

/** Node-server bindings as getConnInfo reads them: the request came from `ip`. */
const fromIp = (ip: string) => ({ incoming: { socket: { remoteAddress: ip, remoteFamily: 'IPv4' } } });

function requestLink(ctx: SeededApp, email: string, ip: string, headers: Record<string, string> = {}) {
  return ctx.app.request(
    '/auth/magic-link',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL, ...headers },
      body: new URLSearchParams({ email, next: '/' }),
    },
    fromIp(ip),
  );
}

describe('sign-in rate limit', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('answers the 6th request for one address within 15 minutes with 429 and Retry-After, and sends nothing', async () => {
    ctx = await seededApp();
    for (let i = 0; i < 5; i++) {
      expect((await requestLink(ctx, 'erika@example.org', `198.51.100.${i}`)).status).toBe(200);
    }
    expect(ctx.log).toHaveLength(5);

    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    // Another spelling of the same address and another IP do not escape the per-address limit.
    const res = await requestLink(ctx, 'Erika@Example.org', '203.0.113.9');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(String(14 * 60));
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      retryAfterSeconds: 840,
      detail: 'Es kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in 14 Minuten erneut.',
    });
    expect(ctx.log).toHaveLength(5);

    ctx.clock.now = new Date(ctx.clock.now.getTime() + 14 * 60_000);
    expect((await requestLink(ctx, 'erika@example.org', '198.51.100.1')).status).toBe(200);
    expect(ctx.log).toHaveLength(6);
  });

  it('counts different addresses from one IP against the limit of 20 per IP', async () => {
    ctx = await seededApp();
    for (let i = 0; i < 20; i++) {
      expect((await requestLink(ctx, `person${i}@example.org`, '198.51.100.7')).status).toBe(200);
    }
    const limited = await requestLink(ctx, 'someone-else@example.org', '198.51.100.7', {
      'Accept-Language': 'en',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(15 * 60));
    expect(((await limited.json()) as { detail: string }).detail).toBe(
      'Too many requests in a short time. Please try again in 15 minutes.',
    );
    // The same address from another client is not affected.
    expect((await requestLink(ctx, 'someone-else@example.org', '198.51.100.8')).status).toBe(200);
    expect(ctx.log).toHaveLength(21);
  });

  it('answers known and unknown addresses alike, also over the limit (no account enumeration)', async () => {
    ctx = await seededApp();
    const answers: string[] = [];
    for (const email of ['kirmesbuero@soest.example', 'nobody@soest.example']) {
      for (let i = 0; i < 5; i++) await requestLink(ctx, email, `198.51.100.${i}`);
      const res = await requestLink(ctx, email, '198.51.100.99');
      expect(res.status).toBe(429);
      answers.push(await res.text());
    }
    expect(answers[0]).toBe(answers[1]);
  });

  it('shows the sign-in form again with the wait when a browser posts the form', async () => {
    ctx = await seededApp();
    for (let i = 0; i < 5; i++) await requestLink(ctx, 'erika@example.org', '198.51.100.1');
    const res = await requestLink(ctx, 'erika@example.org', '198.51.100.1', {
      Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(String(15 * 60));
    const page = await res.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('Bitte versuchen Sie es in 15 Minuten erneut.');
    expect(page).toContain('value="erika@example.org"');
    expect(page).toContain('action="/auth/magic-link"');
  });
});
