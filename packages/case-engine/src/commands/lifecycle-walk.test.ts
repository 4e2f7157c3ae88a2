import { afterEach, describe, expect, it } from 'vitest';
import type { CaseCommand } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { submitValid } from '../testing/commands.ts';
import { DURING_PERIOD, lifecycleBundle } from '../testing/fixtures.ts';
import { ALL_EVENTS, expectedFor, OPTION_SETS, type OptionSet } from '../testing/lifecycle-table.ts';
import { seed } from '../testing/seed.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
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

type Run = (repo: Repository, cmd: CaseCommand) => Promise<CommandResult<ApplicationRecord>>;

// One command per event, each with a valid payload, so a refusal can only come from the lifecycle.
const COMMANDS: Record<string, Run> = {
  START_REVIEW: startReview,
  RECORD_SCORE: (repo, c) =>
    recordScore(repo, { ...c, criterionId: 'attraktivitaet', points: 4, justification: 'Neu lackiert.' }),
  REQUEST_DOCUMENTS: (repo, c) =>
    requestDocuments(repo, { ...c, documents: ['haftpflicht'], dueAt: new Date(c.now.getTime() + 14 * DAY) }),
  DOCUMENTS_PROVIDED: documentsProvided,
  COMPLETE_REVIEW: completeReview,
  ADMIT: admit,
  WAITLIST: (repo, c) => waitlist(repo, { ...c, rank: 1 }),
  REJECT: (repo, c) => reject(repo, { ...c, ground: 'space_70_3' }),
  ISSUE_NOTICE: issueNotice,
  REQUEST_PAYMENT: (repo, c) =>
    requestPayment(repo, {
      ...c,
      amountCents: 48_500,
      dueAt: new Date(c.now.getTime() + 14 * DAY),
      kassenzeichen: 'KZ-2026-0001',
    }),
  RECORD_PAYMENT: (repo, c) => recordPayment(repo, { ...c, amountCents: 48_500, reference: 'KZ-2026-0001' }),
  CONFIRM: confirm,
  ARCHIVE: archive,
  WITHDRAW: withdraw,
  REVOKE: revoke,
  MOVE_UP: (repo, c) => moveUp(repo, { ...c, reason: 'Zulassung von Fa. Beispiel widerrufen.' }),
};

let t: TempDb | undefined;
afterEach(() => t?.cleanup());

async function world(options: OptionSet) {
  t = openTempDb();
  const { repo } = t;
  const s = await seed(repo, lifecycleBundle(options));
  const rows = expectedFor(options);
  let clock = 0;
  const cmd = (applicationId: string): CaseCommand => ({
    tenantId: 'soest',
    applicationId,
    actorId: s.clerk.id,
    now: at(clock),
  });

  // Every event the table does not allow in the case's state is refused by its command; nothing is stored.
  const checkRefusals = async (id: string, state: string) => {
    const allowed = rows.filter((row) => row.from === state).map((row) => row.event);
    const before = (await repo.applicationEvents(id)).length;
    for (const event of ALL_EVENTS.filter((e) => e !== 'SUBMIT' && !allowed.includes(e))) {
      const result = await (COMMANDS[event] as Run)(repo, cmd(id));
      expect(result.ok, `${state}: ${event} must be refused`).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', state });
      expect((result.error as { allowedEvents: string[] }).allowedEvents.sort()).toEqual([...allowed].sort());
    }
    expect(await repo.applicationEvents(id)).toHaveLength(before);
  };

  // Sends one event through its command and checks the state the table names.
  const send = async (record: ApplicationRecord, event: string, daysLater = 1) => {
    await checkRefusals(record.id, record.state);
    clock += daysLater;
    const row = rows.find((r) => r.from === record.state && r.event === event);
    expect(row, `the table allows ${record.state} --${event}-->`).toBeDefined();
    const result = await (COMMANDS[event] as Run)(repo, cmd(record.id));
    if (!result.ok) throw new Error(`${record.state} --${event}--> failed: ${JSON.stringify(result.error)}`);
    expect(result.value.state).toBe(row?.to);
    const logged = (await repo.applicationEvents(record.id)).at(-1);
    expect(logged?.payload).toMatchObject({ event, from: record.state, to: row?.to });
    return result.value;
  };

  const walk = async (events: string[]) => {
    let record = await submitValid(repo, s);
    for (const event of events) record = await send(record, event);
    await checkRefusals(record.id, record.state);
    return record;
  };
  return { repo, walk, send, checkRefusals };
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
    it('admission: review, admit, notice, (payment,) confirm, archive', async () => {
      const { walk } = await world(options);
      const end = await walk([
        ...review(options),
        'ADMIT',
        'ISSUE_NOTICE',
        ...payAndConfirm(options),
        'ARCHIVE',
      ]);
      expect(end.state).toBe('archived');
    });

    it('rejection with a ground, its notice, archive; and withdrawal', async () => {
      const { walk } = await world(options);
      expect((await walk(['START_REVIEW', 'REJECT', 'ISSUE_NOTICE', 'ARCHIVE'])).state).toBe('archived');
      expect((await walk([...review(options), 'WITHDRAW', 'ARCHIVE'])).state).toBe('archived');
    });

    it.runIf(options.waitlist)(
      'reserve list: waitlist, notice, move up, admission notice, withdraw',
      async () => {
        const { walk } = await world(options);
        const end = await walk([
          ...review(options),
          'WAITLIST',
          'ISSUE_NOTICE',
          'MOVE_UP',
          'ISSUE_NOTICE',
          'WITHDRAW',
        ]);
        expect(end.state).toBe('withdrawn');
      },
    );

    it.runIf(options.payment)('revoke: refused before the due date, then revoked and archived', async () => {
      const { repo, walk, send, checkRefusals } = await world(options);
      const head = [...review(options), 'ADMIT', 'ISSUE_NOTICE', 'REQUEST_PAYMENT'];
      const pending = await walk(head);
      const early = await revoke(repo, {
        tenantId: 'soest',
        applicationId: pending.id,
        actorId: pending.applicantId,
        now: at(head.length + 2),
      });
      expect(early).toMatchObject({
        ok: false,
        error: { code: 'TRANSITION_NOT_ALLOWED', state: 'payment_pending' },
      });
      const revoked = await send(pending, 'REVOKE', 30);
      expect(revoked.state).toBe('revoked');
      await checkRefusals(revoked.id, 'revoked');
      expect((await send(revoked, 'ARCHIVE')).state).toBe('archived');
    });
  },
);
