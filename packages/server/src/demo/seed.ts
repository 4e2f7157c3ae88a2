import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Repository, StaffRole } from '@festplatz/case-engine';
import { type Issue, type ParseResult, parseEdition, parseEventType, parseTenant } from '@festplatz/core';
import { packageDir } from '../util/package-dir.ts';
import { demoPeriod } from './demo-period.ts';

/** What `festplatz demo` set up, for its console output and for tests. */
export interface DemoSeedResult {
  tenantId: string;
  eventTypes: { id: string; version: number; hash: string }[];
  editions: { id: string; opens: string; closes: string; originalCloses: string }[];
  staff: { email: string; role: string }[];
}

/** The examples/soest-kirmes folder, found through its workspace package (no source-relative paths). */
export function soestExampleDir(): string {
  const dir = packageDir('@festplatz/example-soest-kirmes');
  if (!dir)
    throw new Error('@festplatz/example-soest-kirmes is not installed; run npm install at the repo root');
  return dir;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();
}

function checked<T>(result: ParseResult<T>, file: string): T {
  if (result.ok) return result.value;
  const list = result.issues.map((i: Issue) => `${i.path || '/'} ${i.code}`).join(', ');
  throw new Error(`${file} is invalid (${list}); run \`festplatz validate ${file}\` for details`);
}

/**
 * Idempotently creates the Soest demo (on SQLite and PostgreSQL alike, so a restart against the same database
 * works): tenant, published bundle(s), the edition(s) with the application period SHIFTED to be open at `now`
 * (the real period is kept as demoOriginalPeriod and shown as a notice), and the staff accounts from
 * tenant.json with their roles.
 */
export async function seedDemo(
  repo: Repository,
  options: { now: Date; exampleDir?: string },
): Promise<DemoSeedResult> {
  const dir = options.exampleDir ?? soestExampleDir();
  const tenantFile = join(dir, 'tenant.json');
  const tenant = checked(parseTenant(readJson(tenantFile)), tenantFile);
  await repo.upsertTenant({ id: tenant.id, name: tenant.name });

  // One after the other: an edition may only be saved once its bundle is published.
  const eventTypes: DemoSeedResult['eventTypes'] = [];
  for (const f of filesEndingWith(dir, '.bundle.json')) {
    const bundle = checked(parseEventType(readJson(join(dir, f))), join(dir, f));
    const published = await repo.publishEventType(tenant.id, bundle, options.now);
    if (!published.ok) {
      throw new Error(
        `${f}: version ${bundle.version} is already published with other content; raise "version" in the bundle. ` +
          'If this is a demo database created with an older checkout, it holds only demo data: delete its folder ' +
          '(FESTPLATZ_DATA_DIR, by default ./data) and start again.',
      );
    }
    eventTypes.push({ id: bundle.id, version: bundle.version, hash: published.hash });
  }

  const editionDir = join(dir, 'editions');
  const editions: DemoSeedResult['editions'] = [];
  for (const f of filesEndingWith(editionDir, '.json')) {
    const edition = checked(parseEdition(readJson(join(editionDir, f))), join(editionDir, f));
    const original = { opens: edition.applicationPeriod.opens, closes: edition.applicationPeriod.closes };
    const shifted = { ...edition, applicationPeriod: demoPeriod(options.now, edition.timeZone) };
    await repo.saveEdition(tenant.id, shifted, original, options.now);
    editions.push({ id: edition.id, ...shifted.applicationPeriod, originalCloses: original.closes });
  }

  const staff: DemoSeedResult['staff'] = [];
  for (const member of tenant.staff) {
    const user = await repo.ensureUser(member.email);
    await repo.grantRole({ userId: user.id, tenantId: tenant.id, role: member.role as StaffRole });
    staff.push({ email: user.email, role: member.role });
  }

  return { tenantId: tenant.id, eventTypes, editions, staff };
}
