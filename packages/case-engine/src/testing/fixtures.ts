import type { Edition, EventType } from '@festplatz/core';

// Minimal, hand-written test data (not exported from index): one category, a five-field form and the
// walking-skeleton lifecycle. The real Soest bundle is exercised in soest-example.test.ts.

/** A small but complete event-type bundle. */
export function testBundle(overrides: Partial<EventType> = {}): EventType {
  return {
    schemaVersion: 1,
    id: 'testkirmes',
    version: 1,
    title: { de: 'Testkirmes', en: 'Test fair' },
    event: { legalType: 'volksfest_60b', festgesetzt: true },
    categories: [{ id: 'fahr_erw', title: { de: 'Fahrgeschäft', en: 'Ride' }, capacity: { count: 2 } }],
    form: {
      schema: {
        type: 'object',
        required: ['applicant', 'business'],
        properties: {
          applicant: {
            type: 'object',
            required: ['givenName', 'familyName', 'email'],
            properties: {
              givenName: { type: 'string', minLength: 1 },
              familyName: { type: 'string', minLength: 1 },
              email: { type: 'string', format: 'email' },
            },
          },
          company: { type: 'object', properties: { name: { type: 'string' } } },
          business: {
            type: 'object',
            required: ['category'],
            properties: { category: { type: 'string', enum: ['fahr_erw'] } },
          },
        },
      },
      uiSchema: {},
      roles: {
        givenName: '/applicant/givenName',
        familyName: '/applicant/familyName',
        companyName: '/company/name',
        email: '/applicant/email',
        category: '/business/category',
      },
    },
    lifecycle: {
      id: 'event-application',
      version: 1,
      statechart: {
        id: 'event-application',
        initial: 'draft',
        states: {
          draft: { on: { SUBMIT: 'submitted' } },
          submitted: { on: { START_REVIEW: 'in_review' } },
          in_review: {},
        },
      },
    },
    ...overrides,
  };
}

/** An edition of {@link testBundle}; DATE-1 period: 2025-11-15 00:00 to 2026-02-28 23:59:59 Europe/Berlin. */
export function testEdition(overrides: Partial<Edition> = {}): Edition {
  return {
    schemaVersion: 1,
    id: 'testkirmes-2026',
    eventTypeId: 'testkirmes',
    eventTypeVersion: 1,
    title: { de: 'Testkirmes 2026', en: 'Test fair 2026' },
    timeZone: 'Europe/Berlin',
    applicationPeriod: { opens: '2025-11-15T00:00:00', closes: '2026-02-28T23:59:59' },
    eventDays: { setupFrom: '2026-10-31', opening: '2026-11-04', closing: '2026-11-08' },
    ...overrides,
  };
}

/** Valid application data for {@link testBundle}. */
export function validData(): Record<string, unknown> {
  return {
    applicant: { givenName: 'Anna', familyName: 'Schausteller', email: 'anna@example.org' },
    company: { name: 'Schausteller GmbH' },
    business: { category: 'fahr_erw' },
  };
}

/** A moment inside the test edition's application period. */
export const DURING_PERIOD = new Date('2026-01-15T10:00:00+01:00');
