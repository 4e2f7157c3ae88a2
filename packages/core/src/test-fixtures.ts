// Test-only helpers: core's own golden Soest documents (test/fixtures/bases, independent of examples/),
// freshly cloned so each test may mutate its copy.

import tenant from '../test/fixtures/bases/soest.tenant.json' with { type: 'json' };
import rideApplication from '../test/fixtures/bases/soest-kirmes.ride-application.json' with { type: 'json' };
import bundle from '../test/fixtures/bases/soest-kirmes.v2.json' with { type: 'json' };
import edition from '../test/fixtures/bases/soest-kirmes-2026.edition.v2.json' with { type: 'json' };
import v1Bundle from '../test/fixtures/migrations/soest-kirmes.v1.json' with { type: 'json' };
import type { Edition } from './generated/edition.ts';
import type { EventType } from './generated/event-type.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests mutate the raw JSON into invalid shapes on purpose.
type Raw = any;

/** A fresh copy of the raw v2 Soest bundle (with fees, documents, selection, notices, privacy). */
export const rawBundle = (): Raw => structuredClone(bundle);
/** A fresh copy of the Soest bundle as committed before issue 3 (schemaVersion 1). */
export const rawV1Bundle = (): Raw => structuredClone(v1Bundle);
/** A fresh copy of the raw v2 edition (with phases). */
export const rawEdition = (): Raw => structuredClone(edition);
/** A fresh copy of the raw example tenant. */
export const rawTenant = (): Raw => structuredClone(tenant);
/** A fresh copy of the complete sample ride application. */
export const rideSample = (): Raw => structuredClone(rideApplication);
/** The v2 Soest bundle, typed (the parse tests prove it is valid). */
export const soestBundle = (): EventType => structuredClone(bundle) as unknown as EventType;
/** The v2 Soest edition, typed (the parse tests prove it is valid). */
export const soestEdition = (): Edition => structuredClone(edition) as Edition;
