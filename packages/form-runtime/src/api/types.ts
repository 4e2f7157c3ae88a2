import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormPrivacy } from './privacy.ts';
import type { Problem } from './problem.ts';

/** One wizard page of a form: title in the requested language, the top-level fields it shows in order. */
export interface FormPage {
  id: string;
  title: string;
  fields: string[];
}

/** `GET /api/v1/editions/:id/form` response (contracts: HTTP API). */
export interface EditionForm {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /** The Art. 13 information and optional consents (DS-1, DS-2), shown apart from the form data. */
  privacy?: FormPrivacy;
  /** Wizard pages; empty or missing: the whole form on one page. */
  pages?: FormPage[];
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
