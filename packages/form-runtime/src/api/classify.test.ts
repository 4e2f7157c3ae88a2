import { describe, expect, it } from 'vitest';
import { classifySubmitResponse } from './classify.ts';
import { parseProblem } from './problem.ts';

const created = { id: 'a1b2', state: 'submitted', submittedAt: '2026-01-15T10:30:00.000Z', editionId: 'e1' };

describe('parseProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const problem = parseProblem(422, {
      type: 'urn:festplatz:problem:validation-failed',
      title: 'Angaben unvollständig',
      status: 422,
      code: 'VALIDATION_FAILED',
      detail: 'Bitte prüfen Sie die markierten Angaben.',
      errors: [
        { pointer: '/applicant/email', code: 'format', message: 'Bitte gültige E-Mail' },
        'junk',
        { code: 'x' },
      ],
    });
    expect(problem).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      title: 'Angaben unvollständig',
      detail: 'Bitte prüfen Sie die markierten Angaben.',
      errors: [{ pointer: '/applicant/email', code: 'format', message: 'Bitte gültige E-Mail' }],
    });
  });

  it('survives bodies that are not problems', () => {
    expect(parseProblem(502, null)).toEqual({
      status: 502,
      code: 'UNKNOWN',
      title: '',
      detail: '',
      errors: [],
    });
    expect(parseProblem(500, '<html>')).toMatchObject({ status: 500, code: 'UNKNOWN' });
  });
});

describe('classifySubmitResponse', () => {
  it('201 is a receipt, and so is 200 (a retried submission the server had already received)', () => {
    expect(classifySubmitResponse(201, created)).toEqual({ kind: 'created', application: created });
    expect(classifySubmitResponse(200, created)).toEqual({ kind: 'created', application: created });
  });

  it('422 VALIDATION_FAILED with errors marks fields', () => {
    const outcome = classifySubmitResponse(422, {
      code: 'VALIDATION_FAILED',
      detail: 'x',
      errors: [{ pointer: '/a', code: 'required', message: 'fehlt' }],
    });
    expect(outcome.kind).toBe('invalid');
  });

  it('422 APPLICATION_PERIOD_CLOSED is a problem to show (DATE-1)', () => {
    const outcome = classifySubmitResponse(422, {
      code: 'APPLICATION_PERIOD_CLOSED',
      detail: 'Die Bewerbungsfrist ist am 28.02.2026 abgelaufen.',
    });
    expect(outcome).toMatchObject({
      kind: 'problem',
      problem: { detail: 'Die Bewerbungsfrist ist am 28.02.2026 abgelaufen.' },
    });
  });

  it('401 asks to sign in; other statuses are problems', () => {
    expect(classifySubmitResponse(401, { code: 'UNAUTHENTICATED' }).kind).toBe('unauthenticated');
    expect(classifySubmitResponse(404, { code: 'NOT_FOUND' }).kind).toBe('problem');
    // a 201 without the promised body is not silently treated as success
    expect(classifySubmitResponse(201, {}).kind).toBe('problem');
  });
});
