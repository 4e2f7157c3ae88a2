import type { EventType } from '@festplatz/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseCommand } from '../applications/apply-event.ts';
import { type ApplicationRecord, applicationEvents } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import { submitApplication } from '../applications/submit.ts';
import type { FestplatzDb } from '../db.ts';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import type { CommandResult } from '../results.ts';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { ALL_EVENTS, expectedFor, OPTION_SETS, type OptionSet } from '../testing/lifecycle-table.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { ensureUser, grantRole, upsertTenant } from '../users.ts';
import {
  admit,
  archive,
  completeReview,
  confirm,
  documentsProvided,
  issueNotice,
  moveUp,
  recordPayment,
  recordScore,
  reject,
  requestDocuments,
  requestPayment,
  revoke,
  waitlist,
  withdraw,
} from './index.ts';

// Must-show 1 (through the real commands on a temp SQLite file): for each of the 8 option sets, cases walk
// the lifecycle with the commands, and in every state a case reaches, every event the hand-written table
// does not list is sent through its command and must answer TRANSITION_NOT_ALLOWED naming the state and
// the table's events, with nothing stored.

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(DURING_PERIOD.getTime() + days * DAY);

type Run = (db: FestplatzDb, cmd: CaseCommand) => CommandResult<ApplicationRecord>;

// One command per event, each with a valid payload, so a refusal can only come from the lifecycle.
const COMMANDS: Record<string, Run> = {
  START_REVIEW: startReview,
  RECORD_SCORE: (db, c) =>
    recordScore(db, { ...c, criterionId: 'attraktivitaet', points: 4, justification: 'Neu lackiert.' }),
  REQUEST_DOCUMENTS: (db, c) =>
    requestDocuments(db, { ...c, documents: ['haftpflicht'], dueAt: new Date(c.now.getTime() + 14 * DAY) }),
  DOCUMENTS_PROVIDED: documentsProvided,
  COMPLETE_REVIEW: completeReview,
  ADMIT: admit,
  WAITLIST: (db, c) => waitlist(db, { ...c, rank: 1 }),
  REJECT: (db, c) => reject(db, { ...c, ground: 'space_70_3' }),
  ISSUE_NOTICE: issueNotice,
  REQUEST_PAYMENT: (db, c) =>
    requestPayment(db, {
      ...c,
      amountCents: 48_500,
      dueAt: new Date(c.now.getTime() + 14 * DAY),
      kassenzeichen: 'KZ-2026-0001',
    }),
  RECORD_PAYMENT: (db, c) => recordPayment(db, { ...c, amountCents: 48_500, reference: 'KZ-2026-0001' }),
  CONFIRM: confirm,
  ARCHIVE: archive,
  WITHDRAW: withdraw,
  REVOKE: revoke,
  MOVE_UP: (db, c) => moveUp(db, { ...c, reason: 'Zulassung von Fa. Beispiel widerrufen.' }),
};

let t: TempDb | undefined;
afterEach(() => t?.cleanup());

function world(options: OptionSet) {
  t = openTempDb();
  const db = t.db;
  upsertTenant(db, { id: 'soest', name: { de: 'Stadt Soest' } });
  const bundle: EventType = testBundle({ lifecycle: { template: 'event-application', version: 2, options } });
  if (!publishEventType(db, 'soest', bundle).ok) throw new Error('setup: publish failed');
  saveEdition(db, 'soest', testEdition());
  const clerk = ensureUser(db, 'kirmesbuero@soest.example');
  grantRole(db, { userId: clerk.id, tenantId: 'soest', role: 'clerk' });
  const applicant = ensureUser(db, 'anna@example.org');
  const rows = expectedFor(options);
  let clock = 0;

  const submit = () => {
    const result = submitApplication(db, {
      editionId: testEdition().id,
      applicantId: applicant.id,
      data: validData(),
      now: DURING_PERIOD,
    });
    if (!result.ok) throw new Error(`setup: submit failed ${JSON.stringify(result.error)}`);
    return result.value;
  };

  // Every event the table does not allow in the case's state is refused by its command; nothing is stored.
  const checkRefusals = (id: string, state: string) => {
    const allowed = rows.filter((row) => row.from === state).map((row) => row.event);
    const before = applicationEvents(db, id).length;
    for (const event of ALL_EVENTS.filter((e) => e !== 'SUBMIT' && !allowed.includes(e))) {
      const result = (COMMANDS[event] as Run)(db, {
        tenantId: 'soest',
        applicationId: id,
        actorId: clerk.id,
        now: at(clock),
      });
      expect(result.ok, `${state}: ${event} must be refused`).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', state });
      expect((result.error as { allowedEvents: string[] }).allowedEvents.sort()).toEqual([...allowed].sort());
    }
    expect(applicationEvents(db, id)).toHaveLength(before);
  };

  // Sends one event through its command and checks the state the table names.
  const send = (record: ApplicationRecord, event: string, daysLater = 1) => {
    checkRefusals(record.id, record.state);
    clock += daysLater;
    const row = rows.find((r) => r.from === record.state && r.event === event);
    expect(row, `the table allows ${record.state} --${event}-->`).toBeDefined();
    const result = (COMMANDS[event] as Run)(db, {
      tenantId: 'soest',
      applicationId: record.id,
      actorId: clerk.id,
      now: at(clock),
    });
    if (!result.ok) throw new Error(`${record.state} --${event}--> failed: ${JSON.stringify(result.error)}`);
    expect(result.value.state).toBe(row?.to);
    const logged = applicationEvents(db, record.id).at(-1);
    expect(logged?.payload).toMatchObject({ event, from: record.state, to: row?.to });
    return result.value;
  };

  const walk = (events: string[]) => {
    let record = submit();
    for (const event of events) record = send(record, event);
    checkRefusals(record.id, record.state);
    return record;
  };
  return { db, walk, send, submit, checkRefusals };
}

const review = (o: OptionSet) => [
  'START_REVIEW',
  ...(o.documentReview ? ['REQUEST_DOCUMENTS', 'DOCUMENTS_PROVIDED'] : []),
  'RECORD_SCORE',
  'COMPLETE_REVIEW',
  'RECORD_SCORE',
];
const payAndConfirm = (o: OptionSet) =>
  o.payment ? ['REQUEST_PAYMENT', 'RECORD_PAYMENT', 'CONFIRM'] : ['CONFIRM'];

describe.each(OPTION_SETS.map((options) => [JSON.stringify(options), options] as const))(
  'walking event-application@2 with the commands, %s',
  (_, options) => {
    it('admission: review, admit, notice, (payment,) confirm, archive', () => {
      const { walk } = world(options);
      const end = walk([...review(options), 'ADMIT', 'ISSUE_NOTICE', ...payAndConfirm(options), 'ARCHIVE']);
      expect(end.state).toBe('archived');
    });

    it('rejection with a ground, its notice, archive; and withdrawal', () => {
      const { walk } = world(options);
      expect(walk(['START_REVIEW', 'REJECT', 'ISSUE_NOTICE', 'ARCHIVE']).state).toBe('archived');
      expect(walk([...review(options), 'WITHDRAW', 'ARCHIVE']).state).toBe('archived');
    });

    it.runIf(options.waitlist)('reserve list: waitlist, notice, move up, admission notice, withdraw', () => {
      const { walk } = world(options);
      const end = walk([
        ...review(options),
        'WAITLIST',
        'ISSUE_NOTICE',
        'MOVE_UP',
        'ISSUE_NOTICE',
        'WITHDRAW',
      ]);
      expect(end.state).toBe('withdrawn');
    });

    it.runIf(options.payment)('revoke: refused before the due date, then revoked and archived', () => {
      const { walk, send, checkRefusals } = world(options);
      const head = [...review(options), 'ADMIT', 'ISSUE_NOTICE', 'REQUEST_PAYMENT'];
      const pending = walk(head);
      const early = revoke(t?.db as FestplatzDb, {
        tenantId: 'soest',
        applicationId: pending.id,
        actorId: pending.applicantId,
        now: at(head.length + 2),
      });
      expect(early).toMatchObject({
        ok: false,
        error: { code: 'TRANSITION_NOT_ALLOWED', state: 'payment_pending' },
      });
      const revoked = send(pending, 'REVOKE', 30);
      expect(revoked.state).toBe('revoked');
      checkRefusals(revoked.id, 'revoked');
      expect(send(revoked, 'ARCHIVE').state).toBe('archived');
    });
  },
);
