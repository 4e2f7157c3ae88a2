// The columns of an ApplicationRecord, picked from either dialect's drizzle tables (applications joined with
// users for the applicant's e-mail), so the SQLite and PostgreSQL finders select exactly the same shape.

type CaseColumnName =
  | 'id'
  | 'tenantId'
  | 'editionId'
  | 'applicantId'
  | 'state'
  | 'data'
  | 'applicantName'
  | 'companyName'
  | 'categoryId'
  | 'submittedAt'
  | 'version'
  | 'lifecycle'
  | 'eventTypeHash';

/** The select map of an ApplicationRecord for `applications` and `users` tables of one dialect. */
export function recordColumnsOf<A extends Record<CaseColumnName, unknown>, U extends { email: unknown }>(
  applications: A,
  users: U,
): Pick<A, CaseColumnName> & { applicantEmail: U['email'] } {
  return {
    id: applications.id,
    tenantId: applications.tenantId,
    editionId: applications.editionId,
    applicantId: applications.applicantId,
    applicantEmail: users.email,
    state: applications.state,
    data: applications.data,
    applicantName: applications.applicantName,
    companyName: applications.companyName,
    categoryId: applications.categoryId,
    submittedAt: applications.submittedAt,
    version: applications.version,
    lifecycle: applications.lifecycle,
    eventTypeHash: applications.eventTypeHash,
  };
}
