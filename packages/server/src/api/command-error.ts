import type { CommandError } from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { formatInstant } from '../util/dates.ts';

/** Turns an expected command failure (a value from case-engine) into the error the API answers with. */
export function commandFailure(error: CommandError, lang: Lang, timeZone = 'Europe/Berlin'): FestplatzError {
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return new FestplatzError('VALIDATION_FAILED', { issues: error.issues });
    case 'APPLICATION_PERIOD_CLOSED': {
      const details: Record<string, unknown> = {
        opens: error.opens,
        closes: error.closes,
        period: error.reason,
      };
      // Only "closed" gets the date sentence; "not yet open" uses the generic text.
      if (error.reason === 'closed')
        details.closesText = formatInstant(new Date(error.closes), lang, timeZone);
      return new FestplatzError('APPLICATION_PERIOD_CLOSED', { details });
    }
    case 'TRANSITION_NOT_ALLOWED':
      return new FestplatzError('TRANSITION_NOT_ALLOWED', {
        details: { state: error.state, allowedEvents: error.allowedEvents },
      });
    case 'CONFLICT':
      return new FestplatzError('CONFLICT', { details: { version: error.version } });
    case 'NOT_FOUND':
      return new FestplatzError('NOT_FOUND');
    case 'IDEMPOTENCY_KEY_REUSED':
      return new FestplatzError('CONFLICT', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }
}
