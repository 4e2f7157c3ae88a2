import type { SubmissionSignIn } from '../api/types.ts';
import type { Messages } from '../i18n/messages.ts';
import type { DescriptionItem } from './description-list.ts';

/**
 * Overview rows of a case: how the applicant signed in when submitting (AUTH-2) and, for an organisation account,
 * the company they act for (AUTH-4). Without an organisation sign-in there is no such row: a company named in the
 * form is the applicant's own statement and shows with the form data.
 */
export function signInRows(signIn: SubmissionSignIn | null | undefined, t: Messages): DescriptionItem[] {
  if (!signIn) return [];
  const rows: DescriptionItem[] = [
    [
      t.detail.signIn,
      t.detail.signInValue({
        method: t.detail.signInMethods[signIn.authMethod],
        level: t.detail.trustLevels[signIn.trustLevel],
      }),
    ],
  ];
  if (signIn.representing) {
    rows.push([
      t.detail.representing,
      t.detail.representingValue({
        name: signIn.representing.organisationName,
        role: signIn.representing.role,
      }),
    ]);
  }
  return rows;
}
