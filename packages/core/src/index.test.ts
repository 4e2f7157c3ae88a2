import { describe, expect, it } from 'vitest';

describe('public API', () => {
  // Changing this list changes the package's contract: review it deliberately.
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual([
      'CURRENT_SCHEMA_VERSION',
      'ERROR_CODES',
      'LIFECYCLE_STATE_LABELS',
      'LIFECYCLE_TEMPLATES',
      'LIFECYCLE_VOCABULARY',
      'MILESTONES',
      'NOTICE_PLACEHOLDERS',
      'TRUST_LEVELS',
      'applicationCategory',
      'applicationPeriodOf',
      'applicationPeriodStatus',
      'applicationSummary',
      'applyLifecycleOptions',
      'canonicalJson',
      'carryOverData',
      'categoryAncestors',
      'categoryPath',
      'categoryTitle',
      'computeFees',
      'deadlineStatus',
      'describeDataIssue',
      'describeIssue',
      'describeScoreIssue',
      'documentRequirements',
      'dueDate',
      'editionMilestones',
      'evaluateCondition',
      'eventDayCount',
      'fieldValue',
      'findLifecycleTemplate',
      'isCategoryWithin',
      'isTrustLevel',
      'lifecycleStatechart',
      'localize',
      'meetsTrustLevel',
      'migrateEdition',
      'migrateEventType',
      'negotiateLanguage',
      'parseEdition',
      'parseEventType',
      'parseTenant',
      'requiredCoverage',
      'scoreIssues',
      'validateApplicationData',
      'validityCovers',
      'weightedScore',
    ]);
  });

  it('lists the error codes of the contract', async () => {
    const { ERROR_CODES } = await import('./index.ts');
    expect(ERROR_CODES).toEqual([
      'VALIDATION_FAILED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'BAD_REQUEST',
      'APPLICATION_PERIOD_CLOSED',
      'TRANSITION_NOT_ALLOWED',
      'CONFLICT',
      'RATE_LIMITED',
      'MAIL_UNAVAILABLE',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_FILE_TYPE',
      'INTERNAL',
    ]);
  });
});
