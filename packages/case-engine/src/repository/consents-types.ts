/** An optional consent as stored (DS-1, Art. 7 DSGVO): who gave which consent, to which text, when. */
export interface StoredConsent {
  /** The row's id. */
  id: string;
  tenantId: string;
  applicationId: string;
  applicantId: string;
  /** The consent's id in the bundle (`privacy.consents[].id`). */
  consentId: string;
  /** Version of the consent text the applicant agreed to. */
  textVersion: string;
  givenAt: Date;
  /** When it was withdrawn; null while it is in force. */
  withdrawnAt: Date | null;
}

/** A consent to record: the row without its id and withdrawal. */
export type NewConsent = Omit<StoredConsent, 'id' | 'withdrawnAt'>;

/** Which consent of whose case to withdraw, and when. */
export interface ConsentWithdrawal {
  applicantId: string;
  applicationId: string;
  consentId: string;
  now: Date;
}

/** Storage of optional consents; part of the {@link Repository} on both dialects. */
export interface ConsentStore {
  /** Records consents given (one row each), all or none. */
  recordConsents(consents: readonly NewConsent[]): Promise<void>;
  /** The consents of a case within a tenant, oldest first (withdrawn ones included, with their time). */
  listConsents(tenantId: string, applicationId: string): Promise<StoredConsent[]>;
  /**
   * Withdraws the applicant's consent `consentId` on their case at `now` and returns its newest row. A consent
   * already withdrawn keeps its first withdrawal time (withdrawing twice is harmless); null when the applicant
   * never gave this consent on this case (or the case is not theirs).
   */
  withdrawConsent(withdrawal: ConsentWithdrawal): Promise<StoredConsent | null>;
}
