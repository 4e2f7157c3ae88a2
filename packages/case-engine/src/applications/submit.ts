import { createHash } from 'node:crypto';
import {
  applicationPeriodOf,
  applicationPeriodStatus,
  applicationSummary,
  canonicalJson,
  lifecycleStatechart,
  validateApplicationData,
} from '@festplatz/core';
import type { FestplatzDb } from '../db.ts';
import { findEdition } from '../editions.ts';
import { allowedEvents, initialStep, nextStep } from '../lifecycle.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import { receiptMessage } from '../outbox/receipt.ts';
import { type CommandResult, fail } from '../results.ts';
import { applications } from '../sqlite/schema.ts';
import { findUserById } from '../users.ts';
import { appendEvent, logTypeOf } from './event-log.ts';
import { type ApplicationRecord, findApplicantApplication } from './records.ts';

/** Input of {@link submitApplication}; `now` is the server's clock (DATE-1: server-side timestamp decides). */
export interface SubmitApplicationCommand {
  editionId: string;
  applicantId: string;
  data: unknown;
  now: Date;
}

/**
 * Submits an application: checks the period (DATE-1) and the data against the edition's pinned form schema,
 * then in one transaction creates the case in the lifecycle's initial state (event 'created') and applies
 * SUBMIT (event 'submitted') and enqueues the receipt mail (outbox `mail.receipt`, dedupe key
 * `receipt:<id>`). On any error nothing is stored.
 */
export function submitApplication(
  db: FestplatzDb,
  cmd: SubmitApplicationCommand,
): CommandResult<ApplicationRecord> {
  const found = findEdition(db, cmd.editionId);
  if (!found) return fail({ code: 'NOT_FOUND' });
  const { edition, eventType, eventTypeHash, tenantId } = found;

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

  if (!findUserById(db, cmd.applicantId)) {
    throw new Error(`submitApplication: applicant ${cmd.applicantId} does not exist; call ensureUser first`);
  }

  const statechart = lifecycleStatechart(eventType);
  const lifecycle = `${eventType.lifecycle.template}@${eventType.lifecycle.version}`;
  const created = initialStep(statechart);
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

  db.sqlite.transaction(() => {
    db.orm
      .insert(applications)
      .values({
        id,
        tenantId,
        editionId: edition.id,
        applicantId: cmd.applicantId,
        state: submitted.state,
        snapshot: submitted.snapshot,
        data: cmd.data,
        applicantName: summary.applicantName,
        companyName: summary.companyName,
        categoryId: summary.categoryId,
        lifecycle,
        eventTypeHash,
        submittedAt: cmd.now,
        // version = number of log entries, so a reader can tell how far a case has moved.
        version: 2,
        createdAt: cmd.now,
        updatedAt: cmd.now,
      })
      .run();
    const base = { applicationId: id, actorId: cmd.applicantId, at: cmd.now, lifecycle };
    appendEvent(db, {
      ...base,
      type: 'created',
      payload: {
        state: created.state,
        editionId: edition.id,
        eventType: { id: eventType.id, version: eventType.version, hash: eventTypeHash },
      },
    });
    appendEvent(db, {
      ...base,
      type: logTypeOf('SUBMIT'),
      payload: { event: 'SUBMIT', from: created.state, to: submitted.state, dataHash },
    });
    // Same transaction: the receipt exists if and only if the submission committed.
    enqueueOutbox(db, [receiptMessage({ applicationId: id, tenantId, dataHash })], cmd.now);
  })();

  const record = findApplicantApplication(db, cmd.applicantId, id);
  if (!record) throw new Error(`submitApplication: case ${id} not readable after commit`);
  return { ok: true, value: record };
}
