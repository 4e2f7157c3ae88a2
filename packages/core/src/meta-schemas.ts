import editionSchema from '../schemas/edition.schema.json' with { type: 'json' };
import eventTypeSchema from '../schemas/event-type.schema.json' with { type: 'json' };
import tenantSchema from '../schemas/tenant.schema.json' with { type: 'json' };
import { createAjv, type ValidateFunction } from './ajv.ts';
import { issuesFromAjv } from './ajv-issues.ts';
import type { Issue } from './issue.ts';

const SCHEMAS = { 'event-type': eventTypeSchema, edition: editionSchema, tenant: tenantSchema };
const validators = new Map<keyof typeof SCHEMAS, ValidateFunction>();
let ajv: ReturnType<typeof createAjv> | undefined;

/** Checks input against one of the published meta-schemas; `[]` when it conforms. */
export function metaSchemaIssues(name: keyof typeof SCHEMAS, input: unknown): Issue[] {
  let validate = validators.get(name);
  if (!validate) {
    // Compiled lazily so importing core costs nothing until a document is actually parsed.
    ajv ??= createAjv();
    validate = ajv.compile(SCHEMAS[name]);
    validators.set(name, validate);
  }
  return validate(input) ? [] : issuesFromAjv(validate.errors);
}
