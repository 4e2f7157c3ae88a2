import type { RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { errorSchemaFromPointers } from '../../api/pointer.ts';
import {
  errorSchemaOnPage,
  errorsOnPage,
  firstPageWith,
  firstPageWithErrors,
  isOnPage,
  topLevelField,
  type WizardPage,
  wizardPages,
} from './pages.ts';

const pages = wizardPages([
  { id: 'person', title: 'Person', fields: ['applicant', 'company'] },
  { id: 'geschaeft', title: 'Ihr Geschäft', fields: ['business', 'ride'] },
  { id: 'datenschutz', title: 'Datenschutz', fields: ['privacy'] },
]);
const [person, geschaeft] = pages as [WizardPage, WizardPage, WizardPage];
const error = (property: string): RJSFValidationError => ({ property, message: 'x', stack: 'x' });

describe('wizard pages', () => {
  it('makes a form without pages one page holding every field', () => {
    const [only, ...rest] = wizardPages(undefined);
    expect(rest).toEqual([]);
    expect(only && isOnPage(only, 'anything')).toBe(true);
    expect(wizardPages([])).toHaveLength(1);
  });

  it('finds the top-level field of an RJSF error property', () => {
    expect(topLevelField('.applicant.email')).toBe('applicant');
    expect(topLevelField('.history.participations.0.year')).toBe('history');
    expect(topLevelField('')).toBeUndefined();
    expect(topLevelField('.')).toBeUndefined();
  });

  it('keeps only the errors of the page checked by "Weiter"; form-level ones belong to the last page', () => {
    const errors = [error('.applicant.email'), error('.ride'), error('.ride.approvalNumber'), error('')];
    expect(errorsOnPage(errors, pages, 0).map((e) => e.property)).toEqual(['.applicant.email']);
    expect(errorsOnPage(errors, pages, 1).map((e) => e.property)).toEqual(['.ride', '.ride.approvalNumber']);
    expect(errorsOnPage(errors, pages, 2).map((e) => e.property)).toEqual(['']);
    expect(errorsOnPage(errors, pages, 7)).toEqual([]);
  });

  it('names the first page with a mistake, or -1 when there is none', () => {
    expect(firstPageWithErrors(pages, [error('.privacy.informationAcknowledged'), error('.business')])).toBe(
      1,
    );
    expect(firstPageWithErrors(pages, [error('')])).toBe(2);
    expect(firstPageWithErrors(pages, [])).toBe(-1);
    expect(firstPageWith(pages, ['company'])).toBe(0);
    expect(firstPageWith(pages, ['unknown'])).toBe(-1);
  });

  it('passes only the shown page’s part of the server’s error schema to the form', () => {
    const schema = errorSchemaFromPointers([
      { pointer: '', message: 'form' },
      { pointer: '/applicant/email', message: 'bad' },
      { pointer: '/privacy', message: 'tick' },
    ]);
    expect(errorSchemaOnPage(schema, person)).toEqual({
      __errors: ['form'],
      applicant: { email: { __errors: ['bad'] } },
    });
    expect(
      errorSchemaOnPage(errorSchemaFromPointers([{ pointer: '/privacy', message: 'tick' }]), geschaeft),
    ).toBeUndefined();
    expect(errorSchemaOnPage(undefined, person)).toBeUndefined();
  });
});
