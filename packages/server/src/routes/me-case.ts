import { pinnedEventType } from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
import { Hono } from 'hono';
import { caseConsentsDto } from '../api/consents-dto.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';
import { loadReceipt } from '../receipt/receipt.ts';
import { receiptPdf } from '../receipt/receipt-pdf.ts';

/** A download link cannot set Accept-Language, so the page passes its language as `?lang=`. */
function requestedLang(value: string | undefined, fallback: Lang): Lang {
  return value === 'de' || value === 'en' ? value : fallback;
}

/**
 * Applicant API around one submitted case (`/api/v1/me/applications/:id/...`): the receipt as a tagged PDF
 * (DATE-1, A11Y-4) and withdrawing an optional consent (DS-1). Another applicant's case answers 404.
 */
export function meCaseRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/applications/:id/receipt.pdf', async (c) => {
      const lang = requestedLang(c.req.query('lang'), c.get('lang'));
      const receipt = await loadReceipt(repo, sessionOf(c).user.id, c.req.param('id'), lang);
      if (!receipt) throw new FestplatzError('NOT_FOUND');
      const pdf = await receiptPdf(receipt, lang);
      return c.body(new Uint8Array(pdf), 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${receipt.fileName}"`,
        'Content-Language': lang,
        'Cache-Control': 'private, no-store',
      });
    })
    .post('/applications/:id/consents/:consentId/withdraw', async (c) => {
      const applicantId = sessionOf(c).user.id;
      const app = await repo.findApplicantApplication(applicantId, c.req.param('id'));
      if (!app) throw new FestplatzError('NOT_FOUND');
      // As easy as giving it (Art. 7(3) DSGVO): one request, no reason asked; a second one changes nothing.
      const row = await repo.withdrawConsent({
        applicantId,
        applicationId: app.id,
        consentId: c.req.param('consentId'),
        now: deps.now(),
      });
      if (!row) throw new FestplatzError('NOT_FOUND');
      const [dto] = caseConsentsDto([row], await pinnedEventType(repo, app), c.get('lang'));
      return c.json(dto);
    });
}
