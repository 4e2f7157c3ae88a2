import type { Statechart } from '@festplatz/core';
import { describe, expect, it } from 'vitest';
import { allowedEvents, initialStep, nextStep } from './lifecycle.ts';

const chart: Statechart = {
  id: 'event-application',
  initial: 'draft',
  states: {
    draft: { on: { SUBMIT: 'submitted', WITHDRAW: 'withdrawn' } },
    submitted: {
      on: { START_REVIEW: { target: 'in_review', actions: ['notifyApplicant'] }, WITHDRAW: 'withdrawn' },
    },
    in_review: {},
    withdrawn: {},
  },
};

describe('lifecycle (XState v5 pure transitions)', () => {
  it('starts in the initial state and persists a JSON snapshot', () => {
    const first = initialStep(chart);
    expect(first.state).toBe('draft');
    expect(JSON.parse(JSON.stringify(first.snapshot))).toMatchObject({ value: 'draft', status: 'active' });
  });

  it('moves through a restored (JSON round-tripped) snapshot and returns actions without running them', () => {
    const first = initialStep(chart);
    const submitted = nextStep(chart, JSON.parse(JSON.stringify(first.snapshot)), 'SUBMIT');
    expect(submitted?.state).toBe('submitted');
    const review = nextStep(chart, JSON.parse(JSON.stringify(submitted?.snapshot)), 'START_REVIEW');
    expect(review?.state).toBe('in_review');
    expect(review?.actions.map((a) => a.type)).toEqual(['notifyApplicant']);
  });

  it('returns null for an event the state does not accept', () => {
    const first = initialStep(chart);
    expect(nextStep(chart, first.snapshot, 'START_REVIEW')).toBeNull();
  });

  it('lists the allowed events per state', () => {
    expect(allowedEvents(chart, 'draft').sort()).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(allowedEvents(chart, 'submitted').sort()).toEqual(['START_REVIEW', 'WITHDRAW']);
    expect(allowedEvents(chart, 'in_review')).toEqual([]);
  });
});
