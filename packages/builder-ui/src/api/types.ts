/** A category as the admin API returns it (title already localized by the server). */
export interface CategoryRef {
  id: string;
  title: string;
}

/** One row of `GET /api/v1/admin/applications`. */
export interface AdminApplicationSummary {
  id: string;
  editionId: string;
  editionTitle: string;
  applicantName: string;
  companyName: string | null;
  category: CategoryRef | null;
  state: string;
  /** ISO instant with offset; null for cases not submitted yet. */
  submittedAt: string | null;
}

/** Body of `GET /api/v1/admin/applications`. */
export interface AdminApplicationList {
  items: AdminApplicationSummary[];
}

/** One entry of a case's append-only event log. */
export interface AdminApplicationEvent {
  seq: number;
  type: string;
  at: string;
  actor: unknown;
}

/** Body of `GET /api/v1/admin/applications/:id` and of a successful event POST. */
export interface AdminApplicationDetail extends AdminApplicationSummary {
  applicantEmail: string | null;
  data: unknown;
  form: { schema: unknown; uiSchema?: unknown };
  events: AdminApplicationEvent[];
  allowedEvents: string[];
  /** The allowed events with the body fields each needs (absent from older servers). */
  allowedCommands?: AllowedCommand[];
  /** How the applicant was signed in when submitting (AUTH-2) and the company acted for (AUTH-4). */
  signIn?: SubmissionSignIn | null;
  /** The applicant's optional consents, newest state per consent (DS-1). */
  consents?: CaseConsent[];
}

/** An optional consent of a case: in force while `withdrawnAt` is null. */
export interface CaseConsent {
  id: string;
  title: string;
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/** The sign-in of a submission as the staff detail shows it. */
export interface SubmissionSignIn {
  authMethod: 'email' | 'oidc';
  trustLevel: 'basis' | 'substanziell' | 'hoch';
  representing: { organisationName: string; organisationId: string | null; role: string | null } | null;
}

/** An event staff may send now, and the body fields it cannot do without. */
export interface AllowedCommand {
  type: string;
  requires: string[];
}
