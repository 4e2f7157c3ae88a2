import { compiledSchema } from '../compiled-schema.ts';
import type { Issue } from '../issue.ts';
import { escapeToken } from '../json-pointer.ts';
import { fieldSchemas } from '../schema-fields.ts';
import type { CheckContext } from './context.ts';

// The platform reads these as texts: names and address for lists and notices, the category id.
const TEXT_FIELDS = new Set(['givenName', 'familyName', 'email', 'companyName', 'category']);

/**
 * The form schema compiles, every field annotation points at a property of the form with the declared
 * type (integer satisfies number), and the category field offers exactly the leaf categories.
 */
export function formFieldIssues(context: CheckContext): Issue[] {
  if (!context.intact('/form/schema')) return [];
  const schema = context.bundle.form.schema;
  try {
    compiledSchema(schema);
  } catch (error) {
    // ajv throws for a broken schema; that is an expected outcome for staff-written forms.
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: '/form/schema', code: 'formSchemaInvalid', params: { reason } }];
  }
  if (context.fields === null) return [];
  const issues: Issue[] = [];
  for (const [field, annotation] of context.fields) {
    const path = `/form/fields/${escapeToken(field)}`;
    if (TEXT_FIELDS.has(field) && annotation.type !== 'string') {
      issues.push({
        path: `${path}/type`,
        code: 'fieldMustBeText',
        params: { field, declared: annotation.type },
      });
      continue;
    }
    const found = fieldSchemas(schema, annotation.pointer);
    if (found.length === 0) {
      issues.push({
        path: `${path}/pointer`,
        code: 'fieldPointerUnresolved',
        params: { field, pointer: annotation.pointer },
      });
      continue;
    }
    const types = found.flatMap(declaredTypes);
    if (types.length > 0 && !types.some((type) => satisfies(type, annotation.type))) {
      issues.push({
        path: `${path}/type`,
        code: 'fieldTypeMismatch',
        params: { field, declared: annotation.type, actual: [...new Set(types)] },
      });
    }
    if (field === 'category') issues.push(...categoryChoiceIssues(context, found, `${path}/pointer`));
  }
  return issues;
}

function declaredTypes(schema: Record<string, unknown>): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type))
    return schema.type.filter((type): type is string => typeof type === 'string');
  return [];
}

function satisfies(schemaType: string, declared: string): boolean {
  return schemaType === declared || (schemaType === 'integer' && declared === 'number');
}

function categoryChoiceIssues(
  context: CheckContext,
  found: Record<string, unknown>[],
  path: string,
): Issue[] {
  if (context.categories === null) return [];
  // Applicants choose a leaf: parents only group sub-branches (SEL-14), capacities may sit on either.
  const { leafIds } = context.categories;
  const offered = new Set(found.flatMap(choiceValues));
  const missing = leafIds.filter((id) => !offered.has(id));
  const unknown = [...offered].filter((value) => !leafIds.includes(value as string));
  if (missing.length === 0 && unknown.length === 0) return [];
  return [{ path, code: 'categoryValuesMismatch', params: { missing, unknown } }];
}

/** The values a choice field allows: its `enum`, or the `const` of each `oneOf`/`anyOf` option. */
function choiceValues(field: Record<string, unknown>): unknown[] {
  if (Array.isArray(field.enum)) return field.enum;
  const options = Array.isArray(field.oneOf) ? field.oneOf : Array.isArray(field.anyOf) ? field.anyOf : [];
  return options
    .filter((option): option is Record<string, unknown> => option !== null && typeof option === 'object')
    .filter((option) => 'const' in option)
    .map((option) => option.const);
}
