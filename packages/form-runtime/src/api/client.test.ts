import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchEditionForm, submitApplication } from './client.ts';

// A real HTTP server on a random local port, answering like the contract says, recording what it received.
const received: {
  method?: string;
  url?: string;
  lang?: string;
  idempotencyKey?: string | string[];
  body: string;
}[] = [];
let server: Server;
let base = '';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({
      method: request.method,
      url: request.url,
      lang: request.headers['accept-language'],
      idempotencyKey: request.headers['idempotency-key'],
      body,
    });
    const send = (status: number, value: unknown, type = 'application/json') => {
      response.writeHead(status, { 'content-type': type });
      response.end(JSON.stringify(value));
    };
    if (request.url === '/api/v1/editions/kirmes-2026/form') {
      return send(200, { schema: { type: 'object' }, uiSchema: {}, title: 'Kirmes 2026', demoNotice: null });
    }
    if (request.url?.startsWith('/api/v1/editions/')) {
      return send(
        404,
        { code: 'NOT_FOUND', detail: 'Diese Veranstaltung gibt es nicht.' },
        'application/problem+json',
      );
    }
    if (request.url === '/api/v1/me/applications') {
      const { editionId } = JSON.parse(body) as { editionId: string };
      if (editionId === 'closed') {
        return send(
          422,
          { code: 'APPLICATION_PERIOD_CLOSED', detail: 'Frist abgelaufen' },
          'application/problem+json',
        );
      }
      if (editionId === 'anonymous')
        return send(401, { code: 'UNAUTHENTICATED' }, 'application/problem+json');
      return send(201, {
        id: 'app-1',
        state: 'submitted',
        submittedAt: '2026-01-15T10:30:00.000Z',
        editionId,
      });
    }
    send(500, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchEditionForm', () => {
  it('GETs the edition form with Accept-Language', async () => {
    const result = await fetchEditionForm(base, 'kirmes-2026', 'en');
    expect(result).toMatchObject({ ok: true, form: { title: 'Kirmes 2026' } });
    expect(received.at(-1)).toMatchObject({
      method: 'GET',
      url: '/api/v1/editions/kirmes-2026/form',
      lang: 'en',
    });
  });

  it('returns the problem of a failed load', async () => {
    const result = await fetchEditionForm(base, 'unknown', 'de');
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'NOT_FOUND', detail: 'Diese Veranstaltung gibt es nicht.' },
    });
  });

  it('reports an unreachable server as a value, not an exception', async () => {
    expect(await fetchEditionForm('http://127.0.0.1:1', 'x', 'de')).toEqual({ ok: false, problem: null });
  });
});

describe('submitApplication', () => {
  it('POSTs { editionId, data } as JSON with the Idempotency-Key header and returns the receipt', async () => {
    const data = { applicant: { givenName: 'Anna' } };
    const outcome = await submitApplication(base, 'kirmes-2026', data, 'de', 'key-1');
    expect(outcome).toEqual({
      kind: 'created',
      application: {
        id: 'app-1',
        state: 'submitted',
        submittedAt: '2026-01-15T10:30:00.000Z',
        editionId: 'kirmes-2026',
      },
    });
    const request = received.at(-1);
    expect(request).toMatchObject({
      method: 'POST',
      url: '/api/v1/me/applications',
      lang: 'de',
      idempotencyKey: 'key-1',
    });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      editionId: 'kirmes-2026',
      data: { applicant: { givenName: 'Anna' } },
    });
  });

  it('classifies a closed period, a missing session and a dead server', async () => {
    expect(await submitApplication(base, 'closed', {}, 'de', 'key-2')).toMatchObject({
      kind: 'problem',
      problem: { code: 'APPLICATION_PERIOD_CLOSED', detail: 'Frist abgelaufen' },
    });
    expect((await submitApplication(base, 'anonymous', {}, 'de', 'key-3')).kind).toBe('unauthenticated');
    expect(await submitApplication('http://127.0.0.1:1', 'x', {}, 'de', 'key-4')).toEqual({
      kind: 'network',
    });
  });
});
