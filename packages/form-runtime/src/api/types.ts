import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Problem } from './problem.ts';

/** `GET /api/v1/editions/:id/form` response (contracts: HTTP API). */
export interface EditionForm {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /** Path (from the API base) of the ES module with the server-compiled validators of `schema`. */
  validatorUrl: string;
  title: string;
  applicationPeriod: unknown;
  demoNotice: string | null;
}

/** `POST /api/v1/me/applications` 201 response (contracts: HTTP API). */
export interface SubmittedApplication {
  id: string;
  state: string;
  submittedAt: string;
  editionId: string;
}

/** What loading the form can end in; expected failures are values, not exceptions. */
export type LoadResult = { ok: true; form: EditionForm } | { ok: false; problem: Problem | null };

/** What a submission can end in. */
export type SubmitOutcome =
  | { kind: 'created'; application: SubmittedApplication }
  | { kind: 'invalid'; problem: Problem }
  | { kind: 'unauthenticated'; problem: Problem }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'network' };
