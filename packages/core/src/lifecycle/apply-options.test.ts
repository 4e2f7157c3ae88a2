import { describe, expect, it } from 'vitest';
import type { LifecycleOptions } from '../generated/event-type.ts';
import type { Statechart } from '../generated/statechart.ts';
import { statechartIssues } from '../statechart-checks.ts';
import { applyLifecycleOptions } from './apply-options.ts';
import { findLifecycleTemplate } from './templates.ts';

const template = findLifecycleTemplate('event-application', 2);
if (!template?.options) throw new Error('event-application@2 with options expected');
const { statechart, options: templateOptions } = template;

const ALL_STATES = [
  'draft',
  'submitted',
  'in_review',
  'documents_requested',
  'reviewed',
  'admitted',
  'waitlisted',
  'rejected',
  'notified',
  'payment_pending',
  'paid',
  'confirmed',
  'archived',
  'withdrawn',
  'revoked',
];

const COMBINATIONS: LifecycleOptions[] = [false, true].flatMap((payment) =>
  [false, true].flatMap((waitlist) =>
    [false, true].map((documentReview) => ({ payment, waitlist, documentReview })),
  ),
);

function reachable(chart: Statechart): Set<string> {
  const seen = new Set([chart.initial]);
  const queue = [chart.initial];
  while (queue.length > 0) {
    const on = chart.states[queue.shift() as string]?.on ?? {};
    for (const transitions of Object.values(on)) {
      for (const t of [transitions].flat()) {
        const target = typeof t === 'string' ? t : t?.target;
        if (target && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }
  return seen;
}

describe('applyLifecycleOptions (event-application@2)', () => {
  it('has the fifteen states of the full process with every option on', () => {
    const chart = applyLifecycleOptions(statechart, templateOptions, {
      payment: true,
      waitlist: true,
      documentReview: true,
    });
    expect(Object.keys(chart.states).sort()).toEqual([...ALL_STATES].sort());
    expect(chart).toEqual(statechart);
  });

  it.each(COMBINATIONS.map((o) => [JSON.stringify(o), o] as const))(
    '%s: consistent, every state reachable, every case can end in archived',
    (_, options) => {
      const chart = applyLifecycleOptions(statechart, templateOptions, options);
      expect(statechartIssues(chart, '')).toEqual([]);
      expect([...reachable(chart)].sort()).toEqual(Object.keys(chart.states).sort());
      for (const state of Object.keys(chart.states)) {
        const from = { ...chart, initial: state };
        expect(reachable(from).has('archived'), `${state} can reach archived`).toBe(true);
      }
    },
  );

  it('payment off: no payment states, notified -> confirmed directly', () => {
    const chart = applyLifecycleOptions(statechart, templateOptions, {
      waitlist: true,
      documentReview: true,
    });
    expect(Object.keys(chart.states)).not.toContain('payment_pending');
    expect(Object.keys(chart.states)).not.toContain('paid');
    expect(Object.keys(chart.states)).not.toContain('revoked');
    expect(chart.states.notified?.on?.REQUEST_PAYMENT).toBeUndefined();
    expect(chart.states.notified?.on?.CONFIRM).toEqual({ target: 'confirmed', actions: ['notifyApplicant'] });
  });

  it('waitlist off: no reserve list, no WAITLIST, and nobody to move up', () => {
    const chart = applyLifecycleOptions(statechart, templateOptions, { payment: true, documentReview: true });
    expect(chart.states.waitlisted).toBeUndefined();
    expect(chart.states.reviewed?.on?.WAITLIST).toBeUndefined();
    expect(JSON.stringify(chart)).not.toContain('moveUpFromWaitlist');
    expect(chart.states.payment_pending?.on?.REVOKE).toMatchObject({ actions: ['issueNotice'] });
  });

  it('document review off: no documents_requested and COMPLETE_REVIEW without the documents guard', () => {
    const chart = applyLifecycleOptions(statechart, templateOptions, { payment: true, waitlist: true });
    expect(chart.states.documents_requested).toBeUndefined();
    expect(chart.states.in_review?.on?.REQUEST_DOCUMENTS).toBeUndefined();
    expect(chart.states.in_review?.on?.COMPLETE_REVIEW).toEqual({ target: 'reviewed' });
  });

  it('treats absent options as off and leaves the template untouched', () => {
    const before = JSON.stringify(statechart);
    const chart = applyLifecycleOptions(statechart, templateOptions, undefined);
    expect(Object.keys(chart.states).sort()).toEqual(
      ['draft', 'submitted', 'in_review', 'reviewed', 'admitted', 'rejected', 'notified', 'confirmed']
        .concat(['archived', 'withdrawn'])
        .sort(),
    );
    expect(JSON.stringify(statechart)).toBe(before);
  });

  it('drops only the matching element of an array of guarded transitions', () => {
    const chart: Statechart = {
      id: 't',
      initial: 'a',
      states: { a: { on: { GO: [{ target: 'b', guard: 'g' }, { target: 'c' }] } }, b: {}, c: {} },
    };
    const result = applyLifecycleOptions(chart, { x: { states: ['b'] } }, {});
    expect(result.states.a?.on?.GO).toEqual({ target: 'c' });
  });
});
