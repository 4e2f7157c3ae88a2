import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';
import { duplicateIdIssues } from './field-refs.ts';

/**
 * Wizard pages: page ids are unique, and every top-level property of the form (including those revealed by
 * `allOf[*].then/else`) is on exactly one page.
 */
export function formPageIssues(context: CheckContext): Issue[] {
  if (!context.intact('/form/pages') || !context.intact('/form/schema')) return [];
  const { form } = context.bundle;
  const pages = form.pages ?? [];
  const properties = topLevelProperties(form.schema);
  const issues = duplicateIdIssues(pages, '/form/pages', 'pageIdDuplicate');
  const placed = new Set<string>();
  pages.forEach((page, pageIndex) => {
    page.fields.forEach((field, fieldIndex) => {
      const path = `/form/pages/${pageIndex}/fields/${fieldIndex}`;
      if (!properties.includes(field))
        issues.push({ path, code: 'pageFieldUnknown', params: { field, properties } });
      else if (placed.has(field)) issues.push({ path, code: 'pageFieldRepeated', params: { field } });
      placed.add(field);
    });
  });
  const missing = properties.filter((property) => !placed.has(property));
  if (missing.length > 0) issues.push({ path: '/form/pages', code: 'pageFieldMissing', params: { missing } });
  return issues;
}

function topLevelProperties(schema: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const add = (node: unknown) => {
    if (isObject(node) && isObject(node.properties))
      for (const name of Object.keys(node.properties)) names.add(name);
  };
  add(schema);
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isObject(part)) continue;
    add(part);
    add(part.then);
    add(part.else);
  }
  return [...names];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
