// Test fixture (imported by tests only): the Soest Allerheiligenkirmes as a v2 bundle, rules-de.md § 4.
// Fees are exactly those of contracts-3.md so the § 4 test vector can be checked line by line.

import type { Edition } from '../generated/edition.ts';
import type { EventType } from '../generated/event-type.ts';

const t = (de: string, en: string) => ({ de, en });
const number = { type: 'number', minimum: 0 };

/** A fresh copy of the Soest v2 bundle (tests may mutate their copy). */
export function soestBundle() {
  return {
    schemaVersion: 2,
    id: 'allerheiligenkirmes',
    version: 1,
    title: t('Allerheiligenkirmes Soest', "All Saints' Fair Soest"),
    event: { legalType: 'volksfest_60b', festgesetzt: true },
    form: {
      schema: {
        type: 'object',
        properties: {
          applicant: {
            type: 'object',
            properties: {
              givenName: { type: 'string' },
              familyName: { type: 'string' },
              email: { type: 'string' },
            },
          },
          company: { type: 'object', properties: { name: { type: 'string' } } },
          business: {
            type: 'object',
            properties: {
              category: { type: 'string' },
              novelty: { type: 'boolean' },
              nonProfit: { type: 'boolean' },
            },
          },
          stand: { type: 'object', properties: { frontage: number, depth: number } },
          supply: { type: 'object', properties: { powerKw: number, waterConnection: { type: 'boolean' } } },
          vehicles: { type: 'object', properties: { caravans: { type: 'integer', minimum: 0 } } },
          ride: { type: 'object', properties: { rideType: { type: 'string' } } },
        },
      },
      uiSchema: {},
      fields: {
        givenName: { pointer: '/applicant/givenName', type: 'string' },
        familyName: { pointer: '/applicant/familyName', type: 'string' },
        email: { pointer: '/applicant/email', type: 'string' },
        category: { pointer: '/business/category', type: 'string' },
        companyName: { pointer: '/company/name', type: 'string' },
        novelty: { pointer: '/business/novelty', type: 'boolean' },
        nonProfit: { pointer: '/business/nonProfit', type: 'boolean' },
        frontage: { pointer: '/stand/frontage', type: 'number', unit: 'm' },
        depth: { pointer: '/stand/depth', type: 'number', unit: 'm' },
        powerKw: { pointer: '/supply/powerKw', type: 'number', unit: 'kW' },
        water: { pointer: '/supply/waterConnection', type: 'boolean' },
        caravans: { pointer: '/vehicles/caravans', type: 'integer', unit: 'piece' },
        rideType: { pointer: '/ride/rideType', type: 'string' },
      },
    },
    categories: {
      tree: [
        {
          id: 'fahr_erw',
          title: t('Fahr-, Lauf-, Belustigungsgeschäfte', 'Rides and shows'),
          capacity: { count: 25 },
          children: [
            { id: 'rundfahr', title: t('Rundfahrgeschäfte', 'Round rides') },
            {
              id: 'hochfahr',
              title: t('Hochfahrgeschäfte', 'High rides'),
              children: [{ id: 'achterbahn', title: t('Achterbahnen', 'Roller coasters') }],
            },
          ],
        },
        { id: 'fahr_kind', title: t('Kinderfahrgeschäfte', "Children's rides"), capacity: { count: 17 } },
        { id: 'ausschank', title: t('Ausschank/Getränke', 'Drinks'), capacity: { count: 45 } },
        { id: 'imbiss', title: t('Imbiss', 'Snacks'), capacity: { count: 95 } },
        {
          id: 'spiel',
          title: t('Verlosung, Wurf-, Schieß-, Spielgeschäfte', 'Games'),
          capacity: { count: 70 },
        },
      ],
      uniquenessGroups: [
        {
          id: 'ride_variety',
          title: t('Je Fahrgeschäftstyp', 'Per ride type'),
          field: 'rideType',
          max: 1,
          categories: ['fahr_erw'],
        },
      ],
    },
    documents: [
      {
        id: 'liability_insurance',
        title: t('Haftpflichtversicherung', 'Liability insurance'),
        help: t('Nachweis der Betriebshaftpflicht', 'Proof of liability insurance'),
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxSizeMb: 10,
        validity: { required: true, mustCover: 'setup_and_event_days' },
        due: 'with_application',
        appliesTo: { always: true },
      },
      {
        id: 'reisegewerbekarte',
        title: t('Reisegewerbekarte (§ 55 GewO)', 'Itinerant trade card'),
        help: t('Vorder- und Rückseite', 'Front and back'),
        accept: ['application/pdf', 'image/jpeg'],
        maxSizeMb: 5,
        validity: { required: false, mustCover: 'event_days' },
        due: 'by_date',
        appliesTo: { categories: ['fahr_erw', 'fahr_kind', 'spiel', 'imbiss'] },
      },
      {
        id: 'ausfuehrungsgenehmigung',
        title: t('Ausführungsgenehmigung und Prüfbuch', 'Building permit and test book'),
        help: t('Fliegende Bauten, § 78 BauO NRW', 'Temporary structures'),
        accept: ['application/pdf'],
        maxSizeMb: 20,
        validity: { required: true, mustCover: 'event_days' },
        due: 'before_setup',
        appliesTo: { categories: ['fahr_erw', 'fahr_kind'] },
      },
      {
        id: 'gestattung',
        title: t('Gestattung (§ 12 GastG)', 'Temporary licence to serve alcohol'),
        help: t('Antrag oder Bescheid', 'Application or licence'),
        accept: ['application/pdf'],
        maxSizeMb: 5,
        due: 'by_date',
        appliesTo: { categories: ['ausschank'] },
      },
      {
        id: 'visualisation',
        title: t('Visualisierung der Neuheit', 'Visualisation of the novelty'),
        help: t('Farbige Ansicht oder Modellfoto', 'Coloured view or model photo'),
        accept: ['image/jpeg', 'image/png', 'application/pdf'],
        maxSizeMb: 10,
        due: 'with_application',
        appliesTo: {
          all: [{ field: 'novelty', equals: true }, { not: { categories: ['imbiss', 'ausschank'] } }],
        },
      },
    ],
    selection: {
      mode: 'points_lottery_tiebreak',
      scale: { min: 0, max: 5, step: 1 },
      groups: [
        { id: 'attraktivitaet', title: t('Attraktivität', 'Attractiveness') },
        { id: 'eignung', title: t('Eignung', 'Suitability') },
      ],
      criteria: [
        {
          id: 'anziehungskraft',
          group: 'attraktivitaet',
          title: t('Anziehungskraft', 'Appeal'),
          factor: 24,
          kind: 'manual',
        },
        {
          id: 'optik_altstadt',
          group: 'attraktivitaet',
          title: t('Optik', 'Appearance'),
          factor: 12,
          kind: 'manual',
        },
        {
          id: 'technik_zustand',
          group: 'attraktivitaet',
          title: t('Technik', 'Technology'),
          factor: 12,
          kind: 'manual',
        },
        {
          id: 'umwelt',
          group: 'attraktivitaet',
          title: t('Umwelt', 'Environment'),
          factor: 6,
          kind: 'manual',
        },
        {
          id: 'preis_familie',
          group: 'attraktivitaet',
          title: t('Preise', 'Prices'),
          factor: 6,
          kind: 'manual',
        },
        {
          id: 'bekannt_bewaehrt',
          group: 'eignung',
          title: t('Bekannt und bewährt', 'Known and proven'),
          factor: 18,
          kind: 'history',
          history: { participatedWithinYears: 3 },
        },
        {
          id: 'neubewerber',
          group: 'eignung',
          title: t('Neubewerber', 'Newcomer'),
          factor: 18,
          kind: 'history',
          history: { notParticipatedWithinYears: 3 },
        },
        {
          id: 'vertragserfuellung',
          group: 'eignung',
          title: t('Vertragserfüllung', 'Contract fulfilment'),
          factor: 12,
          kind: 'manual',
        },
        {
          id: 'platzbedarf',
          group: 'eignung',
          title: t('Platzbedarf', 'Space needed'),
          factor: 10,
          kind: 'manual',
        },
      ],
      exclusivePairs: [['bekannt_bewaehrt', 'neubewerber']],
      justificationRequired: true,
      rounding: { decimals: 2, method: 'half_up' },
      newcomers: { minSharePerCategory: 0.1, basis: 'previous_year' },
      reserveList: true,
      tieBreak: 'lottery',
    },
    fees: [
      {
        id: 'base',
        kind: 'space',
        title: t('Sockelbetrag', 'Base amount'),
        unit: 'flat',
        per: 'event',
        rate: 25000,
      },
      {
        id: 'space',
        kind: 'space',
        title: t('Standfläche', 'Stand area'),
        unit: 'm2',
        per: 'event',
        quantity: { fields: ['frontage', 'depth'] },
        rate: 600,
        ratesByCategory: { fahr_erw: 600, fahr_kind: 500, ausschank: 900 },
        minimum: 0,
      },
      {
        id: 'electricity',
        kind: 'supply_electricity',
        title: t('Strom (Anschlusswert)', 'Electricity (connected load)'),
        unit: 'kW',
        per: 'event',
        quantity: { fields: ['powerKw'] },
        rate: 1200,
      },
      {
        id: 'water',
        kind: 'supply_water',
        title: t('Wasseranschluss', 'Water connection'),
        unit: 'flat',
        per: 'event',
        rate: 4000,
        when: { field: 'water', equals: true },
      },
      {
        id: 'waste',
        kind: 'waste',
        title: t('Abfallentsorgung', 'Waste disposal'),
        unit: 'm2',
        per: 'event',
        quantity: { fields: ['frontage', 'depth'] },
        rate: 50,
      },
      {
        id: 'caravan_site',
        kind: 'space',
        title: t('Wohnwagenstellplatz', 'Caravan site'),
        unit: 'piece',
        per: 'event',
        quantity: { fields: ['caravans'] },
        rate: 12000,
      },
      {
        id: 'advertising',
        kind: 'advertising_share',
        title: t('Werbekostenanteil', 'Advertising share'),
        unit: 'flat',
        per: 'event',
        rate: 5000,
      },
    ],
    lifecycle: {
      template: 'event-application',
      version: 1,
      options: { payment: true, waitlist: true, documentReview: true },
      guards: ['beforeDeadline'],
      actions: ['issueNotice'],
    },
    notices: {
      legalBasis: t('§ 70 Abs. 3 GewO', 'Section 70(3) GewO'),
      admission: {
        subject: t('Zulassung', 'Admission'),
        body: t('Guten Tag {{applicantName}}', 'Hello {{applicantName}}'),
      },
      rejection: {
        subject: t('Ablehnung', 'Rejection'),
        body: t('Guten Tag {{applicantName}}', 'Hello {{applicantName}}'),
      },
      waitlist: { subject: t('Warteliste', 'Waiting list'), body: t('Rang {{rank}}', 'Rank {{rank}}') },
      fee: { subject: t('Gebühren', 'Fees'), body: t('Summe {{feeTotal}}', 'Total {{feeTotal}}') },
      rechtsbehelfsbelehrung: {
        court: 'Verwaltungsgericht Arnsberg',
        address: 'Jägerstraße 1, 59821 Arnsberg',
        periodMonths: 1,
        text: t(
          'Gegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden.',
          'Action within one month.',
        ),
      },
    },
    privacy: {
      information: {
        version: '2026-1',
        text: t('Informationen nach Art. 13 DSGVO', 'Information under Art. 13 GDPR'),
      },
      consents: [],
      retention: { application: 36, scores: 36, notice: 120, payment: 120, messages: 24, uploads: 24 },
    },
  } satisfies EventType;
}

/** A fresh copy of the 2026 edition with every optional phase set. */
export function soestEdition() {
  return {
    schemaVersion: 2,
    id: 'allerheiligenkirmes-2026',
    eventTypeId: 'allerheiligenkirmes',
    eventTypeVersion: 1,
    title: t('Allerheiligenkirmes 2026', "All Saints' Fair 2026"),
    timeZone: 'Europe/Berlin',
    applicationPeriod: { opens: '2025-11-15T00:00:00', closes: '2026-02-28T23:59:59' },
    phases: {
      publication: '2025-11-01T00:00:00',
      documentDeadline: '2026-03-31T23:59:59',
      noticesFrom: '2026-05-15T00:00:00',
      noticesUntil: '2026-07-15T23:59:59',
      paymentDue: '2026-10-15T23:59:59',
    },
    eventDays: { setupFrom: '2026-10-31', opening: '2026-11-04', closing: '2026-11-08' },
  } satisfies Edition;
}

/** Application data for the § 4 test vector: a fahr_erw ride 20 m x 12 m, 60 kW, water, 1 caravan. */
export function soestRide() {
  return {
    applicant: { givenName: 'Erika', familyName: 'Musterfrau', email: 'erika@example.org' },
    company: { name: 'Musterfrau Fahrbetriebe' },
    business: { category: 'fahr_erw', novelty: false },
    stand: { frontage: 20, depth: 12 },
    supply: { powerKw: 60, waterConnection: true },
    vehicles: { caravans: 1 },
    ride: { rideType: 'autoscooter' },
  };
}
