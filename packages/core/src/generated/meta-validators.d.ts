// Generated from schemas/*.schema.json by scripts/generate.mjs (ajv standalone): do not edit, run `npm run generate`.

import type { ErrorObject } from 'ajv';

/** A precompiled ajv validator: true when the data conforms; otherwise `errors` lists every problem. */
export interface MetaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Precompiled validator for schemas/event-type.schema.json. */
export declare const validateEventType: MetaValidator;
/** Precompiled validator for schemas/edition.schema.json. */
export declare const validateEdition: MetaValidator;
/** Precompiled validator for schemas/tenant.schema.json. */
export declare const validateTenant: MetaValidator;
