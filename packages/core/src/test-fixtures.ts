// Test-only helpers: the Soest example documents, freshly cloned so each test may mutate its copy.
import bundle from '../../../examples/soest-kirmes/allerheiligenkirmes.bundle.json' with { type: 'json' };
import edition from '../../../examples/soest-kirmes/editions/allerheiligenkirmes-2026.json' with {
  type: 'json',
};
import rideApplication from '../../../examples/soest-kirmes/samples/ride-application.json' with {
  type: 'json',
};
import tenant from '../../../examples/soest-kirmes/tenant.json' with { type: 'json' };
import type { Edition } from './generated/edition.ts';
import type { EventType } from './generated/event-type.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests mutate the raw JSON into invalid shapes on purpose.
type Raw = any;

/** A fresh copy of the raw example bundle. */
export const rawBundle = (): Raw => structuredClone(bundle);
/** A fresh copy of the raw example edition. */
export const rawEdition = (): Raw => structuredClone(edition);
/** A fresh copy of the raw example tenant. */
export const rawTenant = (): Raw => structuredClone(tenant);
/** A fresh copy of the complete sample ride application. */
export const rideSample = (): Raw => structuredClone(rideApplication);
/** The example bundle, typed (the parse tests prove it is valid). */
export const soestBundle = (): EventType => structuredClone(bundle) as unknown as EventType;
/** The example edition, typed (the parse tests prove it is valid). */
export const soestEdition = (): Edition => structuredClone(edition) as Edition;
