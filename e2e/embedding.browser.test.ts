import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { watchCspViolations } from './support/csp.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import { fillForm } from './support/fill-form.ts';
import { type StaticPageServer, startStaticPageServer } from './support/static-page-server.ts';

// Embedding (issue 5, docs/embedding.md): a municipality's own page, served by another web server, brings the
// form with one script tag. The page is the file the docs show, byte for byte; only its Festplatz origin is pointed
// at the demo process. Page and Festplatz are two ORIGINS of one SITE (127.0.0.1, other ports), like the deployment
// the docs recommend: https://www.soest.de embedding https://festplatz.soest.de. A cross-SITE page (localhost vs
// 127.0.0.1) was tried first: this Chromium, like Safari and Firefox, does not send third-party cookies (the request
// says `Sec-Fetch-Storage-Access: none`), so the session cannot reach Festplatz from another site; the docs say so.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const PAGE_FILE = repoFile('docs/embedding-example.html');
const DOCS_FESTPLATZ = 'https://festplatz.soest.de';
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
);
const applicantEmail = 'eingebettet@example.org';

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

describe('docs/embedding.md', () => {
  it('shows exactly the page that the browser test loads', () => {
    const docs = readFileSync(repoFile('docs/embedding.md'), 'utf8');
    const shown = docs.match(/```html\n([\s\S]*?)```/)?.[1];
    expect(shown).toBe(readFileSync(PAGE_FILE, 'utf8'));
  });
});

describe.runIf(browserTestsEnabled())('the form embedded in a municipality’s page, in Chromium', () => {
  const demoEnv: Record<string, string> = {};
  let site: StaticPageServer;
  let pageUrl = '';
  beforeAll(async () => {
    // Started first: the demo must know the page's origin (EMBED_ORIGINS); the page learns the demo's on request.
    site = await startStaticPageServer(PAGE_FILE, (html) =>
      html.replaceAll(DOCS_FESTPLATZ, env.server.baseUrl),
    );
    pageUrl = `http://127.0.0.1:${site.port}/`;
    demoEnv.EMBED_ORIGINS = `http://127.0.0.1:${site.port}`;
  });
  const env = demoInChromium({ env: demoEnv });
  afterAll(() => site?.stop());

  it('a visitor signs in from the embedded form, comes back to the page, fills in and submits', async () => {
    const page = await env.browser.newPage({ locale: 'de-DE' });
    const cspViolations = await watchCspViolations(page);
    await page.goto(pageUrl);
    expect(new URL(page.url()).origin).not.toBe(env.server.baseUrl);

    // Signed out: the form loads (public API, validators imported cross-origin) and asks to sign in first.
    await page.locator('#root_applicant_givenName').waitFor();
    const signIn = page.getByRole('link', { name: 'Zur Anmeldung' });
    await signIn.waitFor();
    await expectAccessible(page, 'the embedding page, signed out');
    const href = new URL((await signIn.getAttribute('href')) ?? '');
    expect(href.origin).toBe(env.server.baseUrl);
    expect(href.searchParams.get('next')).toBe(pageUrl);

    await signIn.click();
    await page.getByLabel('E-Mail-Adresse').fill(applicantEmail);
    await page.getByRole('button', { name: /Anmeldelink/ }).click();
    await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
    await page.goto(env.server.signInLinkFor(applicantEmail));
    // Back on the municipality's page, signed in at Festplatz.
    expect(page.url()).toBe(pageUrl);
    await page.locator('#root_applicant_givenName').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Zur Anmeldung' }).count()).toBe(0);
    await expectAccessible(page, 'the embedding page with the form');

    const form = await (
      await fetch(`${env.server.baseUrl}/api/v1/editions/allerheiligenkirmes-2026/form`)
    ).json();
    await fillForm(page, form.schema, sample);
    const submitted = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url() === `${env.server.baseUrl}/api/v1/me/applications`,
    );
    await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
    expect((await submitted).status()).toBe(201);
    await page.getByText('Ihre Bewerbung ist eingegangen').waitFor();
    expect(page.url()).toBe(pageUrl);
    await expectAccessible(page, 'the receipt on the embedding page');
    // The page's own CSP (from the docs: no unsafe-eval, Festplatz named as a source) let everything through.
    await expect(cspViolations()).resolves.toEqual([]);
  });

  it('gives a page on another origin no CORS grant, so it cannot read the applicant API', async () => {
    const page = await env.browser.newPage();
    // The same page under another origin (localhost instead of 127.0.0.1), which is not allow-listed.
    await page.goto(`http://localhost:${site.port}/`);
    const outcome = await page.evaluate(async (base) => {
      try {
        await fetch(`${base}/api/v1/editions`, { credentials: 'include' });
        return 'read';
      } catch {
        return 'blocked';
      }
    }, env.server.baseUrl);
    expect(outcome).toBe('blocked');
  });
});
