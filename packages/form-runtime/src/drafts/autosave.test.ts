import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSave, DraftSaveOutcome } from '../api/drafts.ts';
import { type AutosaveStatus, DraftAutosave } from './autosave.ts';

// A11Y-5: drafts are saved while the applicant works, so a forced re-login (AUTH-6) loses nothing. The server side
// is tested against the real routes (me-drafts*.test.ts) and in Chromium (e2e/wizard.browser.test.ts); here the
// timing and the answers to each outcome, with fake time and a recording store.

function recordingStore(answers: DraftSaveOutcome[] = []) {
  const sent: DraftSave[] = [];
  let next = 1;
  const save = vi.fn(async (save: DraftSave): Promise<DraftSaveOutcome> => {
    sent.push(save);
    return answers.shift() ?? { kind: 'saved', id: save.id ?? 'd1', version: next++ };
  });
  return { sent, save };
}

function autosave(store: ReturnType<typeof recordingStore>, statuses: AutosaveStatus[] = []) {
  return new DraftAutosave({
    editionId: 'kirmes-2026',
    save: store.save,
    onStatus: (status) => statuses.push(status),
    now: () => new Date('2026-11-26T13:32:00Z'),
  });
}

describe('DraftAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 2 s after the last change, not on every keystroke', async () => {
    const store = recordingStore();
    const statuses: AutosaveStatus[] = [];
    const drafts = autosave(store, statuses);
    for (const name of ['E', 'Er', 'Eri', 'Erika']) {
      drafts.changed({ givenName: name });
      await vi.advanceTimersByTimeAsync(1500);
    }
    expect(store.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.sent).toEqual([{ editionId: 'kirmes-2026', data: { givenName: 'Erika' } }]);
    expect(statuses).toEqual([{ kind: 'saved', at: new Date('2026-11-26T13:32:00Z') }]);
    expect(drafts.id).toBe('d1');
  });

  it('creates the draft first, then replaces it with the version it last saw', async () => {
    const store = recordingStore();
    const drafts = autosave(store);
    drafts.changed({ a: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    drafts.changed({ a: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.sent[1]).toEqual({ editionId: 'kirmes-2026', data: { a: 2 }, id: 'd1', version: 1 });
  });

  it('saves at once on flush (page change) and skips data the server already has', async () => {
    const store = recordingStore();
    const drafts = autosave(store);
    drafts.resume({ id: 'd9', version: 4, data: { a: 1 } });
    drafts.changed({ a: 1 });
    await drafts.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.sent).toEqual([]);
    drafts.changed({ a: 2 });
    await drafts.flush({ keepalive: true });
    expect(store.sent).toEqual([
      { editionId: 'kirmes-2026', data: { a: 2 }, id: 'd9', version: 4, keepalive: true },
    ]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.sent).toHaveLength(1);
  });

  it('takes the server’s version after a conflict (another tab) and tries once more', async () => {
    const store = recordingStore([{ kind: 'conflict', version: 7 }]);
    const drafts = autosave(store);
    drafts.resume({ id: 'd9', version: 4, data: {} });
    drafts.changed({ a: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.sent.map((s) => s.version)).toEqual([4, 7]);
  });

  it('retries after a network failure with back-off and says so quietly', async () => {
    const store = recordingStore([{ kind: 'network' }, { kind: 'unavailable' }]);
    const statuses: AutosaveStatus[] = [];
    const drafts = autosave(store, statuses);
    drafts.changed({ a: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses).toEqual([{ kind: 'retrying' }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(store.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.sent).toHaveLength(3);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('waits for the next change after the session ended, and stops when the server refuses for good', async () => {
    const problem = {
      status: 422,
      code: 'APPLICATION_PERIOD_CLOSED',
      title: '',
      detail: 'Frist vorbei.',
      errors: [],
    };
    const store = recordingStore([{ kind: 'unauthenticated' }, { kind: 'refused', problem }]);
    const statuses: AutosaveStatus[] = [];
    const drafts = autosave(store, statuses);
    drafts.changed({ a: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.sent).toHaveLength(1);
    expect(statuses).toEqual([{ kind: 'signedOut' }]);
    drafts.changed({ a: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)).toEqual({ kind: 'stopped', reason: 'Frist vorbei.' });
    drafts.changed({ a: 3 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.sent).toHaveLength(2);
  });

  it('settles before a submission: waits for the save under way, hands out the new id, saves nothing after', async () => {
    let finish: (outcome: DraftSaveOutcome) => void = () => {};
    const save = vi.fn(() => new Promise<DraftSaveOutcome>((resolve) => (finish = resolve)));
    const drafts = new DraftAutosave({ editionId: 'k', save, onStatus: () => {} });
    drafts.changed({ a: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    drafts.changed({ a: 2 });
    const settled = drafts.settle();
    finish({ kind: 'saved', id: 'new-draft', version: 1 });
    await expect(settled).resolves.toBe('new-draft');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    drafts.restart();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
