import type { Page } from 'playwright-core';

/** The parts of a form schema the fill helpers read. */
export type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: { const?: unknown; title?: string }[];
  allOf?: { then?: JsonSchema }[];
};

/** Finds the sub-schema of a property, looking into `allOf[*].then` where conditional sections live. */
export function propertySchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  return (
    schema?.properties?.[key] ?? schema?.allOf?.map((branch) => branch.then?.properties?.[key]).find(Boolean)
  );
}

/** The visible option label for a value of a `oneOf`/`const` choice. */
export function optionLabel(schema: JsonSchema | undefined, value: unknown): string {
  const title = schema?.oneOf?.find((option) => option.const === value)?.title;
  if (!title) throw new Error(`no option title for ${JSON.stringify(value)}`);
  return title;
}

/**
 * Fills one field (and everything below it) the way a person would: text is typed, choices are picked by their
 * visible label, list entries are added with the list's own "add" button. RJSF names each input after its path
 * (`root_applicant_givenName`).
 */
async function fillField(page: Page, schema: JsonSchema, data: unknown, path: string[]): Promise<void> {
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      await page
        .locator(`#${path.join('_')}`)
        .getByRole('button', { name: /hinzufügen/ })
        .click();
      await fillField(page, schema.items ?? {}, item, [...path, String(index)]);
    }
    return;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      await fillField(page, propertySchema(schema, key) ?? {}, value, [...path, key]);
    }
    return;
  }
  const id = path.join('_');
  const field = page.locator(`[id="${id}"]`);
  if ((await field.count()) === 0) {
    // Booleans shown as Ja/Nein radio buttons: RJSF numbers them, `true` first.
    await page.locator(`[id="${id}-${data === true ? 0 : 1}"]`).check();
    return;
  }
  const tag = await field.evaluate((element) => element.tagName.toLowerCase());
  const type = await field.getAttribute('type');
  if (tag === 'select') await field.selectOption({ label: optionLabel(schema, data) });
  else if (type === 'checkbox') await field.setChecked(data === true);
  // Decimals are typed the German way (32,5), as applicants do.
  else await field.fill(typeof data === 'number' ? String(data).replace('.', ',') : String(data));
}

/** Which of these top-level properties the page shows (an object's fieldset, an input, a radio group); one round trip. */
function shownFields(page: Page, keys: Iterable<string>): Promise<string[]> {
  return page.evaluate(
    (candidates) =>
      candidates.filter((key) => document.querySelector(`[id="root_${key}"], [id^="root_${key}-"]`) !== null),
    [...keys],
  );
}

/** Waits until the wizard shows `step` (1-based); fails with the page's error summary if it stays put. */
export async function waitForStep(page: Page, step: number): Promise<void> {
  try {
    await page.locator(`.festplatz-wizard-progress progress[value="${step}"]`).waitFor({ timeout: 10_000 });
  } catch {
    const summary = await page.locator('.festplatz-error-summary').allTextContents();
    throw new Error(`the wizard did not reach step ${step}: ${summary.join(' ') || 'no error summary'}`);
  }
}

/** The wizard step shown (1-based), or null for a form without pages. */
async function currentStep(page: Page): Promise<number | null> {
  const progress = page.locator('.festplatz-wizard-progress progress');
  if ((await progress.count()) === 0) return null;
  return Number(await progress.getAttribute('value'));
}

/**
 * Fills the rendered application form from a sample application, page by page: on each wizard page it fills the
 * sample's top-level fields shown there (again after each one, as a choice may reveal a conditional section), then
 * goes on with "Weiter". It stops on the page where the sample ends (the last page for a whole application),
 * before submitting; a form without pages is one page.
 */
export async function fillForm(page: Page, schema: JsonSchema, data: Record<string, unknown>): Promise<void> {
  const remaining = new Set(Object.keys(data));
  for (;;) {
    for (
      let shown = await shownFields(page, remaining);
      shown.length > 0;
      shown = await shownFields(page, remaining)
    ) {
      for (const key of shown) {
        await fillField(page, propertySchema(schema, key) ?? {}, data[key], ['root', key]);
        remaining.delete(key);
      }
    }
    const step = await currentStep(page);
    const next = page.getByRole('button', { name: 'Weiter', exact: true });
    if (remaining.size === 0 || step === null || (await next.count()) === 0) break;
    await next.click();
    await waitForStep(page, step + 1);
  }
  if (remaining.size > 0) throw new Error(`fillForm: no page shows ${[...remaining].join(', ')}`);
}
