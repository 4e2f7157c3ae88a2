import { walkCategories } from './category-title.ts';
import { compiledSchema } from './compiled-schema.ts';
import type { EventType } from './generated/event-type.ts';
import type { Issue } from './issue.ts';
import { fieldSchemas } from './schema-fields.ts';
import { statechartIssues } from './statechart-checks.ts';

/**
 * Checks that span sections of a bundle that already conforms to the meta-schema: the form is a
 * compilable schema, the roles point at form fields, the category field offers exactly the leaf
 * categories, category ids are unique, and the lifecycle's states are all defined.
 */
export function eventTypeIssues(bundle: EventType): Issue[] {
  return [
    ...formSchemaIssues(bundle),
    ...categoryIdIssues(bundle),
    ...roleIssues(bundle),
    ...statechartIssues(bundle.lifecycle.statechart, '/lifecycle/statechart'),
  ];
}

function formSchemaIssues(bundle: EventType): Issue[] {
  try {
    compiledSchema(bundle.form.schema);
    return [];
  } catch (error) {
    // ajv throws for a broken schema; that is an expected outcome for staff-written forms.
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: '/form/schema', code: 'formSchemaInvalid', params: { reason } }];
  }
}

function categoryIdIssues(bundle: EventType): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const { category, path } of walkCategories(bundle.categories)) {
    if (seen.has(category.id)) {
      issues.push({ path: `${path}/id`, code: 'categoryIdDuplicate', params: { id: category.id } });
    }
    seen.add(category.id);
  }
  return issues;
}

function roleIssues(bundle: EventType): Issue[] {
  const issues: Issue[] = [];
  const { roles, schema } = bundle.form;
  for (const [role, pointer] of Object.entries(roles)) {
    if (pointer === undefined) continue;
    if (fieldSchemas(schema, pointer).length === 0) {
      issues.push({ path: `/form/roles/${role}`, code: 'rolePointerUnresolved', params: { role, pointer } });
    }
  }
  const categoryFields = fieldSchemas(schema, roles.category);
  if (categoryFields.length === 0) return issues;
  // Applicants choose a leaf: parents only group sub-branches (SEL-14), capacities may sit on either.
  const leafIds = [...walkCategories(bundle.categories)]
    .filter(({ category }) => !category.children?.length)
    .map(({ category }) => category.id);
  const offered = new Set(categoryFields.flatMap(choiceValues));
  const missing = leafIds.filter((id) => !offered.has(id));
  const unknown = [...offered].filter((value) => !leafIds.includes(value as string));
  if (missing.length > 0 || unknown.length > 0) {
    issues.push({
      path: '/form/roles/category',
      code: 'categoryValuesMismatch',
      params: { pointer: roles.category, missing, unknown },
    });
  }
  return issues;
}

/** The values a choice field allows: its `enum`, or the `const` of each `oneOf` option. */
function choiceValues(field: Record<string, unknown>): unknown[] {
  if (Array.isArray(field.enum)) return field.enum;
  if (Array.isArray(field.oneOf)) {
    return field.oneOf.flatMap((option: unknown) =>
      option !== null && typeof option === 'object' && 'const' in option ? [option.const] : [],
    );
  }
  return [];
}
