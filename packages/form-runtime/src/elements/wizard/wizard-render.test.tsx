import { readFileSync } from 'node:fs';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileValidatorModule } from '../../validation/compile-validator.ts';
import { prepareSchema } from '../../validation/prepare-schema.ts';
import { testValidator } from '../../validation/test-validator.ts';
import { loadValidatorFunctions } from '../../validation/validator.ts';
import { FormView, type FormViewProps } from '../form-view.tsx';
import { formErrors, resumePageIndex } from './form-errors.ts';
import { wizardPages } from './pages.ts';

// The Soest form as the server sends it: its 5 pages, the conditional ride section (allOf if/then) on page 2 and
// the repeatable list of earlier participations on page 4.
const example = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../../../examples/soest-kirmes/${path}`, import.meta.url), 'utf8'));
const bundle = example('allerheiligenkirmes.bundle.json');
const sample = example('samples/ride-application.json');
const schema = prepareSchema(bundle.form.schema as RJSFSchema);
const uiSchema = bundle.form.uiSchema as UiSchema;
const pages = wizardPages(
  (bundle.form.pages as { id: string; title: { de: string }; fields: string[] }[]).map((p) => ({
    id: p.id,
    title: p.title.de,
    fields: p.fields,
  })),
);

// Compiled once for the file, as the server compiles it once per form: compiling is the slow part.
const validateFns = loadValidatorFunctions(
  `data:text/javascript;base64,${Buffer.from(compileValidatorModule(schema)).toString('base64')}`,
);

async function render(pageIndex: number, formData: unknown, overrides: Partial<FormViewProps> = {}) {
  const props: FormViewProps = {
    schema,
    validateFns: await validateFns,
    uiSchema,
    lang: 'de',
    formData,
    extraErrors: undefined,
    busy: false,
    focus: null,
    pages,
    pageIndex,
    onChange: () => {},
    onPageChange: () => {},
    onSubmit: () => {},
    awaitValidator: () => {},
    ...overrides,
  };
  return renderToStaticMarkup(<FormView {...props} />);
}

describe('the Soest form as a wizard', () => {
  it('shows page 1 only, with the step heading, the steps list and "Weiter" (no "Zurück")', async () => {
    const html = await render(0, {});
    expect(html).toContain('Schritt 1 von 5: Person und Unternehmen');
    expect(html).toContain('id="root_applicant_givenName"');
    expect(html).not.toContain('id="root_business_category"');
    expect(html).not.toContain('id="root_privacy_informationAcknowledged"');
    expect(html.match(/<li aria-current="step">/g)).toHaveLength(1);
    expect(html).toMatch(
      /<li aria-current="step"><span class="kern-body kern-body--bold">Person und Unternehmen/,
    );
    expect(html).toContain('<progress value="1" max="5"');
    expect(html).toContain('>Weiter<');
    expect(html).not.toContain('>Zurück<');
    expect(html).not.toContain('Bewerbung absenden');
  });

  it('shows the conditional ride section on page 2 once a ride category is chosen, in the page’s order', async () => {
    const without = await render(1, { business: { category: 'imbiss' } });
    expect(without).toContain('id="root_business_category"');
    expect(without).not.toContain('id="root_ride_approvalNumber"');
    const withRide = await render(1, { business: { category: 'fahr_erw' } });
    const order = [
      'root_business_category',
      'root_ride_approvalNumber',
      'root_offer',
      'root_environment',
    ].map((id) => withRide.indexOf(`id="${id}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(withRide).not.toContain('id="root_stand"');
    expect(withRide).toContain('>Zurück<');
  });

  it('keeps the repeatable list on page 4 and submits from the last page', async () => {
    const html = await render(3, sample);
    expect(html).toContain('id="root_history_participations_0_year"');
    const last = await render(4, sample);
    expect(last).toContain('Bewerbung absenden');
    expect(last).toContain('id="root_privacy_informationAcknowledged"');
  });

  it('shows page 1 before the validators have arrived; conditional sections wait for them', async () => {
    const html = await render(0, {}, { validateFns: null });
    expect(html).toContain('Schritt 1 von 5: Person und Unternehmen');
    expect(html).toContain('id="root_applicant_givenName"');
    const ride = await render(1, { business: { category: 'fahr_erw' } }, { validateFns: null });
    expect(ride).toContain('id="root_business_category"');
    expect(ride).not.toContain('id="root_ride_approvalNumber"');
  });

  it('ties the submit button to the form from outside it, so the documents’ own forms do not nest', async () => {
    const html = await render(4, sample);
    const formId = html.match(/<form[^>]* id="([^"]+)"/)?.[1];
    expect(formId).toBeDefined();
    expect(html.indexOf('</form>')).toBeLessThan(html.indexOf('Bewerbung absenden'));
    expect(html).toContain(`form="${formId}"`);
  });

  it('shows one page with a submit button when the form has no pages', async () => {
    const html = await render(0, {}, { pages: wizardPages(undefined) });
    expect(html).not.toContain('Schritt');
    expect(html).toContain('id="root_applicant_givenName"');
    expect(html).toContain('id="root_privacy_informationAcknowledged"');
    expect(html).toContain('Bewerbung absenden');
  });

  it('restores a draft on the first page with something missing (precompiled validator)', async () => {
    const validator = await testValidator(schema, 'de');
    const { applicant, company, business, ride, offer, environment } = sample;
    expect(resumePageIndex(pages, validator, schema, { applicant, company })).toBe(1);
    expect(
      resumePageIndex(pages, validator, schema, { applicant, company, business, ride, offer, environment }),
    ).toBe(2);
    expect(resumePageIndex(pages, validator, schema, {})).toBe(0);
    expect(resumePageIndex(pages, validator, schema, sample)).toBe(0);
    expect(formErrors(validator, schema, sample)).toEqual([]);
  });
});
