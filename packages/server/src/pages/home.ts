import { html } from 'hono/html';
import type { EditionDto } from '../api/edition-dto.ts';
import { formatInstant } from '../util/dates.ts';
import { layout } from './layout.ts';
import type { Html, ViewContext } from './view.ts';

/** One of the visitor's own applications as the start page lists it. */
export interface HomeApplication {
  id: string;
  editionTitle: string;
  state: string;
  submittedAt: string | null;
}

function editionCard(v: ViewContext, e: EditionDto): Html {
  const zone = e.applicationPeriod.timeZone;
  const period = v.t.home.period({
    opens: formatInstant(new Date(e.applicationPeriod.opens), v.lang, zone),
    closes: formatInstant(new Date(e.applicationPeriod.closes), v.lang, zone),
  });
  return html`<li class="kern-card festplatz-edition">
    <div class="kern-card__container">
      <div class="kern-card__header"><h3 class="kern-heading-small">${e.title}</h3></div>
      <div class="kern-card__body">
        <p class="kern-body">${period}</p>
        ${
          e.demoNotice
            ? html`<div class="kern-alert kern-alert--info" role="note">
                <div class="kern-alert__body"><p class="kern-body">${e.demoNotice}</p></div>
              </div>`
            : ''
        }
      </div>
      <div class="kern-card__footer">
        <a class="kern-btn kern-btn--primary" href="/apply/${encodeURIComponent(e.id)}"
          aria-label="${v.t.home.applyNowFor(e.title)}"><span class="kern-label">${v.t.home.applyNow}</span></a>
      </div>
    </div>
  </li>`;
}

function myApplications(v: ViewContext, apps: HomeApplication[]): Html {
  const { t } = v;
  if (!v.session) {
    return html`<p class="kern-body"><a class="kern-link" href="/signin">${t.home.signInPrompt}</a></p>`;
  }
  if (apps.length === 0) return html`<p class="kern-body">${t.home.noApplications}</p>`;
  return html`<ul class="kern-list">
    ${apps.map(
      (a) => html`<li>
        <a class="kern-link" href="/applications/${encodeURIComponent(a.id)}"><strong>${a.editionTitle}</strong></a>
        – ${t.home.status}: ${t.states[a.state] ?? a.state}${
          a.submittedAt ? html` – ${t.home.submittedAt(formatInstant(new Date(a.submittedAt), v.lang))}` : ''
        }
      </li>`,
    )}
  </ul>`;
}

/** `/`: open editions with "apply now" links, the demo notice, and the visitor's own applications. */
export function homePage(v: ViewContext, editions: EditionDto[], apps: HomeApplication[]): Html {
  const { t } = v;
  return layout(v, {
    title: t.home.title,
    main: html`<h1 class="kern-heading-large">${t.home.title}</h1>
      <p class="kern-body--large">${t.home.intro}</p>
      ${
        editions.length === 0
          ? html`<p class="kern-body">${t.home.noEditions}</p>`
          : html`<ul class="festplatz-editions">${editions.map((e) => editionCard(v, e))}</ul>`
      }
      <h2 class="kern-heading-medium">${t.home.myApplications}</h2>
      ${myApplications(v, apps)}`,
  });
}
