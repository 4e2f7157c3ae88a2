import type { Edition, EventType } from '@festplatz/core';

// Minimal, hand-written test data (not exported from index): one category, a five-field form, lottery
// selection, no fees and the event-application lifecycle template. The real Soest bundle is exercised in
// soest-example.test.ts.

/** A small but complete event-type bundle. */
export function testBundle(overrides: Partial<EventType> = {}): EventType {
  return {
    schemaVersion: 2,
    id: 'testkirmes',
    version: 1,
    title: { de: 'Testkirmes', en: 'Test fair' },
    event: { legalType: 'volksfest_60b', festgesetzt: true },
    categories: {
      tree: [{ id: 'fahr_erw', title: { de: 'Fahrgeschäft', en: 'Ride' }, capacity: { count: 2 } }],
      uniquenessGroups: [],
    },
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
      fields: {
        givenName: { pointer: '/applicant/givenName', type: 'string' },
        familyName: { pointer: '/applicant/familyName', type: 'string' },
        companyName: { pointer: '/company/name', type: 'string' },
        email: { pointer: '/applicant/email', type: 'string' },
        category: { pointer: '/business/category', type: 'string' },
      },
    },
    documents: [],
    selection: { mode: 'lottery', justificationRequired: false, reserveList: false },
    fees: [],
    lifecycle: { template: 'event-application', version: 1 },
    notices: {
      legalBasis: { de: '§ 70 GewO' },
      admission: { subject: { de: 'Zulassung' }, body: { de: 'Sie sind zugelassen.' } },
      rejection: { subject: { de: 'Ablehnung' }, body: { de: 'Sie sind nicht zugelassen.' } },
      rechtsbehelfsbelehrung: {
        court: 'Verwaltungsgericht Arnsberg',
        address: 'Jägerstraße 1, 59821 Arnsberg',
        periodMonths: 1,
        text: { de: 'Gegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden.' },
      },
    },
    privacy: {
      information: { version: 'test-1', text: { de: 'Informationen nach Art. 13 DSGVO.' } },
      consents: [],
      retention: { application: 36, scores: 36, notice: 120, payment: 120, messages: 24, uploads: 24 },
    },
    ...overrides,
  };
}

/** An edition of {@link testBundle}; DATE-1 period: 2025-11-15 00:00 to 2026-02-28 23:59:59 Europe/Berlin. */
export function testEdition(overrides: Partial<Edition> = {}): Edition {
  return {
    schemaVersion: 2,
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

/** {@link testBundle} under the full lifecycle (event-application@2) with these options. */
export function lifecycleBundle(options: NonNullable<EventType['lifecycle']['options']>): EventType {
  return testBundle({ lifecycle: { template: 'event-application', version: 2, options } });
}
