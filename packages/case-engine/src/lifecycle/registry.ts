import { LIFECYCLE_VOCABULARY } from '@festplatz/core';
import { beforeDeadline, paymentOverdue, requiredDocumentsAccepted } from './guards.ts';

/**
 * A guard: a pure predicate over the event's params (e.g. `now` and `closes` on SUBMIT) and the case's
 * persisted context. No I/O: what it needs travels in the event, so each outcome can be re-checked from
 * the log.
 */
export type LifecycleGuard = (input: {
  event: Readonly<Record<string, unknown>>;
  context: Readonly<Record<string, unknown>>;
}) => boolean;

/** An action a lifecycle names: returned by a transition, never run by it (effects run after commit). */
export interface LifecycleActionSpec {
  /** What the action does, for staff and the outbox. */
  description: string;
}

/** The guards and actions a lifecycle may name, resolved by name when a machine is built. */
export interface LifecycleRegistry {
  readonly guards: Readonly<Record<string, LifecycleGuard>>;
  readonly actions: Readonly<Record<string, LifecycleActionSpec>>;
}

/** Builds a registry value (frozen: registries are passed around as values, never mutated). */
export function createLifecycleRegistry(entries: {
  guards: Record<string, LifecycleGuard>;
  actions: Record<string, LifecycleActionSpec>;
}): LifecycleRegistry {
  return Object.freeze({
    guards: Object.freeze({ ...entries.guards }),
    actions: Object.freeze({ ...entries.actions }),
  });
}

/** The registry the case engine ships: one entry per name in core's LIFECYCLE_VOCABULARY. */
export const DEFAULT_LIFECYCLE_REGISTRY: LifecycleRegistry = createLifecycleRegistry({
  guards: { beforeDeadline, requiredDocumentsAccepted, paymentOverdue },
  actions: {
    sendReceipt: { description: 'Confirm receipt of the application (Eingangsbestätigung, DATE-1).' },
    issueNotice: { description: 'Issue the notice with its Rechtsbehelfsbelehrung (BES-1, BES-2).' },
    requestPayment: { description: 'Send the fee notice with the Kassenzeichen (FEE-3).' },
    notifyApplicant: { description: 'Send a message to the applicant.' },
    moveUpFromWaitlist: { description: 'Admit the next business from the reserve list (SEL-12).' },
  },
});

/** Vocabulary names the registry lacks (empty for the default registry, as its test shows). */
export function missingFromRegistry(registry: LifecycleRegistry): string[] {
  return [
    ...LIFECYCLE_VOCABULARY.guards.filter((name) => !Object.hasOwn(registry.guards, name)),
    ...LIFECYCLE_VOCABULARY.actions.filter((name) => !Object.hasOwn(registry.actions, name)),
  ];
}
