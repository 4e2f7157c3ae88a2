import type { Page } from 'playwright-core';

/** Starts recording what the page's Content-Security-Policy blocks; call the result to read the record. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  // Registered through the DevTools protocol, which the CSP does not govern, before any page script runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { festplatzCspViolations: string[] }).festplatzCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { festplatzCspViolations: string[] }).festplatzCspViolations,
    )),
  ];
}
