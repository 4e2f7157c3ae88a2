import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentKindView } from '../../api/documents.ts';
import type { ReusableDocument } from '../../api/reusable-documents.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format, type Messages } from '../../i18n/messages.ts';
import { formatDay } from './document-format.ts';

/** What the offers of one kind need from the element. */
export interface ReuseOfferContext {
  ids: string;
  lang: Lang;
  t: Messages['documents'];
  /** The offers for this kind (empty: nothing shown). */
  offers: readonly ReusableDocument[];
  /** Ids of offers being taken over right now (their button is disabled). */
  busy: ReadonlySet<string>;
  reuse: (kind: DocumentKindView, offer: ReusableDocument) => void;
}

/** "Aus Ihrer Bewerbung für Allerheiligenkirmes 2025: Haftpflicht.pdf, gültig bis 31. Dezember 2026". */
export function offerText(offer: ReusableDocument, t: Messages['documents'], lang: Lang): string {
  const source = offer.fromEditionTitle
    ? format(t.reuseFrom, { event: offer.fromEditionTitle })
    : t.reuseFromEarlier;
  const validity = offer.validUntil
    ? format(t.validity, { until: formatDay(offer.validUntil, lang) })
    : t.validityUnlimited;
  return `${source}: ${offer.fileName}, ${validity}`;
}

/**
 * Apply again (DOC-2): the kind's still valid proofs from earlier applications, each with a button that takes it
 * over. The button is described by its offer line (aria-describedby), so a screen reader says which file it takes.
 */
export function reuseOffers(kind: DocumentKindView, c: ReuseOfferContext): TemplateResult | typeof nothing {
  if (c.offers.length === 0) return nothing;
  const { t } = c;
  return html`<div class="festplatz-documents__reuse">
    <p class="kern-body">${t.reuseIntro}</p>
    <ul class="kern-list" aria-label="${format(t.reuseListLabel, { title: kind.title })}">
      ${c.offers.map((offer) => {
        const textId = `${c.ids}-${kind.id}-reuse-${offer.id}`;
        return html`<li class="festplatz-documents__reuse-offer">
          <p class="kern-body" id="${textId}">${offerText(offer, t, c.lang)}</p>
          <button type="button" class="kern-btn kern-btn--secondary" aria-describedby="${textId}"
            ?disabled=${c.busy.has(offer.id)} @click=${() => c.reuse(kind, offer)}>
            <span class="kern-label">${c.busy.has(offer.id) ? t.reusing : t.reuse}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
