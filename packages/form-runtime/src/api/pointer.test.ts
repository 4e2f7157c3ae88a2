import { describe, expect, it } from 'vitest';
import { errorSchemaFromPointers, pointerToPath } from './pointer.ts';

describe('pointerToPath', () => {
  it('splits and unescapes RFC 6901 pointers', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/applicant/email')).toEqual(['applicant', 'email']);
    expect(pointerToPath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerToPath('/staff/0/name')).toEqual(['staff', '0', 'name']);
  });

  it('accepts the URI fragment form', () => {
    expect(pointerToPath('#/company/name')).toEqual(['company', 'name']);
    expect(pointerToPath('#')).toEqual([]);
  });
});

describe('errorSchemaFromPointers', () => {
  it('nests messages under object properties', () => {
    expect(
      errorSchemaFromPointers([
        { pointer: '/applicant/email', message: 'E-Mail ungültig' },
        { pointer: '/applicant/givenName', message: 'Pflichtfeld' },
      ]),
    ).toEqual({
      applicant: { email: { __errors: ['E-Mail ungültig'] }, givenName: { __errors: ['Pflichtfeld'] } },
    });
  });

  it('uses array indices as keys for array items', () => {
    expect(errorSchemaFromPointers([{ pointer: '/staff/1/name', message: 'fehlt' }])).toEqual({
      staff: { 1: { name: { __errors: ['fehlt'] } } },
    });
  });

  it('puts root errors at the top level and keeps several messages per field, without duplicates', () => {
    expect(
      errorSchemaFromPointers([
        { pointer: '', message: 'Bewerbungsfrist abgelaufen' },
        { pointer: '/company', message: 'a' },
        { pointer: '/company', message: 'b' },
        { pointer: '/company', message: 'a' },
        { pointer: '/company/name', message: 'c' },
      ]),
    ).toEqual({
      __errors: ['Bewerbungsfrist abgelaufen'],
      company: { __errors: ['a', 'b'], name: { __errors: ['c'] } },
    });
  });
});
