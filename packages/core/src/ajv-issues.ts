import type { ErrorObject } from 'ajv';
import type { Issue } from './issue.ts';
import { escapeToken } from './json-pointer.ts';

// Keywords whose failure is explained by their own error; the errors of the branches tried before are noise.
const COMBINATORS = new Set(['anyOf', 'oneOf', 'propertyNames']);

/**
 * Turns ajv errors into issues: a missing field is reported at the field itself, `if` errors are
 * dropped (the failing `then` keyword already says what is wrong), and the branch errors of a failed
 * anyOf/oneOf are folded into that one error.
 */
export function issuesFromAjv(errors: readonly ErrorObject[] | null | undefined): Issue[] {
  const kept: ErrorObject[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'if') continue;
    if (COMBINATORS.has(error.keyword)) {
      // ajv appends a combinator's error right after the errors of its branches, so dropping the
      // contiguous run of branch errors before it leaves the one error that explains the failure.
      while (kept.length > 0 && isBranchError(kept[kept.length - 1] as ErrorObject, error)) kept.pop();
    }
    kept.push(error);
  }
  return kept.map(toIssue);
}

function isBranchError(candidate: ErrorObject, combinator: ErrorObject): boolean {
  if (!isAtOrBelow(candidate.instancePath, combinator.instancePath)) return false;
  if (candidate.schemaPath.startsWith(`${combinator.schemaPath}/`)) return true;
  // ajv reports schema paths relative to each referenced schema, so a branch that went through a $ref
  // shows the path of the definition instead; errors of sibling keywords (`required` next to `anyOf`)
  // and of neighbouring properties stay under the combinator's parent and must be kept.
  const parent = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf('/'));
  if (!candidate.schemaPath.startsWith(`${parent}/`)) return true;
  const rest = candidate.schemaPath.slice(parent.length + 1);
  return rest.startsWith('$defs/') || rest.startsWith('definitions/');
}

function isAtOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function toIssue(error: ErrorObject): Issue {
  const params: Record<string, unknown> = { ...error.params };
  let path = error.instancePath;
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    path = `${path}/${escapeToken(String(params.missingProperty))}`;
  } else if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = params.additionalProperty ?? params.unevaluatedProperty;
    path = `${path}/${escapeToken(String(name))}`;
  }
  return { path, code: error.keyword, params };
}
