import type { Page } from 'playwright-core';
import { type JsonSchema, optionLabel, propertySchema } from './fill-form.ts';

// Fills the application form with the keyboard alone (must-show 1, A11Y-1): Tab and Shift+Tab to move, typing for
// text, Space for boxes, arrow keys for radio groups, type-ahead for selects, Enter for buttons. No mouse, no
// `fill()`/`check()` shortcuts: if a control cannot be reached or used this way, the helper fails.

interface Focused {
  id: string;
  name: string;
  tag: string;
  type: string;
  text: string;
  checked: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      text: el?.textContent?.trim() ?? '',
      checked: el?.checked === true,
    };
  });
}

/** Presses Tab (then, if the target lies behind, Shift+Tab) until the focused element matches; fails if never. */
export async function tabTo(page: Page, wanted: (el: Focused) => boolean, what: string): Promise<Focused> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 80; i++) {
      const now = await focused(page);
      if (wanted(now)) return now;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`keyboard: could not reach ${what} with Tab or Shift+Tab`);
}

/** Tabs to the button with this text and presses Enter. */
export async function pressButton(page: Page, text: string | RegExp): Promise<void> {
  const matches = (t: string) => (typeof text === 'string' ? t === text : text.test(t));
  await tabTo(page, (el) => el.tag === 'button' && matches(el.text), `the button ${text}`);
  await page.keyboard.press('Enter');
}

/**
 * Types 'YYYY-MM-DD' into a date field segment by segment. The segment order follows Chromium's own UI locale, not
 * the page's: month/day/year for the en-US default of the test browser, day.month.year for a German one.
 */
async function typeDate(page: Page, id: string, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  for (const keys of [`${month}${day}${year}`, `${day}${month}${year}`]) {
    await page.keyboard.type(keys);
    if ((await page.locator(`[id="${id}"]`).inputValue()) === iso) return;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
  throw new Error(`keyboard: the date field ${id} did not take ${iso}`);
}

async function fillScalar(page: Page, schema: JsonSchema, value: unknown, id: string): Promise<void> {
  const radioGroup = (await page.locator(`[id="${id}"]`).count()) === 0;
  if (radioGroup) {
    // Yes/No radios: RJSF numbers them `true` first. Tab lands on one radio of the group; arrows move and check.
    const target = value === true ? 0 : 1;
    const at = await tabTo(page, (el) => el.id.startsWith(`${id}-`), `the radio group ${id}`);
    const current = Number(at.id.slice(id.length + 1));
    if (current === target) await page.keyboard.press('Space');
    for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
    for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
    return;
  }
  const el = await tabTo(page, (f) => f.id === id, `the field ${id}`);
  if (el.type === 'checkbox') {
    if (el.checked !== (value === true)) await page.keyboard.press('Space');
  } else if (el.tag === 'select') {
    await page.keyboard.type(optionLabel(schema, value));
  } else if (el.type === 'date') {
    await typeDate(page, id, String(value));
  } else {
    // Decimals the German way (32,5), as applicants type them.
    await page.keyboard.type(typeof value === 'number' ? String(value).replace('.', ',') : String(value));
  }
}

/** Fills one top-level field (and what lies below it) of the page shown, by keyboard. */
export async function fillByKeyboard(page: Page, schema: JsonSchema, data: unknown, path: string[]) {
  const id = path.join('_');
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      await tabTo(
        page,
        (el) => el.tag === 'button' && /hinzufügen/.test(el.text) && el.id.startsWith(id),
        `the add button of ${id}`,
      );
      await page.keyboard.press('Enter');
      await page.locator(`[id^="${id}_${index}"]`).first().waitFor();
      await fillByKeyboard(page, schema.items ?? {}, item, [...path, String(index)]);
    }
    return;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      await fillByKeyboard(page, propertySchema(schema, key) ?? {}, value, [...path, key]);
    }
    return;
  }
  await fillScalar(page, schema, data, id);
}
