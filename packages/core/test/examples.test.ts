// Every example under examples/ must be a valid, complete configuration: each bundle, edition, tenant and
// sample application is checked with the same functions the server uses (parseEventType, parseEdition,
// parseTenant, validateApplicationData). A few domain facts of rules-de.md are checked on top.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentRequirements } from '../src/documents/document-requirements.ts';
import { computeFees } from '../src/fees/compute-fees.ts';
import type { Edition } from '../src/generated/edition.ts';
import type { EventType } from '../src/generated/event-type.ts';
import { parseEdition, parseEventType, parseTenant, validateApplicationData } from '../src/index.ts';

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];

/** Samples are named `<bundle id>-<what>.json`; this one keeps its historical name (the browser test reads it). */
const LEGACY_SAMPLE_OWNERS: Record<string, string> = {
  'soest-kirmes/ride-application.json': 'allerheiligenkirmes',
};

interface Example {
  folder: string;
  bundles: Map<string, EventType>;
  editions: Map<string, Edition>;
}

function parsedBundle(file: string): EventType {
  const result = parseEventType(readJson(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function parsedEdition(file: string): Edition {
  const result = parseEdition(readJson(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function loadExample(folder: string): Example {
  const dir = join(examplesDir, folder);
  const bundles = new Map<string, EventType>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.bundle.json'))) {
    bundles.set(name.slice(0, -'.bundle.json'.length), parsedBundle(join(dir, name)));
  }
  const editions = new Map<string, Edition>();
  for (const name of jsonFiles(join(dir, 'editions'))) {
    editions.set(name.slice(0, -'.json'.length), parsedEdition(join(dir, 'editions', name)));
  }
  return { folder, bundles, editions };
}

const folders = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const bundleOf = (example: string, id: string): EventType => {
  const bundle = loadExample(example).bundles.get(id);
  if (!bundle) throw new Error(`no bundle ${id} in ${example}`);
  return bundle;
};
const editionOf = (example: string, id: string): Edition => {
  const edition = loadExample(example).editions.get(id);
  if (!edition) throw new Error(`no edition ${id} in ${example}`);
  return edition;
};
const sample = (example: string, name: string): unknown =>
  readJson(join(examplesDir, example, 'samples', `${name}.json`));

describe('the examples', () => {
  it('are the four event-type families the issue asks for', () => {
    expect(folders).toEqual(['soest-kirmes', 'stadtfest', 'troedelmarkt', 'weihnachtsmarkt']);
  });

  describe.each(folders)('examples/%s', (folder) => {
    const dir = join(examplesDir, folder);

    it('is a workspace package named @festplatz/example-<folder> with a README', () => {
      expect(readJson(join(dir, 'package.json'))).toMatchObject({
        name: `@festplatz/example-${folder}`,
        private: true,
        type: 'module',
      });
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/rules-de\.md/);
    });

    it('has a valid tenant', () => {
      const result = parseTenant(readJson(join(dir, 'tenant.json')));
      expect(result.ok ? [] : result.issues).toEqual([]);
    });

    it('has valid schemaVersion 2 bundles, each named after its id', () => {
      const files = readdirSync(dir).filter((n) => n.endsWith('.bundle.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const raw = readJson(join(dir, file)) as { schemaVersion: unknown; id: unknown };
        expect(raw.schemaVersion, file).toBe(2);
        expect(`${raw.id}.bundle.json`).toBe(file);
        const result = parseEventType(raw);
        expect(result.ok ? [] : result.issues, file).toEqual([]);
      }
    });

    it('has a valid schemaVersion 2 edition 2026 with phases for every bundle', () => {
      const { bundles, editions } = loadExample(folder);
      for (const [id, bundle] of bundles) {
        const edition = editions.get(`${id}-2026`);
        expect(edition, `editions/${id}-2026.json`).toBeDefined();
        expect(edition?.schemaVersion).toBe(2);
        expect(edition?.eventTypeId).toBe(bundle.id);
        expect(edition?.eventTypeVersion).toBe(bundle.version);
        expect(edition?.timeZone).toBe('Europe/Berlin');
        expect(edition?.phases?.publication).toBeDefined();
        expect(edition?.phases?.paymentDue).toBeDefined();
      }
      for (const edition of editions.values()) expect(bundles.has(edition.eventTypeId)).toBe(true);
    });

    it('has samples that are complete, valid applications, at least one per bundle', () => {
      const { bundles } = loadExample(folder);
      const covered = new Set<string>();
      for (const name of jsonFiles(join(dir, 'samples'))) {
        const owner =
          LEGACY_SAMPLE_OWNERS[`${folder}/${name}`] ??
          [...bundles.keys()].find((id) => name.startsWith(`${id}-`));
        expect(owner, `samples/${name} must start with a bundle id`).toBeDefined();
        const bundle = bundles.get(owner as string) as EventType;
        expect(validateApplicationData(bundle, sample(folder, name.slice(0, -5))), name).toEqual([]);
        covered.add(owner as string);
      }
      expect([...covered].sort()).toEqual([...bundles.keys()].sort());
    });
  });
});

describe('examples/soest-kirmes (rules-de.md § 4)', () => {
  const kirmes = () => bundleOf('soest-kirmes', 'allerheiligenkirmes');

  it('gives 2,740.00 EUR for the test vector, every line typed by its § 71 GewO kind (FEE-1, FEE-2)', () => {
    const fees = computeFees(
      kirmes(),
      editionOf('soest-kirmes', 'allerheiligenkirmes-2026'),
      sample('soest-kirmes', 'allerheiligenkirmes-fee-test-vector'),
    );
    expect(fees.lines.map((line) => [line.id, line.kind, line.amountCents])).toEqual([
      ['base', 'space', 25000],
      ['space', 'space', 144000],
      ['electricity', 'supply_electricity', 72000],
      ['water', 'supply_water', 4000],
      ['waste', 'waste', 12000],
      ['caravan_site', 'space', 12000],
      ['advertising', 'advertising_share', 5000],
    ]);
    expect(fees.totalCents).toBe(274000);
  });

  it('closes both editions on 28 February 2026, 23:59:59 (DATE-1) and holds the Pferdemarkt on Thursday', () => {
    for (const id of ['allerheiligenkirmes-2026', 'pferdemarkt-2026']) {
      expect(editionOf('soest-kirmes', id).applicationPeriod.closes).toBe('2026-02-28T23:59:59');
    }
    const pferdemarkt = editionOf('soest-kirmes', 'pferdemarkt-2026').eventDays;
    expect(new Date(`${pferdemarkt.opening}T12:00:00Z`).getUTCDay()).toBe(4);
    expect(pferdemarkt.closing).toBe(pferdemarkt.opening);
  });

  it('scores Landshut-style: factors 60 + 40, exclusive known-and-proven / newcomer, 10 % newcomers (SEL-4, SEL-6)', () => {
    const { selection } = kirmes();
    expect(selection.mode).toBe('points_lottery_tiebreak');
    expect(selection.scale).toEqual({ min: 0, max: 5, step: 1 });
    const sum = (group: string) =>
      (selection.criteria ?? [])
        .filter((c) => c.group === group && c.id !== 'neubewerber')
        .reduce((total, c) => total + c.factor, 0);
    expect([sum('attraktivitaet'), sum('eignung')]).toEqual([60, 40]);
    expect(selection.exclusivePairs).toEqual([['bekannt_bewaehrt', 'neubewerber']]);
    expect(selection.newcomers).toEqual({ minSharePerCategory: 0.1, basis: 'previous_year' });
    expect(selection.justificationRequired).toBe(true);
    expect(selection.rounding).toEqual({ decimals: 2, method: 'half_up' });
  });

  it('asks rides for Reisegewerbekarte, Ausführungsgenehmigung and Prüfbuch, bars for Gestattung but no Reisegewerbekarte (DOC-1..6)', () => {
    const ids = (data: unknown) => documentRequirements(kirmes(), data).map((d) => d.id);
    expect(ids(sample('soest-kirmes', 'ride-application'))).toEqual([
      'photo',
      'business_description',
      'liability_insurance',
      'reisegewerbekarte',
      'ausfuehrungsgenehmigung',
      'pruefbuch',
    ]);
    const bar = { business: { category: 'ausschank', novelty: false } };
    expect(ids(bar)).toContain('gestattung_12_gastg');
    expect(ids(bar)).toContain('ifsg43');
    expect(ids(bar)).not.toContain('reisegewerbekarte');
    // A novelty shows a visualisation instead of a photo.
    expect(ids(sample('soest-kirmes', 'allerheiligenkirmes-imbiss-application'))).toEqual([
      'visualisation',
      'business_description',
      'liability_insurance',
      'reisegewerbekarte',
      'ifsg43',
    ]);
  });

  it('names the Verwaltungsgericht Arnsberg with a one-month period in the Rechtsbehelfsbelehrung (BES-2)', () => {
    for (const id of ['allerheiligenkirmes', 'pferdemarkt']) {
      const { rechtsbehelfsbelehrung } = bundleOf('soest-kirmes', id).notices;
      expect(rechtsbehelfsbelehrung.court).toBe('Verwaltungsgericht Arnsberg');
      expect(rechtsbehelfsbelehrung.periodMonths).toBe(1);
      expect(rechtsbehelfsbelehrung.text.de).toMatch(/§ 110 Absatz 1 Justizgesetz Nordrhein-Westfalen/);
    }
  });

  it('charges the Pferdemarkt by front metre without a Reisegewerbekarte (festgesetzter Jahrmarkt)', () => {
    const pferdemarkt = bundleOf('soest-kirmes', 'pferdemarkt');
    expect(pferdemarkt.event).toEqual({ legalType: 'jahrmarkt_68', festgesetzt: true });
    expect(pferdemarkt.documents.map((d) => d.id)).not.toContain('reisegewerbekarte');
    const fees = computeFees(
      pferdemarkt,
      editionOf('soest-kirmes', 'pferdemarkt-2026'),
      sample('soest-kirmes', 'pferdemarkt-trader-application'),
    );
    // 6 m x 10.00 EUR + waste 6 m x 0.50 EUR + advertising share 10.00 EUR; no power, no water.
    expect(fees.lines.map((line) => [line.id, line.unit, line.amountCents])).toEqual([
      ['space', 'front_m', 6000],
      ['electricity', 'kW', 0],
      ['waste', 'front_m', 300],
      ['advertising', 'flat', 1000],
    ]);
  });
});

describe('examples/troedelmarkt', () => {
  const bundle = () => bundleOf('troedelmarkt', 'troedelmarkt');
  const edition = () => editionOf('troedelmarkt', 'troedelmarkt-2026');

  it('is a municipal public facility allocated first come, first served without criteria (GEW-4)', () => {
    expect(bundle().event).toEqual({ legalType: 'public_facility', festgesetzt: false });
    expect(bundle().selection.mode).toBe('first_come');
    expect(bundle().selection.criteria ?? []).toEqual([]);
  });

  it('charges per running metre with a minimum (rules-de.md 1.7, FEE-2)', () => {
    const fees = computeFees(bundle(), edition(), sample('troedelmarkt', 'troedelmarkt-private-application'));
    expect(fees.lines.map((line) => [line.id, line.amountCents])).toEqual([
      ['space', 1500],
      ['waste', 200],
    ]);
    const commercial = computeFees(
      bundle(),
      edition(),
      sample('troedelmarkt', 'troedelmarkt-commercial-application'),
    );
    expect(commercial.totalCents).toBe(8 * 1000 + 500 + 200);
    const space = bundle().fees.find((item) => item.id === 'space');
    expect(space).toMatchObject({ unit: 'front_m', minimum: 1000 });
  });

  it('asks only commercial sellers for a trade registration', () => {
    expect(
      documentRequirements(bundle(), sample('troedelmarkt', 'troedelmarkt-private-application')),
    ).toEqual([]);
    expect(
      documentRequirements(bundle(), sample('troedelmarkt', 'troedelmarkt-commercial-application')).map(
        (d) => d.id,
      ),
    ).toEqual(['gewerbenachweis']);
  });
});

describe('examples/weihnachtsmarkt', () => {
  const bundle = () => bundleOf('weihnachtsmarkt', 'weihnachtsmarkt');
  const edition = () => editionOf('weihnachtsmarkt', 'weihnachtsmarkt-2026');

  it('splits 39 stands into Lüneburg-like shares (rules-de.md 1.3)', () => {
    const [market] = bundle().categories.tree;
    expect(market?.capacity?.count).toBe(39);
    const children = market?.children ?? [];
    expect(children.map((c) => [c.id, c.capacity?.share])).toEqual([
      ['kunsthandwerk', 0.38],
      ['suesswaren', 0.2],
      ['imbiss', 0.17],
      ['getraenke', 0.15],
      ['sonstiges', 0.1],
    ]);
    expect(children.reduce((sum, c) => sum + (c.capacity?.count ?? 0), 0)).toBe(39);
  });

  it('charges the pitch per market day: 31 days from 23 November to 23 December', () => {
    const fees = computeFees(
      bundle(),
      edition(),
      sample('weihnachtsmarkt', 'weihnachtsmarkt-crafts-application'),
    );
    expect(fees.lines.map((line) => [line.id, line.days, line.amountCents])).toEqual([
      ['space', 31, 3 * 250 * 31],
      ['hut', 1, 45000],
      ['electricity', 31, 2 * 100 * 31],
      ['waste', 31, 150 * 31],
      ['advertising', 1, 7500],
    ]);
  });

  it('requires the Gestattung for alcohol and workshop photos for own crafts (DOC-4, DOC-5)', () => {
    const ids = (name: string) =>
      documentRequirements(bundle(), sample('weihnachtsmarkt', name)).map((d) => d.id);
    expect(ids('weihnachtsmarkt-crafts-application')).toEqual([
      'photo',
      'workshop_photos',
      'liability_insurance',
    ]);
    expect(ids('weihnachtsmarkt-gluehwein-application')).toEqual([
      'photo',
      'liability_insurance',
      'ifsg43',
      'gestattung_12_gastg',
    ]);
  });
});

describe('examples/stadtfest', () => {
  const bundle = () => bundleOf('stadtfest', 'stadtfest');
  const edition = () => editionOf('stadtfest', 'stadtfest-2026');

  it('charges non-profit clubs nothing and businesses their fees', () => {
    expect(computeFees(bundle(), edition(), sample('stadtfest', 'stadtfest-club-application'))).toEqual({
      lines: [],
      totalCents: 0,
    });
    const business = computeFees(
      bundle(),
      edition(),
      sample('stadtfest', 'stadtfest-commercial-application'),
    );
    expect(business.lines.map((line) => [line.id, line.kind, line.amountCents])).toEqual([
      ['space', 'space', 5 * 2000],
      ['electricity', 'supply_electricity', 12 * 800],
      ['water', 'supply_water', 2500],
      ['waste', 'waste', 3000],
      ['security', 'other', 2000],
    ]);
  });

  it('may use the fee kind `other` because it is not festgesetzt (FEE-1 applies to festgesetzte events only)', () => {
    expect(bundle().event).toEqual({ legalType: 'public_facility', festgesetzt: false });
    expect(bundle().fees.some((item) => item.kind === 'other')).toBe(true);
  });

  it('reserves the clubs mile for non-profits', () => {
    const club = sample('stadtfest', 'stadtfest-club-application') as Record<string, Record<string, unknown>>;
    const asBusiness = { ...club, organisation: { ...club.organisation, nonProfit: false } };
    expect(validateApplicationData(bundle(), asBusiness).map((issue) => issue.path)).toContain(
      '/organisation/nonProfit',
    );
  });
});
