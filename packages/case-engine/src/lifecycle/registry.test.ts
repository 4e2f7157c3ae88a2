import type { Statechart } from '@festplatz/core';
import { describe, expect, it } from 'vitest';
import { nextStep } from '../lifecycle.ts';
import { beforeDeadline, paymentOverdue, requiredDocumentsAccepted } from './guards.ts';
import { buildLifecycleMachine } from './machine.ts';
import { createLifecycleRegistry, DEFAULT_LIFECYCLE_REGISTRY, missingFromRegistry } from './registry.ts';

const chart: Statechart = {
  id: 't',
  initial: 'open',
  states: {
    open: { on: { CLOSE: { target: 'closed', guard: 'allowed', actions: ['tell'] } } },
    closed: {},
  },
};

describe('lifecycle registry', () => {
  it('the default registry implements every name of core’s vocabulary', () => {
    expect(missingFromRegistry(DEFAULT_LIFECYCLE_REGISTRY)).toEqual([]);
    expect(missingFromRegistry(createLifecycleRegistry({ guards: {}, actions: {} }))).toContain(
      'beforeDeadline',
    );
  });

  it('refuses a chart naming an unknown guard or action with an error value', () => {
    expect(buildLifecycleMachine(chart, DEFAULT_LIFECYCLE_REGISTRY)).toEqual({
      ok: false,
      error: { code: 'LIFECYCLE_NAME_UNKNOWN', guards: ['allowed'], actions: ['tell'] },
    });
  });

  it('resolves guards from the registry passed in, per call (no global registry)', () => {
    const open = createLifecycleRegistry({
      guards: { allowed: ({ event }) => event.key === 'ok' },
      actions: { tell: { description: 'test' } },
    });
    const shut = createLifecycleRegistry({
      guards: { allowed: () => false },
      actions: { tell: { description: 'x' } },
    });
    const start = { value: 'open', context: {} };
    expect(nextStep(chart, start, { type: 'CLOSE', key: 'ok' }, open)).toMatchObject({
      state: 'closed',
      actionNames: ['tell'],
    });
    expect(nextStep(chart, start, { type: 'CLOSE', key: 'no' }, open)).toBeNull();
    expect(nextStep(chart, start, { type: 'CLOSE', key: 'ok' }, shut)).toBeNull();
    expect(Object.isFrozen(open.guards)).toBe(true);
  });
});

describe('default guards (pure, fail closed)', () => {
  const g = (guard: typeof beforeDeadline, event: Record<string, unknown>) => guard({ event, context: {} });

  it('beforeDeadline: DATE-1, the closing second counts in full', () => {
    const closes = '2026-02-28T22:59:59.000Z';
    expect(g(beforeDeadline, { now: '2026-02-28T22:59:59.999Z', closes })).toBe(true);
    expect(g(beforeDeadline, { now: '2026-02-28T23:00:00.000Z', closes })).toBe(false);
    expect(g(beforeDeadline, { closes })).toBe(false);
    expect(g(beforeDeadline, { now: 'gestern', closes })).toBe(false);
  });

  it('paymentOverdue: only after the due instant', () => {
    const paymentDue = '2026-09-01T00:00:00.000Z';
    expect(g(paymentOverdue, { now: '2026-09-01T00:00:00.001Z', paymentDue })).toBe(true);
    expect(g(paymentOverdue, { now: paymentDue, paymentDue })).toBe(false);
    expect(g(paymentOverdue, { now: paymentDue, paymentDue: null })).toBe(false);
  });

  it('requiredDocumentsAccepted: DOC-8, every listed document accepted', () => {
    expect(g(requiredDocumentsAccepted, { documents: [] })).toBe(true);
    expect(g(requiredDocumentsAccepted, { documents: [{ id: 'a', status: 'accepted' }] })).toBe(true);
    expect(
      g(requiredDocumentsAccepted, {
        documents: [
          { id: 'a', status: 'accepted' },
          { id: 'b', status: 'rejected' },
        ],
      }),
    ).toBe(false);
    expect(g(requiredDocumentsAccepted, {})).toBe(false);
  });
});
