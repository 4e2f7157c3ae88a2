import AjvDraft07 from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { rideSample, soestBundle } from './test-fixtures.ts';
import { validateApplicationData } from './validate-application-data.ts';

type Node = Record<string, unknown>;

/** Collects the leaf fields (non-object, non-array) of a form schema as data pointers, with their titles. */
function leafFields(schema: Node, path = ''): { path: string; title: unknown }[] {
  if (schema.type === 'array') return leafFields(schema.items as Node, `${path}/*`);
  if (schema.type !== 'object') return [{ path, title: schema.title }];
  const scopes = [schema, ...((schema.allOf as Node[] | undefined) ?? []).map((part) => part.then as Node)];
  return scopes.flatMap((scope) =>
    Object.entries((scope.properties as Record<string, Node> | undefined) ?? {}).flatMap(([key, child]) =>
      leafFields(child, `${path}/${key}`),
    ),
  );
}

describe('the Soest Allerheiligenkirmes example form', () => {
  const fields = leafFields(soestBundle().form.schema);

  it('is a real form with at least 40 fields, each with a German title', () => {
    expect(fields.length).toBeGreaterThanOrEqual(40);
    expect(fields.filter((field) => typeof field.title !== 'string')).toEqual([]);
  });

  it('measures the stand in metres with two decimals (FORM-1)', () => {
    const lengths = fields.filter((field) => field.path.startsWith('/stand/'));
    expect(lengths.map((field) => field.path)).toEqual([
      '/stand/frontage',
      '/stand/depth',
      '/stand/height',
      '/stand/diameter',
      '/stand/porchDepth',
    ]);
    const stand = (soestBundle().form.schema.properties as Record<string, Node>).stand as Node;
    for (const field of Object.values(stand.properties as Record<string, Node>)) {
      expect(field.multipleOf).toBe(0.01);
    }
  });

  it('asks for the Art. 13 acknowledgement as a checkbox that must be ticked, not as consent (DS-1, DS-2)', () => {
    const privacy = (soestBundle().form.schema.properties as Record<string, Node>).privacy as Node;
    const acknowledgement = (privacy.properties as Record<string, Node>).informationAcknowledged as Node;
    expect(acknowledgement).toMatchObject({ type: 'boolean', const: true });
    expect(acknowledgement.title).toMatch(/zur Kenntnis genommen/);
    expect(acknowledgement.description).toMatch(/keine Einwilligung/);
  });

  it('means the same under draft-07 (the browser form validator) as under 2020-12', () => {
    const draft07 = new AjvDraft07({
      allErrors: true,
      strict: true,
      strictTypes: false,
      multipleOfPrecision: 9,
    });
    addFormats(draft07);
    const validate = draft07.compile(soestBundle().form.schema);
    const broken = rideSample();
    delete broken.ride.lastInspection;
    broken.stand.height = 0.1;
    for (const data of [rideSample(), broken]) {
      validate(data);
      const draft07Paths = (validate.errors ?? [])
        .filter((error) => error.keyword !== 'if')
        .map(
          (error) =>
            error.instancePath + (error.keyword === 'required' ? `/${error.params.missingProperty}` : ''),
        );
      const paths = validateApplicationData(soestBundle(), data).map((issue) => issue.path);
      expect(draft07Paths.sort()).toEqual(paths.sort());
    }
  });
});
