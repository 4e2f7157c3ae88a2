import type { Page } from 'playwright-core';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: { const?: unknown; title?: string }[];
  allOf?: { then?: JsonSchema }[];
};

/** Finds the sub-schema of a property, looking into `allOf[*].then` where conditional sections live. */
function propertySchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  return (
    schema?.properties?.[key] ?? schema?.allOf?.map((branch) => branch.then?.properties?.[key]).find(Boolean)
  );
}

/** The visible option label for a value of a `oneOf`/`const` choice. */
function optionLabel(schema: JsonSchema | undefined, value: unknown): string {
  const title = schema?.oneOf?.find((option) => option.const === value)?.title;
  if (!title) throw new Error(`no option title for ${JSON.stringify(value)}`);
  return title;
}

/**
 * Fills the rendered application form the way a person would, field by field in document order, from a sample
 * application: text is typed, choices are picked by their visible label, list entries are added with the
 * list's own "add" button. RJSF names each input after its path (`root_applicant_givenName`).
 */
export async function fillForm(page: Page, schema: JsonSchema, data: unknown, path: string[] = ['root']) {
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      await page
        .locator(`#${path.join('_')}`)
        .getByRole('button', { name: /hinzufügen/ })
        .click();
      await fillForm(page, schema.items ?? {}, item, [...path, String(index)]);
    }
    return;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      await fillForm(page, propertySchema(schema, key) ?? {}, value, [...path, key]);
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
