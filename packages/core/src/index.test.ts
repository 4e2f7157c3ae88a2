import { describe, expect, it } from 'vitest';

describe('public API', () => {
  // Changing this list changes the package's contract: review it deliberately.
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual([
      'ERROR_CODES',
      'applicationPeriodOf',
      'applicationPeriodStatus',
      'applicationSummary',
      'canonicalJson',
      'categoryTitle',
      'describeDataIssue',
      'describeIssue',
      'localize',
      'negotiateLanguage',
      'parseEdition',
      'parseEventType',
      'parseTenant',
      'validateApplicationData',
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
      'INTERNAL',
    ]);
  });
});
