import type { ErrorObject } from 'ajv';
import { issuesFromAjv } from './ajv-issues.ts';
import {
  type MetaValidator,
  validateEdition,
  validateEventType,
  validateTenant,
} from './generated/meta-validators.js';
import type { Issue } from './issue.ts';

// Precompiled by scripts/compile-validators.mjs (ajv standalone): no schema is compiled at run time.
const VALIDATORS: Record<'event-type' | 'edition' | 'tenant', MetaValidator> = {
  'event-type': validateEventType,
  edition: validateEdition,
  tenant: validateTenant,
};

/** Checks input against one of the published meta-schemas; `[]` when it conforms. */
export function metaSchemaIssues(name: keyof typeof VALIDATORS, input: unknown): Issue[] {
  const validate = VALIDATORS[name];
  return validate(input) ? [] : issuesFromAjv(foldCombinators(validate.errors ?? []));
}

const COMBINATORS = new Set(['oneOf', 'anyOf']);

/**
 * Standalone validators report schema paths relative to each definition, so branch errors cannot be told
 * apart by schema path. In the meta-schemas a combinator (condition shapes, transitions) is the only
 * keyword of its schema, so every error at or below its place that ajv emitted just before it belongs to
 * one of its branches and is dropped: the combinator's own error explains the problem.
 */
function foldCombinators(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (COMBINATORS.has(error.keyword)) {
      const at = error.instancePath;
      while (kept.length > 0) {
        const last = (kept[kept.length - 1] as ErrorObject).instancePath;
        if (last !== at && !last.startsWith(`${at}/`)) break;
        kept.pop();
      }
    }
    kept.push(error);
  }
  return kept;
}
