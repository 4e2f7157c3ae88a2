import { catalogFor } from './catalogs.ts';
import { describePlace } from './describe-place.ts';
import type { BundleMessageKey } from './i18n/catalog.ts';
import type { Issue } from './issue.ts';
import { parsePointer } from './json-pointer.ts';
import type { Lang } from './localize.ts';
import { fillTemplate } from './template.ts';

/**
 * Explains a bundle, edition or tenant issue to the staff member who configures the event, naming the
 * place in words, with a hint on how to fix it. A message for the keyword at this particular place
 * (`required.rechtsbehelfsbelehrung`) wins over the keyword's; unknown codes get a generic message.
 */
export function describeIssue(issue: Issue, lang: Lang): { message: string; hint?: string } {
  const catalog = catalogFor(lang);
  const last = parsePointer(issue.path).at(-1);
  const key = [`${issue.code}.${last}`, issue.code].find((candidate) =>
    Object.hasOwn(catalog.bundle, candidate),
  );
  const entry = catalog.bundle[(key ?? 'fallback') as BundleMessageKey];
  const params: Record<string, unknown> = {
    ...issue.params,
    path: issue.path === '' ? '/' : issue.path,
    place: describePlace(issue.path, lang, catalog),
    code: issue.code,
  };
  if (issue.code === 'type' && typeof issue.params.type === 'string') {
    params.expected = issue.params.type
      .split(',')
      .map((name) => catalog.typeNames[name as keyof typeof catalog.typeNames] ?? name)
      .join(lang === 'de' ? ' oder ' : ' or ');
  }
  if (Array.isArray(issue.params.allowedValues)) {
    params.allowedValues = issue.params.allowedValues.map((value) => JSON.stringify(value));
  }
  const message = capitalize(fillTemplate(entry.message, params, catalog));
  return entry.hint === undefined
    ? { message }
    : { message, hint: fillTemplate(entry.hint, params, catalog) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
