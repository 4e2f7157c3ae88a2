import { type EventType, lifecycleStatechart } from '@festplatz/core';
import { describe, expect, it } from 'vitest';
import { allowedEvents, nextStep } from '../lifecycle.ts';
import { lifecycleBundle } from '../testing/fixtures.ts';
import {
  ALL_EVENTS,
  type ExpectedTransition,
  expectedFor,
  OPTION_SETS,
  type OptionSet,
  statesFor,
} from '../testing/lifecycle-table.ts';

// Must-show 1 (pure part): for each of the 8 option sets, every (state, event) pair of event-application@2
// is checked against the hand-written table in testing/lifecycle-table.ts: listed pairs move to their
// target with their actions (and are refused when their guard fails), all other pairs are refused.

const NOW = '2026-06-01T10:00:00.000Z';
// Params under which every guard holds: deadline ahead, payment due passed, no document outstanding.
const PASSING = {
  now: NOW,
  closes: '2026-06-30T21:59:59.000Z',
  paymentDue: '2026-05-31T21:59:59.000Z',
  documents: [],
};
const FAILING: Record<string, Record<string, unknown>> = {
  beforeDeadline: { ...PASSING, closes: '2026-05-31T21:59:59.000Z' }, // DATE-1: late
  paymentOverdue: { ...PASSING, paymentDue: '2026-06-30T21:59:59.000Z' }, // not yet due
  requiredDocumentsAccepted: { ...PASSING, documents: [{ id: 'insurance', status: 'pending' }] }, // DOC-8
};

function chartFor(options: OptionSet) {
  const bundle: EventType = lifecycleBundle(options);
  return lifecycleStatechart(bundle);
}

const persisted = (state: string) => ({ value: state, context: {}, status: 'active' });

describe.each(OPTION_SETS.map((options) => [JSON.stringify(options), options] as const))(
  'event-application@2 with %s',
  (_, options) => {
    const chart = chartFor(options);
    const rows = expectedFor(options);
    const find = (state: string, event: string): ExpectedTransition | undefined =>
      rows.find((row) => row.from === state && row.event === event);

    it('has exactly the expected states', () => {
      expect(Object.keys(chart.states).sort()).toEqual(statesFor(options).sort());
    });

    it.each(statesFor(options))(
      '%s: every listed event moves as the table says, every other is refused',
      (state) => {
        for (const event of ALL_EVENTS) {
          const row = find(state, event);
          const result = nextStep(chart, persisted(state), { ...PASSING, type: event });
          if (!row) {
            expect(result, `${state} --${event}--> must be refused`).toBeNull();
            continue;
          }
          expect(result?.state, `${state} --${event}-->`).toBe(row.to);
          expect(result?.actionNames, `${state} --${event}--> actions`).toEqual(row.actions);
          if (row.guard) {
            const refused = nextStep(chart, persisted(state), { ...FAILING[row.guard.name], type: event });
            expect(refused, `${state} --${event}--> refused when ${row.guard.name} fails`).toBeNull();
            // A guard fails closed: without its params the event is refused too.
            expect(nextStep(chart, persisted(state), event)).toBeNull();
          } else {
            expect(nextStep(chart, persisted(state), event)?.state).toBe(row.to);
          }
        }
      },
    );

    it.each(statesFor(options))('%s: allowedEvents lists exactly the table events', (state) => {
      const expected = rows.filter((row) => row.from === state).map((row) => row.event);
      expect(allowedEvents(chart, state).sort()).toEqual([...expected].sort());
      expect(allowedEvents(chart, state, PASSING).sort()).toEqual([...expected].sort());
      const guarded = rows.filter((row) => row.from === state && row.guard).map((row) => row.event);
      const withoutParams = allowedEvents(chart, state, {});
      for (const event of guarded) expect(withoutParams).not.toContain(event);
    });
  },
);
