import { issuesFromAjv } from './ajv-issues.ts';
import { compiledSchema } from './compiled-schema.ts';
import type { EventType } from './generated/event-type.ts';
import type { Issue } from './issue.ts';

/**
 * Validates application data against the event type's form; returns one issue per problem (code = ajv
 * keyword, path = pointer of the field concerned) and `[]` when the data is valid.
 */
export function validateApplicationData(eventType: EventType, data: unknown): Issue[] {
  const validate = compiledSchema(eventType.form.schema);
  return validate(data) ? [] : issuesFromAjv(validate.errors);
}
