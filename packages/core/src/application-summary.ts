import { compiledSchema } from './compiled-schema.ts';
import type { EventType } from './generated/event-type.ts';
import { valueAt } from './json-pointer.ts';
import { fieldSchemas } from './schema-fields.ts';

/** The fields staff lists show for an application, read through the bundle's named form fields. */
export interface ApplicationSummary {
  applicantName: string;
  companyName: string | null;
  categoryId: string | null;
}

/** Extracts the summary (applicant name, company, category) from application data via `form.fields`. */
export function applicationSummary(eventType: EventType, data: unknown): ApplicationSummary {
  const { fields, schema } = eventType.form;
  const applicantName = [textAt(data, fields.givenName.pointer), textAt(data, fields.familyName.pointer)]
    .filter((part) => part !== null)
    .join(' ');
  const company = fields.companyName?.pointer;
  return {
    applicantName,
    companyName: company !== undefined && isShown(schema, company, data) ? textAt(data, company) : null,
    categoryId: textAt(data, fields.category.pointer),
  };
}

/**
 * Whether the form shows the field for this data. Forms keep the values of fields that a condition hid
 * again (the applicant unticked "Ich bewerbe mich für ein Unternehmen"), and those must not count.
 */
function isShown(schema: object, pointer: string, data: unknown): boolean {
  const applies = (ifSchema: unknown, value: unknown) =>
    typeof ifSchema === 'boolean' ? ifSchema : compiledSchema(ifSchema as object)(value);
  return fieldSchemas(schema, pointer, { applies, data }).length > 0;
}

function textAt(data: unknown, pointer: string): string | null {
  const value = valueAt(data, pointer);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
