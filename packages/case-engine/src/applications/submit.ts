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
import type { FestplatzDb } from '../db.ts';
import { findEdition } from '../editions.ts';
import { allowedEvents, initialStep, type LifecycleStep, nextStep } from '../lifecycle.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import { receiptMessage } from '../outbox/receipt.ts';
import { type CommandResult, fail } from '../results.ts';
import { prepared } from '../sqlite/prepared.ts';
import { findUserById } from '../users.ts';
import { appendEvent, logTypeOf } from './event-log.ts';
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

  const applicant = findUserById(db, cmd.applicantId);
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

  const dataJson = JSON.stringify(cmd.data);
  const at = cmd.now.getTime();

  db.sqlite.transaction(() => {
    // Prepared once per connection (hot path, see sqlite/prepared.ts); values encoded as drizzle's column
    // modes do (json: JSON.stringify, timestamp_ms: epoch ms). version = number of log entries, so a reader
    // can tell how far a case has moved.
    prepared(
      db,
      `INSERT INTO applications (id, tenant_id, edition_id, applicant_id, state, snapshot, data, applicant_name,
         company_name, category_id, lifecycle, event_type_hash, submitted_at, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?)`,
    ).run(
      id,
      tenantId,
      edition.id,
      cmd.applicantId,
      submitted.state,
      JSON.stringify(submitted.snapshot),
      dataJson,
      summary.applicantName,
      summary.companyName,
      summary.categoryId,
      lifecycle,
      eventTypeHash,
      at,
      at,
      at,
    );
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

  // The record is what was just written, so it is built from the values in hand instead of read back; data is
  // decoded from the stored text so the caller gets the same copy a later read would give.
  const record: ApplicationRecord = {
    id,
    tenantId,
    editionId: edition.id,
    applicantId: cmd.applicantId,
    applicantEmail: applicant.email,
    state: submitted.state,
    data: JSON.parse(dataJson),
    applicantName: summary.applicantName,
    companyName: summary.companyName,
    categoryId: summary.categoryId,
    submittedAt: new Date(at),
    version: 2,
    lifecycle,
    eventTypeHash,
  };
  return { ok: true, value: record };
}
