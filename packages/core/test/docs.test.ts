// The bundle reference in docs/configuration.md is generated from the meta-schemas; CI fails when it is stale
// (issue 3, "Must show" 3). Regenerate with `node packages/core/scripts/render-docs.mjs`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configurationDoc,
  END_MARKER,
  formatMarkdown,
  readSchemas,
  renderReference,
  replaceReference,
  START_MARKER,
  sectionOrder,
} from '../scripts/render-docs.mjs';

describe('docs/configuration.md', () => {
  it('contains the reference generated from the current meta-schemas (run render-docs.mjs if this fails)', () => {
    const { actual, expected } = configurationDoc();
    expect(
      actual === expected,
      'docs/configuration.md is stale: run node packages/core/scripts/render-docs.mjs',
    ).toBe(true);
  });

  it('keeps the hand-written guide around the markers', () => {
    const { actual } = configurationDoc();
    expect(actual).toMatch(/## Configure a new event type/);
    expect(actual.indexOf(START_MARKER)).toBeLessThan(actual.indexOf(END_MARKER));
  });
});

describe('render-docs', () => {
  const schemas = readSchemas();
  const reference = renderReference(schemas);

  it('documents every schema file and every property with its description', () => {
    for (const file of Object.keys(schemas))
      expect(reference).toContain(`packages/core/schemas/${file}.schema.json`);
    const fees = schemas.fees as {
      $defs: { feeItem: { properties: Record<string, { description?: string }> } };
    };
    for (const [name, property] of Object.entries(fees.$defs.feeItem.properties)) {
      expect(reference).toContain(`| \`${name}\` |`);
      if (property.description) expect(reference).toContain(property.description.slice(0, 40));
    }
  });

  it('lists enum values and starts with the bundle, then its sections in property order', () => {
    expect(reference).toContain(
      'one of `space`, `supply_electricity`, `supply_water`, `waste`, `advertising_share`, `other`',
    );
    const order = sectionOrder(schemas);
    expect(order[0]).toBe('event-type');
    expect(order.slice(1, 4)).toEqual(['event', 'form', 'categories']);
  });

  it('is deterministic', () => {
    expect(renderReference(readSchemas())).toBe(reference);
  });

  it('notices a description change (the staleness check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'festplatz-docs-'));
    const doc = join(dir, 'configuration.md');
    writeFileSync(
      doc,
      formatMarkdown(replaceReference(`# Doc\n\n${START_MARKER}\n${END_MARKER}\n`, reference)),
    );
    const fresh = configurationDoc({ docFile: doc });
    expect(fresh.actual).toBe(fresh.expected);
    const changed = structuredClone(schemas) as Record<string, { description?: string }>;
    (changed.fees as { description?: string }).description = 'Changed description.';
    const stale = replaceReference(readFileSync(doc, 'utf8'), renderReference(changed));
    expect(stale).not.toBe(fresh.actual);
    expect(stale).toContain('Changed description.');
  });

  it('refuses a document without markers', () => {
    expect(() => replaceReference('# No markers\n', reference)).toThrow(/reference:start/);
  });
});
