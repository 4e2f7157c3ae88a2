import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiUrl, requestJson } from './client.ts';

// A real HTTP server on a random port: the client is exercised over the network, not against a stub.
let server: Server;
let base = '';
const seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === '/api/v1/admin/applications') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[]}');
      } else if (req.url === '/api/v1/admin/applications/a1/events') {
        res.writeHead(409, { 'content-type': 'application/problem+json' }).end(
          JSON.stringify({
            type: 'urn:festplatz:problem:transition-not-allowed',
            title: 'Nicht möglich',
            status: 409,
            code: 'TRANSITION_NOT_ALLOWED',
            detail: 'Die Bewerbung ist bereits in Prüfung.',
          }),
        );
      } else {
        res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('requestJson', () => {
  it('sends the language and returns the parsed body', async () => {
    const result = await requestJson(`${base}/api/v1/admin/applications`, { lang: 'en' });
    expect(result).toEqual({ ok: true, value: { items: [] } });
    expect(seen.at(-1)?.headers['accept-language']).toBe('en');
  });

  it('posts JSON and returns a 409 problem as a value', async () => {
    const result = await requestJson(`${base}/api/v1/admin/applications/a1/events`, {
      lang: 'de',
      method: 'POST',
      body: { type: 'START_REVIEW' },
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        status: 409,
        code: 'TRANSITION_NOT_ALLOWED',
        title: 'Nicht möglich',
        detail: 'Die Bewerbung ist bereits in Prüfung.',
        errors: [],
      },
    });
    const request = seen.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ type: 'START_REVIEW' });
  });

  it('turns a non-JSON error page into a problem with a status-based code', async () => {
    const result = await requestJson(`${base}/elsewhere`, { lang: 'de' });
    expect(result.ok ? null : result.problem).toMatchObject({ status: 502, code: 'INTERNAL', detail: '' });
  });

  it('reports an unreachable server as a NETWORK problem', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await requestJson(`http://127.0.0.1:${port}/x`, { lang: 'de' });
    expect(result.ok ? null : result.problem).toMatchObject({ status: 0, code: 'NETWORK' });
  });
});

describe('apiUrl', () => {
  it('joins base and path with exactly one slash', () => {
    expect(apiUrl('', '/api/v1/x')).toBe('/api/v1/x');
    expect(apiUrl(null, '/api/v1/x')).toBe('/api/v1/x');
    expect(apiUrl('https://festplatz.example/', '/api/v1/x')).toBe('https://festplatz.example/api/v1/x');
  });
});
