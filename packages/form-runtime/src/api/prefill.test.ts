import { describe, expect, it } from 'vitest';
import { prefillResult } from './prefill.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('prefillResult', () => {
  it('offers a prefill, says "none" for 204 and "signed-out" for 401', async () => {
    const prefill = {
      fromApplicationId: 'a1',
      fromEditionId: 'allerheiligenkirmes-2025',
      fromEditionTitle: 'Allerheiligenkirmes 2025',
      submittedAt: '2025-01-20T09:30:00.000Z',
      hasDraft: false,
      data: { applicant: { givenName: 'Aylin' } },
    };
    await expect(prefillResult(json(200, prefill))).resolves.toEqual({ kind: 'offer', prefill });
    await expect(prefillResult(new Response(null, { status: 204 }))).resolves.toEqual({ kind: 'none' });
    await expect(prefillResult(json(401, { code: 'UNAUTHENTICATED' }))).resolves.toEqual({
      kind: 'signed-out',
    });
  });

  it('treats errors and unexpected bodies as unavailable, so the form still works without the offer', async () => {
    await expect(prefillResult(json(404, { code: 'NOT_FOUND' }))).resolves.toEqual({ kind: 'unavailable' });
    await expect(prefillResult(json(200, { surprise: true }))).resolves.toEqual({ kind: 'unavailable' });
    await expect(prefillResult(new Response('<html>', { status: 200 }))).resolves.toEqual({
      kind: 'unavailable',
    });
  });
});
