import { describe, expect, it } from 'vitest';
import { needsSignIn, toProblem } from './problem.ts';

describe('toProblem', () => {
  it('keeps the code, texts and well-formed field errors of problem+json', () => {
    const problem = toProblem(422, {
      code: 'VALIDATION_FAILED',
      title: 'Angaben unvollständig',
      detail: 'Bitte prüfen Sie die markierten Felder.',
      errors: [
        { pointer: '/applicant/email', code: 'format', message: 'Keine gültige E-Mail-Adresse' },
        { bad: 1 },
      ],
    });
    expect(problem).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      title: 'Angaben unvollständig',
      detail: 'Bitte prüfen Sie die markierten Felder.',
      errors: [{ pointer: '/applicant/email', code: 'format', message: 'Keine gültige E-Mail-Adresse' }],
    });
  });

  it('derives the code from the status when the body is not a problem', () => {
    expect(toProblem(401, undefined).code).toBe('UNAUTHENTICATED');
    expect(toProblem(403, 'Forbidden').code).toBe('FORBIDDEN');
    expect(toProblem(500, { code: 42 }).code).toBe('INTERNAL');
  });
});

describe('needsSignIn', () => {
  it('is true for 401 and 403 only', () => {
    expect([401, 403, 404, 409].map((status) => needsSignIn(toProblem(status, {})))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
