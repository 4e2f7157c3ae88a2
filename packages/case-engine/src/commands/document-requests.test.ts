import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../applications/records.ts';
import { documentRequests } from './document-requests.ts';

const entry = (seq: number, payload: unknown): ApplicationEvent => ({
  seq,
  type: 'transition',
  at: new Date(2026, 0, seq),
  actorId: null,
  payload,
});

// DOC-8: what staff asked for, by when, and what they recorded as provided.
describe('documentRequests', () => {
  it('keeps the latest due date per document and accepts what DOCUMENTS_PROVIDED names (or all)', () => {
    const events = [
      entry(1, { event: 'SUBMIT' }),
      entry(2, { event: 'REQUEST_DOCUMENTS', documents: ['a', 'b'], dueAt: '2026-02-01T12:00:00.000Z' }),
      entry(3, { event: 'DOCUMENTS_PROVIDED', documents: ['a'] }),
      entry(4, { event: 'REQUEST_DOCUMENTS', documents: ['b', 'c'], dueAt: '2026-03-01T12:00:00.000Z' }),
    ];
    expect(documentRequests(events)).toEqual([
      { id: 'a', status: 'accepted', dueAt: '2026-02-01T12:00:00.000Z' },
      { id: 'b', status: 'pending', dueAt: '2026-03-01T12:00:00.000Z' },
      { id: 'c', status: 'pending', dueAt: '2026-03-01T12:00:00.000Z' },
    ]);
    expect(
      documentRequests([...events, entry(5, { event: 'DOCUMENTS_PROVIDED' })]).map((r) => r.status),
    ).toEqual(['accepted', 'accepted', 'accepted']);
  });
});
