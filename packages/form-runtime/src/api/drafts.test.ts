import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLatestDraft, saveDraft } from './drafts.ts';

// A real HTTP server on a random local port answering like /api/v1/me/drafts does, recording the requests.
const received: { method?: string; url?: string; body: string }[] = [];
let server: Server;
let base = '';

const ANSWERS: Record<string, [number, unknown]> = {
  'POST /api/v1/me/drafts': [201, { id: 'd1', state: 'draft', version: 1, editionId: 'k' }],
  'PUT /api/v1/me/drafts/d1': [200, { id: 'd1', state: 'draft', version: 3, editionId: 'k' }],
  'PUT /api/v1/me/drafts/stale': [409, { code: 'CONFLICT', version: 5 }],
  'PUT /api/v1/me/drafts/gone': [401, { code: 'UNAUTHENTICATED' }],
  'PUT /api/v1/me/drafts/busy': [503, { code: 'INTERNAL' }],
  'PUT /api/v1/me/drafts/closed': [
    422,
    { code: 'APPLICATION_PERIOD_CLOSED', detail: 'Die Frist ist vorbei.' },
  ],
  'GET /api/v1/me/drafts?editionId=k': [
    200,
    [
      { id: 'd2', editionId: 'k', version: 2, data: { a: 1 }, savedAt: '2026-11-26T13:32:00.000Z' },
      { id: 'd1', editionId: 'k', version: 1, data: {}, savedAt: '2026-11-25T08:00:00.000Z' },
    ],
  ],
  'GET /api/v1/me/drafts?editionId=none': [200, []],
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, body });
      const [status, value] = ANSWERS[`${request.method} ${request.url}`] ?? [
        401,
        { code: 'UNAUTHENTICATED' },
      ];
      response.writeHead(status, {
        'content-type': status < 400 ? 'application/json' : 'application/problem+json',
      });
      response.end(JSON.stringify(value));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('saveDraft', () => {
  it('creates a draft with POST and replaces it with PUT and the version', async () => {
    expect(await saveDraft(base, 'de', { editionId: 'k', data: { a: 1 } })).toEqual({
      kind: 'saved',
      id: 'd1',
      version: 1,
    });
    expect(JSON.parse(received.at(-1)?.body ?? '')).toEqual({ editionId: 'k', data: { a: 1 } });
    expect(await saveDraft(base, 'de', { editionId: 'k', data: { a: 2 }, id: 'd1', version: 2 })).toEqual({
      kind: 'saved',
      id: 'd1',
      version: 3,
    });
    expect(received.at(-1)).toMatchObject({ method: 'PUT', url: '/api/v1/me/drafts/d1' });
    expect(JSON.parse(received.at(-1)?.body ?? '')).toEqual({ data: { a: 2 }, version: 2 });
  });

  it('sorts the other answers into conflict, signed out, try later, refused and network', async () => {
    const put = (id: string) => saveDraft(base, 'de', { editionId: 'k', data: {}, id, version: 1 });
    expect(await put('stale')).toEqual({ kind: 'conflict', version: 5 });
    expect(await put('gone')).toEqual({ kind: 'unauthenticated' });
    expect(await put('busy')).toEqual({ kind: 'unavailable' });
    expect(await put('closed')).toMatchObject({
      kind: 'refused',
      problem: { code: 'APPLICATION_PERIOD_CLOSED', detail: 'Die Frist ist vorbei.' },
    });
    expect(await saveDraft('http://127.0.0.1:1', 'de', { editionId: 'k', data: {} })).toEqual({
      kind: 'network',
    });
  });
});

describe('fetchLatestDraft', () => {
  it('takes the most recently saved draft, or null when there is none or no session', async () => {
    expect(await fetchLatestDraft(base, 'k', 'de')).toMatchObject({ id: 'd2', version: 2, data: { a: 1 } });
    expect(await fetchLatestDraft(base, 'none', 'de')).toBeNull();
    expect(await fetchLatestDraft(base, 'signed-out', 'de')).toBeNull();
    expect(await fetchLatestDraft('http://127.0.0.1:1', 'k', 'de')).toBeNull();
  });
});
