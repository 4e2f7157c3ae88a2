import type { SubmissionCircumstances } from '@festplatz/case-engine';
import type { SessionInfo } from '../env.ts';

/**
 * What the 'submitted' log entry records about the sign-in (tamper-evident, SEC-6): method and trust level
 * (AUTH-2), and, for an organisation sign-in, the company the person acted for (AUTH-4). With an e-mail sign-in
 * there is no `representing`: a company named in the form is the applicant's own statement, not a verified fact.
 */
export function submissionSignIn(session: SessionInfo): SubmissionCircumstances {
  return {
    authMethod: session.authMethod,
    trustLevel: session.trustLevel,
    ...(session.representing ? { representing: session.representing } : {}),
  };
}
