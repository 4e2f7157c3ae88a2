import { describe, expect, it } from 'vitest';
import { buildDataView } from './build.ts';
import fixture from './fixtures/kirmes-form.json' with { type: 'json' };
import type { DataViewField, DataViewList, DataViewNode, DataViewSection } from './types.ts';

// A trimmed-down Kirmes application form (JSON, as the bundle ships it): nested objects, an array of rides,
// a consent boolean, oneOf option titles, a $ref, and conditional sections in allOf (if/then).
const { schema, uiSchema, data } = fixture;

function byPointer(nodes: DataViewNode[], pointer: string): DataViewNode | undefined {
  for (const node of nodes) {
    if (node.pointer === pointer) return node;
    const children = node.kind === 'section' ? node.children : node.kind === 'list' ? node.entries : [];
    const found = byPointer(children, pointer);
    if (found) return found;
  }
  return undefined;
}

function text(nodes: DataViewNode[], pointer: string): string | undefined {
  const node = byPointer(nodes, pointer);
  return node?.kind === 'field' ? node.text : undefined;
}

describe('buildDataView', () => {
  const de = buildDataView({ schema, uiSchema, data, lang: 'de' });

  it('orders top-level entries by ui:order with the * wildcard', () => {
    expect(de.map((n) => n.pointer)).toEqual([
      '/applicant',
      '/company',
      '/business',
      '/hasCompany',
      '/consent',
    ]);
  });

  it('renders nested objects as titled sections one level deeper, resolving $ref', () => {
    const applicant = byPointer(de, '/applicant') as DataViewSection;
    expect(applicant).toMatchObject({ kind: 'section', title: 'Antragsteller/in', level: 1 });
    const address = byPointer(de, '/applicant/address') as DataViewSection;
    expect(address).toMatchObject({ kind: 'section', title: 'Anschrift', level: 2 });
    expect(address.children.map((c) => (c as DataViewField).label)).toEqual(['Straße', 'Ort']);
    expect(text(de, '/applicant/address/city')).toBe('Soest');
  });

  it('shows an em dash for missing answers and marks them missing', () => {
    expect(byPointer(de, '/applicant/address/street')).toMatchObject({ text: '—', missing: true });
  });

  it('uses the oneOf const title instead of the code', () => {
    expect(text(de, '/business/category')).toBe('Fahrgeschäft für Erwachsene');
  });

  it('renders booleans as Ja/Nein and in English as Yes/No', () => {
    expect(text(de, '/consent')).toBe('Ja');
    expect(text(de, '/business/rides/0/tuev')).toBe('Ja');
    const en = buildDataView({ schema, uiSchema, data: { ...data, consent: false }, lang: 'en' });
    expect(text(en, '/consent')).toBe('No');
  });

  it('renders arrays of objects as numbered entries', () => {
    const rides = byPointer(de, '/business/rides') as DataViewList;
    expect(rides.kind).toBe('list');
    expect(rides.entries.map((e) => [e.title, e.level])).toEqual([
      ['Fahrgeschäft 1', 3],
      ['Fahrgeschäft 2', 3],
    ]);
    expect(text(de, '/business/rides/1/name')).toBe('Breakdance');
    expect(text(de, '/business/rides/1/tuev')).toBe('—');
  });

  it('renders lists of plain values on one line using ui:enumNames', () => {
    expect(text(de, '/business/extras')).toBe('Losbude, Kinderkarussell');
  });

  it('formats numbers and calendar dates for the language', () => {
    expect(text(de, '/business/frontage')).toBe('12,5');
    expect(text(de, '/applicant/birthDate')).toBe('31.05.1970');
    const en = buildDataView({ schema, uiSchema, data, lang: 'en' });
    expect(text(en, '/business/frontage')).toBe('12.5');
  });

  it('shows an if/then section only when the data has it', () => {
    expect(byPointer(de, '/company')).toMatchObject({ kind: 'section', title: 'Firma' });
    expect(text(de, '/company/name')).toBe('Mustermann Schausteller GmbH');
    const { company: _, ...withoutCompany } = data;
    const view = buildDataView({
      schema,
      uiSchema,
      data: { ...withoutCompany, hasCompany: false },
      lang: 'de',
    });
    expect(byPointer(view, '/company')).toBeUndefined();
    expect(byPointer(view, '/food')).toBeUndefined();
    expect(text(view, '/hasCompany')).toBe('Nein');
  });

  it('keeps unconditional sections with all answers missing when data is empty', () => {
    const view = buildDataView({ schema, data: {}, lang: 'de' });
    expect(view.map((n) => n.pointer)).toEqual(['/applicant', '/business', '/hasCompany', '/consent']);
    expect(text(view, '/business/rides')).toBe('—');
    expect(text(view, '/applicant/givenName')).toBe('—');
  });

  it('falls back to the property key when there is no title and prefers ui:title', () => {
    const view = buildDataView({
      schema: {
        type: 'object',
        properties: { pitch: { type: 'string' }, note: { type: 'string', title: 'x' } },
      },
      uiSchema: { note: { 'ui:title': 'Bemerkung' } },
      data: { pitch: 'A7' },
      lang: 'de',
    });
    expect(view).toEqual([
      { kind: 'field', pointer: '/pitch', label: 'pitch', text: 'A7', missing: false },
      { kind: 'field', pointer: '/note', label: 'Bemerkung', text: '—', missing: true },
    ]);
  });

  it('skips hidden widgets and shows data that does not fit the schema verbatim', () => {
    const view = buildDataView({
      schema: {
        type: 'object',
        properties: { secret: { type: 'string' }, address: { type: 'object', properties: { city: {} } } },
      },
      uiSchema: { secret: { 'ui:widget': 'hidden' } },
      data: { secret: 'x', address: 'Soest, Markt 1' },
      lang: 'de',
    });
    expect(view).toEqual([
      { kind: 'field', pointer: '/address', label: 'address', text: 'Soest, Markt 1', missing: false },
    ]);
  });

  it('does not loop on a recursive schema', () => {
    const tree = {
      type: 'object',
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } },
      properties: { root: { $ref: '#/$defs/node' } },
    };
    const view = buildDataView({ schema: tree, data: {}, lang: 'de' });
    expect(view[0]?.kind).toBe('section');
  });
});
