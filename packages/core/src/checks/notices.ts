import type { Issue } from '../issue.ts';
import type { Localized } from '../localize.ts';
import type { CheckContext } from './context.ts';

/** The placeholders notices may use; the case engine fills them when it issues a notice (BES-1). */
export const NOTICE_PLACEHOLDERS = [
  'applicantName',
  'companyName',
  'editionTitle',
  'categoryTitle',
  'eventDays',
  'feeTotal',
  'feeLines',
  'rank',
  'cutoff',
  'scores',
  'reasons',
  'paymentDue',
  'kassenzeichen',
  'court',
  'periodMonths',
] as const;

const KNOWN = new Set<string>(NOTICE_PLACEHOLDERS);
const TEMPLATES = ['admission', 'rejection', 'waitlist', 'fee'] as const;

/** Placeholders are known; a reserve list needs a waitlist message, fees need a fee notice. */
export function noticeIssues(context: CheckContext): Issue[] {
  if (!context.intact('/notices')) return [];
  const { notices } = context.bundle;
  const issues: Issue[] = [];
  const texts: [string, Localized][] = [['/legalBasis', notices.legalBasis]];
  for (const name of TEMPLATES) {
    const template = notices[name];
    if (template === undefined) continue;
    texts.push([`/${name}/subject`, template.subject], [`/${name}/body`, template.body]);
  }
  texts.push(['/rechtsbehelfsbelehrung/text', notices.rechtsbehelfsbelehrung.text]);
  for (const [path, text] of texts) {
    for (const [lang, value] of Object.entries(text)) {
      for (const match of String(value).matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        const placeholder = match[1] ?? '';
        if (!KNOWN.has(placeholder)) {
          issues.push({
            path: `/notices${path}/${lang}`,
            code: 'noticePlaceholderUnknown',
            params: { placeholder, known: NOTICE_PLACEHOLDERS },
          });
        }
      }
    }
  }
  if (
    context.intact('/selection') &&
    context.bundle.selection.reserveList &&
    notices.waitlist === undefined
  ) {
    issues.push({ path: '/notices/waitlist', code: 'waitlistNoticeMissing', params: {} });
  }
  if (Array.isArray(context.bundle.fees) && context.bundle.fees.length > 0 && notices.fee === undefined) {
    issues.push({ path: '/notices/fee', code: 'feeNoticeMissing', params: {} });
  }
  return issues;
}
