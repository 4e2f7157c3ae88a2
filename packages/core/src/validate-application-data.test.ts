import { describe, expect, it } from 'vitest';
import { describeDataIssue } from './describe-data-issue.ts';
import type { Issue } from './issue.ts';
import { rideSample, soestBundle } from './test-fixtures.ts';
import { validateApplicationData } from './validate-application-data.ts';

const bundle = soestBundle();
const issuesOf = (data: unknown) =>
  validateApplicationData(bundle, data).map((issue) => `${issue.code}@${issue.path}`);

/** A complete application for a non-ride business by a private person. */
function foodSample() {
  const data = rideSample();
  data.business = { ...data.business, category: 'imbiss', name: 'Reibekuchen Schmidt', yearBuilt: 2015 };
  delete data.ride;
  data.company = { applyingAsCompany: false };
  return data;
}

describe('validateApplicationData', () => {
  it('accepts the complete sample ride application', () => {
    expect(validateApplicationData(bundle, rideSample())).toEqual([]);
  });

  it('accepts a food stall application by a private person without ride or company details', () => {
    expect(issuesOf(foodSample())).toEqual([]);
  });

  it('puts a missing field on the field itself, with German and English messages', () => {
    const data = rideSample();
    delete data.applicant.familyName;
    const issues = validateApplicationData(bundle, data);
    expect(issues).toEqual([
      { path: '/applicant/familyName', code: 'required', params: { missingProperty: 'familyName' } },
    ]);
    expect(describeDataIssue(issues[0] as Issue, 'de')).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(describeDataIssue(issues[0] as Issue, 'en')).toBe('Please fill in this field.');
  });

  it('reports every problem at once with the right pointers', () => {
    const data = rideSample();
    data.applicant.email = 'erika(at)example.org';
    data.stand.frontage = 0.2;
    data.vehicles.caravans = 1.5;
    data.business.category = 'zirkus';
    data.history.participations[1].year = '2025';
    expect(issuesOf(data)).toEqual([
      'format@/applicant/email',
      'oneOf@/business/category',
      'minimum@/stand/frontage',
      'type@/vehicles/caravans',
      'type@/history/participations/1/year',
    ]);
  });

  it('accepts lengths with two decimals and rejects a third (FORM-1)', () => {
    const data = rideSample();
    data.stand = { frontage: 12.34, depth: 8.15, height: 4.01 };
    expect(issuesOf(data)).toEqual([]);
    data.stand.depth = 8.155;
    const issues = validateApplicationData(bundle, data);
    expect(issues.map((issue) => `${issue.code}@${issue.path}`)).toEqual(['multipleOf@/stand/depth']);
    expect(describeDataIssue(issues[0] as Issue, 'de')).toBe(
      'Bitte geben Sie höchstens 2 Nachkommastellen an.',
    );
  });

  it('requires the ride section only for rides (DOC-3)', () => {
    const ride = rideSample();
    delete ride.ride;
    expect(issuesOf(ride)).toEqual(['required@/ride']);

    const partial = rideSample();
    delete partial.ride.approvalValidUntil;
    partial.ride.lastInspection = '2026-02-30';
    expect(issuesOf(partial)).toEqual(['required@/ride/approvalValidUntil', 'format@/ride/lastInspection']);

    const children = rideSample();
    children.business.category = 'fahr_kind';
    delete children.ride;
    expect(issuesOf(children)).toEqual(['required@/ride']);

    expect(issuesOf(foodSample())).toEqual([]);
  });

  it('requires company details only when the box is ticked', () => {
    const company = rideSample();
    company.company = { applyingAsCompany: true };
    expect(issuesOf(company)).toEqual([
      'required@/company/name',
      'required@/company/legalForm',
      'required@/company/representativeName',
      'required@/company/representativeRole',
    ]);
    const person = rideSample();
    person.company = { applyingAsCompany: false };
    expect(issuesOf(person)).toEqual([]);
    delete person.company;
    expect(issuesOf(person)).toEqual([]);
  });

  it('insists on the Art. 13 acknowledgement (DS-2) but not on the optional consent (DS-1)', () => {
    const data = rideSample();
    data.privacy = { informationAcknowledged: false };
    const issues = validateApplicationData(bundle, data);
    expect(issues.map((issue) => `${issue.code}@${issue.path}`)).toEqual([
      'const@/privacy/informationAcknowledged',
    ]);
    expect(describeDataIssue(issues[0] as Issue, 'de')).toBe('Bitte bestätigen Sie dies durch Ankreuzen.');
    expect(describeDataIssue(issues[0] as Issue, 'en')).toBe('Please confirm this by ticking the box.');
  });

  it('rejects data that is not an object', () => {
    expect(issuesOf(null)).toEqual(['type@']);
  });
});
