/** The Art. 13 information (DS-2) and optional consents (DS-1) of the form DTO (server: privacy-dto.ts). */
export interface FormPrivacy {
  information: { version: string; text: string };
  consents: { id: string; title: string; text: string; textVersion: string }[];
}

/** What a submission carries about privacy: the information version shown and the consents ticked. */
export interface PrivacyChoice {
  privacyNoticeVersion: string;
  consents: { id: string; textVersion: string }[];
}
