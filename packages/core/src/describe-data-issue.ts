import { catalogFor } from './catalogs.ts';
import type { DataMessageKey } from './i18n/catalog.ts';
import type { Issue } from './issue.ts';
import type { Lang } from './localize.ts';
import { fillTemplate } from './template.ts';

/**
 * Explains an application-data issue (from validateApplicationData) to the applicant in one sentence,
 * by ajv keyword, refined where a plainer sentence fits (e.g. an unticked confirmation box).
 */
export function describeDataIssue(issue: Issue, lang: Lang): string {
  const catalog = catalogFor(lang);
  const params: Record<string, unknown> = { ...issue.params };
  const candidates: string[] = [];
  switch (issue.code) {
    case 'type':
      candidates.push(`type.${String(issue.params.type)}`);
      break;
    case 'format':
      candidates.push(`format.${String(issue.params.format)}`);
      break;
    case 'const':
      if (issue.params.allowedValue === true) candidates.push('const.true');
      break;
    case 'minLength':
    case 'minItems':
      if (issue.params.limit === 1) candidates.push(`${issue.code}.1`);
      break;
    case 'multipleOf': {
      // 0.01 reads better as "at most 2 decimal places" (FORM-1 lengths in metres).
      const decimals = decimalPlacesOf(issue.params.multipleOf);
      if (decimals !== null) {
        params.decimals = decimals;
        candidates.push(decimals === 1 ? 'multipleOf.decimals.1' : 'multipleOf.decimals');
      }
      break;
    }
    case 'uniqueItems':
      // ajv counts from 0; people count from 1.
      params.first = Number(issue.params.j) + 1;
      params.second = Number(issue.params.i) + 1;
      break;
  }
  candidates.push(issue.code, 'fallback');
  const key = candidates.find((candidate) => Object.hasOwn(catalog.data, candidate)) as DataMessageKey;
  return fillTemplate(catalog.data[key], params, catalog);
}

/** 0.1 -> 1, 0.01 -> 2, ...; null for steps that are not a power of ten below 1. */
function decimalPlacesOf(step: unknown): number | null {
  if (typeof step !== 'number' || !(step > 0 && step < 1)) return null;
  const places = Math.round(-Math.log10(step));
  return Math.abs(10 ** -places - step) < 1e-12 ? places : null;
}
