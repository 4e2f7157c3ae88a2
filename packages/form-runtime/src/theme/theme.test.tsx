import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorSchemaFromPointers } from '../api/pointer.ts';
import { testValidator } from '../validation/test-validator.ts';
import { kernTheme } from './index.ts';

const schema: RJSFSchema = {
  type: 'object',
  title: 'Bewerbung',
  required: ['applicant', 'consent'],
  properties: {
    applicant: {
      type: 'object',
      title: 'Antragsteller',
      required: ['givenName', 'email'],
      properties: {
        givenName: { type: 'string', title: 'Vorname' },
        email: {
          type: 'string',
          format: 'email',
          title: 'E-Mail',
          description: 'Für die Eingangsbestätigung',
        },
        phone: { type: 'string', title: 'Telefon' },
      },
    },
    business: {
      type: 'object',
      title: 'Geschäft',
      properties: {
        category: { type: 'string', title: 'Kategorie', enum: ['fahr', 'imbiss'] },
        kind: { type: 'string', title: 'Art', enum: ['a', 'b'] },
        notes: { type: 'string', title: 'Bemerkungen' },
      },
    },
    staff: {
      type: 'array',
      title: 'Personal',
      items: { type: 'object', title: 'Person', properties: { name: { type: 'string', title: 'Name' } } },
    },
    consent: { type: 'boolean', const: true, title: 'Ich willige ein', description: 'Datenschutzhinweis …' },
  },
};

const validators = { de: await testValidator(schema, 'de'), en: await testValidator(schema, 'en') };

const uiSchema: UiSchema = {
  business: {
    kind: { 'ui:widget': 'radio' },
    notes: { 'ui:widget': 'textarea', 'ui:help': 'Freiwillige Angaben' },
  },
};

function render(props: { lang?: 'de' | 'en'; extraErrors?: ErrorSchema; formData?: unknown } = {}): string {
  const lang = props.lang ?? 'de';
  return renderToStaticMarkup(
    <Form
      schema={schema}
      uiSchema={uiSchema}
      validator={validators[lang]}
      formContext={{ lang }}
      formData={props.formData}
      extraErrors={props.extraErrors}
      experimental_defaultFormStateBehavior={{ constAsDefaults: 'never' }}
      noHtml5Validate
      showErrorList="top"
      {...kernTheme}
    />,
  );
}

/** The opening tag of the element with this id (static markup is flat enough to find it by regex). */
function tagWithId(html: string, id: string): string {
  const match = html.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`));
  if (!match) throw new Error(`no element with id ${id}`);
  return match[0];
}

describe('kernTheme markup', () => {
  it('renders text inputs as kern-form-input with the label bound to the input id', () => {
    const html = render();
    expect(html).toContain(
      '<div class="kern-form-input"><label class="kern-label" for="root_applicant_givenName">',
    );
    expect(tagWithId(html, 'root_applicant_givenName')).toContain('class="kern-form-input__input"');
  });

  it('marks required fields with * in the label and optional ones with kern-label__optional', () => {
    const html = render();
    expect(html).toMatch(
      /for="root_applicant_givenName">Vorname<span class="festplatz-required" aria-hidden="true"> \*<\/span>/,
    );
    expect(html).toMatch(
      /for="root_applicant_phone">Telefon <span class="kern-label__optional">\(optional\)<\/span>/,
    );
    expect(tagWithId(html, 'root_applicant_givenName')).toContain('required=""');
  });

  it('renders the description as kern-hint referenced by aria-describedby', () => {
    const html = render();
    expect(html).toContain(
      '<div class="kern-hint" id="root_applicant_email__description">Für die Eingangsbestätigung</div>',
    );
    expect(tagWithId(html, 'root_applicant_email')).toContain(
      'aria-describedby="root_applicant_email__description"',
    );
    // no dangling references where nothing is described
    expect(tagWithId(html, 'root_applicant_givenName')).not.toContain('aria-describedby');
  });

  it('references the ui:help hint from the control', () => {
    const html = render();
    expect(html).toContain('<div class="kern-hint" id="root_business_notes__help">Freiwillige Angaben</div>');
    expect(tagWithId(html, 'root_business_notes')).toContain('aria-describedby="root_business_notes__help"');
    expect(tagWithId(html, 'root_business_notes')).toMatch(/^<textarea /);
  });

  it('shows a field error as kern-error, referenced first in aria-describedby, with aria-invalid', () => {
    const html = render({
      extraErrors: errorSchemaFromPointers([{ pointer: '/applicant/email', message: 'Adresse unbekannt' }]),
    });
    const input = tagWithId(html, 'root_applicant_email');
    expect(input).toContain(
      'aria-describedby="root_applicant_email__error root_applicant_email__description"',
    );
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('kern-form-input__input--error');
    expect(html).toContain('class="kern-form-input kern-form-input--error"');
    expect(tagWithId(html, 'root_applicant_email__error')).toBe(
      '<p class="kern-error" id="root_applicant_email__error">',
    );
    expect(html).toContain('Adresse unbekannt');
  });

  it('renders nested objects as kern-fieldset with a legend, and the root without one', () => {
    const html = render();
    expect(html).toContain(
      '<fieldset class="kern-fieldset" id="root_applicant"><legend class="kern-label kern-label--large" id="root_applicant__title">Antragsteller</legend>',
    );
    expect(html).toContain('<div class="festplatz-form-body" id="root">');
    expect(html).not.toContain('>Bewerbung</legend>');
  });

  it('starts a const:true consent checkbox unticked (DS-1) as a kern-form-check', () => {
    const html = render();
    const box = tagWithId(html, 'root_consent');
    expect(box).toContain('type="checkbox"');
    expect(box).toContain('class="kern-form-check__checkbox"');
    expect(box).not.toContain('checked');
    expect(html).toMatch(
      /<div class="kern-form-check"><input type="checkbox" id="root_consent"[^>]*><label class="kern-label" for="root_consent">Ich willige ein/,
    );
    // the consent text comes before the box and describes it
    expect(html.indexOf('id="root_consent__description"')).toBeLessThan(html.indexOf('id="root_consent"'));
    expect(box).toContain('aria-describedby="root_consent__description"');
  });

  it('ticks the consent checkbox only when the data says true', () => {
    expect(tagWithId(render({ formData: { consent: true } }), 'root_consent')).toContain('checked=""');
  });

  it('renders selects inside kern-form-input__select-wrapper with a please-select option', () => {
    const html = render();
    expect(html).toMatch(
      /<div class="kern-form-input__select-wrapper"><select id="root_business_category" name="root_business_category" class="kern-form-input__select"/,
    );
    expect(html).toContain('<option value="" selected="">Bitte auswählen</option>');
  });

  it('renders radios as kern-form-check in a fieldset with legend', () => {
    const html = render();
    expect(html).toMatch(
      /<fieldset class="kern-fieldset"><legend class="kern-label">Art <span class="kern-label__optional">/,
    );
    const radio = tagWithId(html, 'root_business_kind-0');
    expect(radio).toContain('type="radio"');
    expect(radio).toContain('class="kern-form-check__radio"');
    expect(radio).toContain('name="root_business_kind"');
    expect(html).toContain('<div class="kern-form-check"><input type="radio" id="root_business_kind-0"');
    expect(html).toContain('<label class="kern-label" for="root_business_kind-1">b</label>');
  });

  it('names array buttons after what they add and remove', () => {
    const html = render({ formData: { staff: [{ name: 'A' }, { name: 'B' }] } });
    expect(html).toMatch(
      /<button type="button" id="root_staff__add" class="kern-btn kern-btn--secondary">.*?Person hinzufügen<\/span><\/button>/,
    );
    expect(html).toMatch(
      /id="root_staff_1__remove" class="kern-btn kern-btn--tertiary">.*?Person 2 entfernen</,
    );
    expect(html).toContain('<legend class="kern-label kern-label--large">Personal</legend>');
  });

  it('shows the error summary as a KERN danger alert with links to the fields', () => {
    const html = render({
      extraErrors: errorSchemaFromPointers([
        { pointer: '/applicant/email', message: 'Adresse unbekannt' },
        { pointer: '', message: 'Zu spät' },
      ]),
    });
    expect(html).toMatch(
      /^<form[^>]*><div class="kern-alert kern-alert--danger festplatz-error-summary" role="alert">/,
    );
    expect(html).toContain('<h2 class="kern-title">Bitte prüfen Sie Ihre Angaben</h2>');
    expect(html).toContain('<a class="kern-link" href="#root_applicant_email">E-Mail: Adresse unbekannt</a>');
    expect(html).toContain('<a class="kern-link" href="#root">Bewerbung: Zu spät</a>');
  });

  it('uses the KERN primary submit button with the catalog text', () => {
    expect(render()).toContain(
      '<button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">Bewerbung absenden</span></button>',
    );
  });

  it('speaks English when formContext.lang is en', () => {
    const html = render({ lang: 'en', formData: { staff: [{}] } });
    expect(html).toContain('Submit application');
    expect(html).toContain('>Please select</option>');
    expect(html).toContain('Add Person');
    expect(html).toContain('Remove Person 1');
    expect(html).not.toContain('Bitte auswählen');
  });
});
