import { catalogFor } from './catalogs.ts';
import type { Issue } from './issue.ts';
import type { Lang } from './localize.ts';
import { fillTemplate } from './template.ts';

/**
 * Explains a bundle, edition or tenant issue to the staff member who configures the event, with a hint
 * on how to fix it; unknown codes get a generic message naming the place and the code.
 */
export function describeIssue(issue: Issue, lang: Lang): { message: string; hint?: string } {
  const catalog = catalogFor(lang);
  const entry = Object.hasOwn(catalog.bundle, issue.code)
    ? catalog.bundle[issue.code as keyof typeof catalog.bundle]
    : catalog.bundle.fallback;
  const params: Record<string, unknown> = {
    ...issue.params,
    path: issue.path === '' ? '/' : issue.path,
    code: issue.code,
  };
  if (issue.code === 'type' && typeof issue.params.type === 'string') {
    params.expected = issue.params.type
      .split(',')
      .map((name) => catalog.typeNames[name as keyof typeof catalog.typeNames] ?? name)
      .join(lang === 'de' ? ' oder ' : ' or ');
  }
  const message = fillTemplate(entry.message, params, catalog);
  return entry.hint === undefined
    ? { message }
    : { message, hint: fillTemplate(entry.hint, params, catalog) };
}
