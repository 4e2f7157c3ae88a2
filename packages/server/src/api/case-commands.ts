import {
  type ApplicationRecord,
  admit,
  archive,
  type CaseCommand,
  type CommandResult,
  completeReview,
  confirm,
  documentsProvided,
  issueNotice,
  moveUp,
  type RejectionGround,
  type Repository,
  recordPayment,
  recordScore,
  reject,
  requestDocuments,
  requestPayment,
  revoke,
  startReview,
  waitlist,
  withdraw,
} from '@festplatz/case-engine';

/** A staff command on a case, addressable by its lifecycle event type in `POST .../events`. */
export interface CaseCommandEntry {
  /** Staff roles allowed to send it (ARCHITECTURE: admin configures, clerk processes, reviewer scores). */
  roles: readonly string[];
  /** Body fields the command cannot do without; the back office offers one-click buttons only without. */
  requires: readonly string[];
  /** Runs the command with the request body's fields; the command validates them (422 with pointers). */
  run: (
    repo: Repository,
    cmd: CaseCommand,
    body: Record<string, unknown>,
  ) => Promise<CommandResult<ApplicationRecord>>;
}

const STAFF = ['admin', 'clerk'] as const;

// JSON has no dates: an unparsable or missing string becomes an invalid Date, which the command reports.
const date = (value: unknown): Date => new Date(typeof value === 'string' ? value : Number.NaN);
// Commands check types at run time, so the body's unknown values are passed through as they came.
const as = <T>(value: unknown) => value as T;
const optional = <K extends string>(key: K, value: unknown) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, never>>;

/** The registry of staff commands by event type; adding a step is one entry here (STYLE lesson 4). */
export const CASE_COMMANDS: Readonly<Record<string, CaseCommandEntry>> = {
  START_REVIEW: { roles: STAFF, requires: [], run: (repo, cmd) => startReview(repo, cmd) },
  REQUEST_DOCUMENTS: {
    roles: STAFF,
    requires: ['documents', 'dueAt'],
    run: (repo, cmd, b) =>
      requestDocuments(repo, { ...cmd, documents: as(b.documents), dueAt: date(b.dueAt) }),
  },
  DOCUMENTS_PROVIDED: {
    roles: STAFF,
    requires: [],
    run: (repo, cmd, b) => documentsProvided(repo, { ...cmd, ...optional('documents', b.documents) }),
  },
  COMPLETE_REVIEW: {
    roles: STAFF,
    requires: [],
    run: (repo, cmd, b) => completeReview(repo, { ...cmd, ...optional('documents', b.documents) }),
  },
  RECORD_SCORE: {
    roles: [...STAFF, 'reviewer'],
    requires: ['criterionId', 'points', 'justification'],
    run: (repo, cmd, b) =>
      recordScore(repo, {
        ...cmd,
        criterionId: as(b.criterionId),
        points: as(b.points),
        justification: as(b.justification),
      }),
  },
  ADMIT: {
    roles: STAFF,
    requires: [],
    run: (repo, cmd, b) => admit(repo, { ...cmd, ...optional('reason', b.reason) }),
  },
  WAITLIST: {
    roles: STAFF,
    requires: [],
    run: (repo, cmd, b) => waitlist(repo, { ...cmd, ...optional('rank', b.rank) }),
  },
  REJECT: {
    roles: STAFF,
    requires: ['ground'],
    run: (repo, cmd, b) =>
      reject(repo, { ...cmd, ground: as<RejectionGround>(b.ground), ...optional('reason', b.reason) }),
  },
  ISSUE_NOTICE: { roles: STAFF, requires: [], run: (repo, cmd) => issueNotice(repo, cmd) },
  REQUEST_PAYMENT: {
    roles: STAFF,
    requires: ['amountCents', 'dueAt', 'kassenzeichen'],
    run: (repo, cmd, b) =>
      requestPayment(repo, {
        ...cmd,
        amountCents: as(b.amountCents),
        dueAt: date(b.dueAt),
        kassenzeichen: as(b.kassenzeichen),
      }),
  },
  RECORD_PAYMENT: {
    roles: STAFF,
    requires: ['amountCents', 'reference'],
    run: (repo, cmd, b) =>
      recordPayment(repo, { ...cmd, amountCents: as(b.amountCents), reference: as(b.reference) }),
  },
  CONFIRM: { roles: STAFF, requires: [], run: (repo, cmd) => confirm(repo, cmd) },
  WITHDRAW: {
    roles: STAFF,
    requires: [],
    run: (repo, cmd, b) => withdraw(repo, { ...cmd, ...optional('reason', b.reason) }),
  },
  REVOKE: { roles: STAFF, requires: [], run: (repo, cmd) => revoke(repo, cmd) },
  MOVE_UP: {
    roles: STAFF,
    requires: ['reason'],
    run: (repo, cmd, b) => moveUp(repo, { ...cmd, reason: as(b.reason) }),
  },
  ARCHIVE: { roles: STAFF, requires: [], run: (repo, cmd) => archive(repo, cmd) },
};
