import { createHash } from 'node:crypto';
import {
  applicationPeriodOf,
  applicationPeriodStatus,
  applicationSummary,
  canonicalJson,
  lifecycleStatechart,
  type Statechart,
  validateApplicationData,
} from '@festplatz/core';
import { changeOutbox } from '../actions/messages.ts';
import { allowedEvents, initialStep, type LifecycleStep, nextStep } from '../lifecycle.ts';
import { type ReceiptPayload, receiptMessage } from '../outbox/receipt.ts';
import type { Repository } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { logTypeOf } from './event-log.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import type { ApplicationRecord } from './records.ts';

// The initial step is pure and the same for every case under one statechart (core hands out one frozen chart per
// template + options), so it is computed once instead of running XState's initial transition per submission.
const initialSteps = new WeakMap<Statechart, LifecycleStep>();

function initialStepOf(statechart: Statechart): LifecycleStep {
  let created = initialSteps.get(statechart);
  if (!created) {
    created = initialStep(statechart);
    initialSteps.set(statechart, created);
  }
  return created;
}

/** Input of {@link submitApplication}; `now` is the server's clock (DATE-1: server-side timestamp decides). */
export interface SubmitApplicationCommand {
  editionId: string;
  applicantId: string;
  data: unknown;
  now: Date;
}

/**
 * Submits an application: checks the period (DATE-1) and the data against the edition's pinned form schema,
 * then in one atomic createCase creates the case in the lifecycle's initial state (event 'created') and
 * applies SUBMIT (event 'submitted') and enqueues the receipt mail (outbox `mail.receipt`, dedupe key
 * `receipt:<id>`) with any other action SUBMIT returns. On any error nothing is stored.
 */
export async function submitApplication(
  repo: Repository,
  cmd: SubmitApplicationCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const found = await repo.findEdition(cmd.editionId);
  if (!found) return fail({ code: 'NOT_FOUND' });
  const { edition, eventTypeHash, tenantId } = found;
  // The repository's one object for this bundle (see pinned-event-type.ts), not the copy the edition came
  // with: core caches the validator compiled from a form schema per schema object, and a dialect that reads
  // a fresh copy per call would recompile it for every submission (~40 ms for the Soest form).
  const eventType = await pinnedEventType(repo, { tenantId, eventTypeHash });

  const status = applicationPeriodStatus(edition, cmd.now);
  const period = applicationPeriodOf(edition);
  if (status !== 'open') {
    return fail({
      code: 'APPLICATION_PERIOD_CLOSED',
      closes: period.closes.toISOString(),
      opens: period.opens.toISOString(),
      reason: status,
    });
  }

  const issues = validateApplicationData(eventType, cmd.data);
  if (issues.length > 0) return fail({ code: 'VALIDATION_FAILED', issues });

  const applicant = await repo.findUserById(cmd.applicantId);
  if (!applicant) {
    throw new Error(`submitApplication: applicant ${cmd.applicantId} does not exist; call ensureUser first`);
  }

  const statechart = lifecycleStatechart(eventType);
  const lifecycle = `${eventType.lifecycle.template}@${eventType.lifecycle.version}`;
  const created = initialStepOf(statechart);
  // The beforeDeadline guard (DATE-1) of lifecycles that name it decides on these params.
  const submitEvent = { type: 'SUBMIT', now: cmd.now.toISOString(), closes: period.closes.toISOString() };
  const submitted = nextStep(statechart, created.snapshot, submitEvent);
  if (!submitted) {
    return fail({
      code: 'TRANSITION_NOT_ALLOWED',
      state: created.state,
      allowedEvents: allowedEvents(statechart, created.state),
    });
  }
  const summary = applicationSummary(eventType, cmd.data);
  // The receipt (Eingangsbestätigung, DATE-1) quotes this hash of exactly what was received.
  const dataHash = createHash('sha256').update(canonicalJson(cmd.data), 'utf8').digest('hex');
  const id = crypto.randomUUID();

  // The caller gets the copy a later read would give (JSON, as stored), not its own object back.
  const data: unknown = JSON.parse(JSON.stringify(cmd.data));
  // version = number of log entries, so a reader can tell how far a case has moved.
  const version = 2;
  const receipt: ReceiptPayload = { applicationId: id, tenantId, dataHash };
  const submit = { event: 'SUBMIT', from: created.state, to: submitted.state };
  await repo.createCase({
    case: {
      id,
      tenantId,
      editionId: edition.id,
      applicantId: cmd.applicantId,
      state: submitted.state,
      snapshot: submitted.snapshot,
      data,
      applicantName: summary.applicantName,
      companyName: summary.companyName,
      categoryId: summary.categoryId,
      lifecycle,
      eventTypeHash,
      submittedAt: cmd.now,
      version,
      now: cmd.now,
    },
    events: [
      {
        type: 'created',
        payload: {
          state: created.state,
          editionId: edition.id,
          eventType: { id: eventType.id, version: eventType.version, hash: eventTypeHash },
        },
        actorId: cmd.applicantId,
        at: cmd.now,
        lifecycle,
      },
      {
        type: logTypeOf('SUBMIT'),
        payload: { ...submit, dataHash },
        actorId: cmd.applicantId,
        at: cmd.now,
        lifecycle,
      },
    ],
    // The receipt exists if and only if the submission committed, whatever the lifecycle names on SUBMIT.
    outbox: changeOutbox([receiptMessage(receipt)], submitted.actionNames, {
      tenantId,
      applicationId: id,
      ...submit,
      version,
      details: { dataHash },
      receipt,
    }),
  });

  const record: ApplicationRecord = {
    id,
    tenantId,
    editionId: edition.id,
    applicantId: cmd.applicantId,
    applicantEmail: applicant.email,
    state: submitted.state,
    data,
    applicantName: summary.applicantName,
    companyName: summary.companyName,
    categoryId: summary.categoryId,
    submittedAt: cmd.now,
    version,
    lifecycle,
    eventTypeHash,
  };
  return { ok: true, value: record };
}
