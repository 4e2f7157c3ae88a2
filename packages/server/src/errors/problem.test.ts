import { ERROR_CODES } from '@festplatz/core';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { FestplatzError } from './festplatz-error.ts';
import { problemType, toProblem } from './problem.ts';
import { PROBLEM_REASONS } from './reasons.ts';
import { HTTP_STATUS } from './status.ts';

describe('problem documents', () => {
  it('have a status and German + English texts for every error code and reason', () => {
    for (const code of ERROR_CODES) {
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      for (const catalog of [de, en]) {
        expect(catalog.problems[code].title.length).toBeGreaterThan(0);
        expect(catalog.problems[code].detail({ count: 2, state: 'x' }).length).toBeGreaterThan(0);
      }
    }
    for (const reason of PROBLEM_REASONS) expect(en.reasons[reason]).not.toBe(de.reasons[reason]);
  });

  it('builds the RFC 9457 shape with localized field errors and extension members', () => {
    const error = new FestplatzError('VALIDATION_FAILED', {
      issues: [{ path: '/applicant/email', code: 'format', params: { format: 'email' } }],
    });
    const problem = toProblem(error, 'de');
    expect(problem).toMatchObject({
      type: 'urn:festplatz:problem:validation-failed',
      status: 422,
      code: 'VALIDATION_FAILED',
      title: de.problems.VALIDATION_FAILED.title,
      detail: 'Bitte prüfen Sie Ihre Angaben: 1 Feld ist nicht korrekt ausgefüllt.',
    });
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors?.[0]).toMatchObject({ pointer: '/applicant/email', code: 'format' });
    expect(problem.errors?.[0]?.message).not.toBe(toProblem(error, 'en').errors?.[0]?.message);

    const conflict = toProblem(
      new FestplatzError('TRANSITION_NOT_ALLOWED', { details: { state: 'in_review', allowedEvents: [] } }),
      'en',
    );
    expect(conflict).toMatchObject({ status: 409, state: 'in_review', allowedEvents: [] });
    expect(conflict.detail).toContain('in_review');
  });

  it('names types in lower kebab case', () => {
    expect(problemType('APPLICATION_PERIOD_CLOSED')).toBe('urn:festplatz:problem:application-period-closed');
  });
});
