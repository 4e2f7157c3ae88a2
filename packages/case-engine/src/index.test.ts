import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('public API', () => {
  it('exports exactly these runtime names (review any change to this list)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_LIFECYCLE_REGISTRY",
        "DOCUMENTS_DUE_TIMER",
        "LIFECYCLE_ACTION_HANDLERS",
        "PAYMENT_DUE_TIMER",
        "RECEIPT_HANDLER",
        "REJECTION_GROUNDS",
        "STAFF_NOTICE_HANDLER",
        "admit",
        "allowedEvents",
        "archive",
        "buildLifecycleMachine",
        "caseAllowedEvents",
        "completeReview",
        "confirm",
        "createLifecycleRegistry",
        "createOutboxDispatcher",
        "documentsProvided",
        "engineOutboxHandlers",
        "exponentialBackoff",
        "issueNotice",
        "moveUp",
        "nextStep",
        "openDatabase",
        "openPgDatabase",
        "openRepository",
        "parseLifecycleActionPayload",
        "parseTimerPayload",
        "pgRepository",
        "pinnedEventType",
        "recordPayment",
        "recordScore",
        "reject",
        "requestDocuments",
        "requestPayment",
        "revoke",
        "saveDraft",
        "sqliteRepository",
        "startReview",
        "submitApplication",
        "waitlist",
        "withdraw",
        "withdrawByApplicant",
      ]
    `);
  });
});
