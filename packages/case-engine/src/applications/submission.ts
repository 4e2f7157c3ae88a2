import { applicationPeriodOf, type Edition, type Statechart, type TrustLevel } from '@festplatz/core';
import { changeOutbox } from '../actions/messages.ts';
import { allowedEvents, type LifecycleStep, nextStep } from '../lifecycle.ts';
import { type ReceiptPayload, receiptMessage } from '../outbox/receipt.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';
import type { NewLogEntry } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { logTypeOf } from './event-log.ts';

/** What SUBMIT writes beside the case columns, whether it submits a new case or a stored draft. */
export interface Submission {
  /** The state after SUBMIT. */
  step: LifecycleStep;
  /** The 'submitted' log entry; its payload carries `dataHash`. */
  event: Omit<NewLogEntry, 'applicationId'>;
  /** The receipt (always) and one message per action SUBMIT returned. */
  outbox: NewOutboxMessage[];
}

/**
 * How the applicant submitted, recorded in the 'submitted' log entry (tamper-evident, SEC-6): the sign-in's
 * trust level (AUTH-2) and the company acted for (AUTH-4), the version of the Art. 13 information shown
 * (DS-2), and the optional consents given with the text version agreed to (DS-1).
 */
export interface SubmissionCircumstances {
  authMethod?: 'email' | 'oidc';
  trustLevel?: TrustLevel;
  representing?: unknown;
  privacyNoticeVersion?: string;
  consents?: { id: string; textVersion: string }[];
}

/** The case as SUBMIT finds it. */
export interface SubmissionInput {
  statechart: Statechart;
  from: { state: string; snapshot: unknown };
  edition: Edition;
  tenantId: string;
  applicationId: string;
  applicantId: string;
  lifecycle: string;
  dataHash: string;
  /** The case's version after SUBMIT (it names the action messages). */
  version: number;
  now: Date;
  circumstances?: SubmissionCircumstances;
}

/** Applies SUBMIT to `from` (pure); TRANSITION_NOT_ALLOWED when the lifecycle or its deadline guard refuses. */
export function submission(input: SubmissionInput): CommandResult<Submission> {
  const { statechart, from, tenantId, applicationId, dataHash, now } = input;
  // The beforeDeadline guard (DATE-1) of lifecycles that name it decides on these params.
  const closes = applicationPeriodOf(input.edition).closes.toISOString();
  const step = nextStep(statechart, from.snapshot, { type: 'SUBMIT', now: now.toISOString(), closes });
  if (!step) {
    return fail({
      code: 'TRANSITION_NOT_ALLOWED',
      state: from.state,
      allowedEvents: allowedEvents(statechart, from.state),
    });
  }
  const submit = { event: 'SUBMIT', from: from.state, to: step.state };
  const receipt: ReceiptPayload = { applicationId, tenantId, dataHash };
  return {
    ok: true,
    value: {
      step,
      event: {
        type: logTypeOf('SUBMIT'),
        payload: { ...submit, dataHash, ...input.circumstances },
        actorId: input.applicantId,
        at: now,
        lifecycle: input.lifecycle,
      },
      // The receipt exists if and only if the submission committed, whatever the lifecycle names on SUBMIT.
      outbox: changeOutbox([receiptMessage(receipt)], step.actionNames, {
        tenantId,
        applicationId,
        ...submit,
        version: input.version,
        details: { dataHash },
        receipt,
      }),
    },
  };
}
