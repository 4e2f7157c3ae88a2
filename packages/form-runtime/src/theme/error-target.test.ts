import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { fieldIdFromPath, fieldIdFromProperty, fieldTitleAt } from './error-target.ts';

describe('fieldIdFromProperty', () => {
  it('builds RJSF ids from error properties', () => {
    expect(fieldIdFromProperty('.applicant.email')).toBe('root_applicant_email');
    expect(fieldIdFromProperty('.staff.0.name')).toBe('root_staff_0_name');
    expect(fieldIdFromProperty('')).toBe('root');
    expect(fieldIdFromProperty('.')).toBe('root');
    expect(fieldIdFromProperty(undefined)).toBe('root');
  });

  it('matches fieldIdFromPath for server pointers', () => {
    expect(fieldIdFromPath(['staff', '0', 'name'])).toBe('root_staff_0_name');
    expect(fieldIdFromPath([])).toBe('root');
  });
});

describe('fieldTitleAt', () => {
  const schema: RJSFSchema = {
    type: 'object',
    title: 'Bewerbung',
    $defs: { person: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } } },
    properties: {
      applicant: { type: 'object', properties: { email: { type: 'string', title: 'E-Mail' } } },
      staff: { type: 'array', items: { $ref: '#/$defs/person' } },
    },
  };

  it('finds titles through objects, arrays and local refs, ui:title first', () => {
    expect(fieldTitleAt(schema, {}, ['applicant', 'email'])).toBe('E-Mail');
    expect(fieldTitleAt(schema, {}, ['staff', '3', 'name'])).toBe('Name');
    expect(
      fieldTitleAt(schema, { applicant: { email: { 'ui:title': 'Ihre E-Mail' } } }, ['applicant', 'email']),
    ).toBe('Ihre E-Mail');
    expect(fieldTitleAt(schema, {}, [])).toBe('Bewerbung');
    expect(fieldTitleAt(schema, {}, ['nope', 'x'])).toBeUndefined();
  });
});
