// Schema version 1 -> 2 (issue 3). v1 had form roles (pointers only), a flat category array and an inline
// statechart. Sections v1 never had (selection, notices, privacy) cannot be invented: a migrated v1 bundle
// is reported as missing them. Documents and fees become empty lists (v1 had none of either).
import { fieldSchemas } from '../schema-fields.ts';

type Raw = Record<string, unknown>;

const FIELD_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/** Upgrades a v1 event-type bundle to v2; unrecognised parts are passed on for validation to report. */
export function eventTypeV1ToV2(v1: Raw): Raw {
  const { categories, form, lifecycle, event, ...rest } = v1;
  const v2: Raw = { ...rest, schemaVersion: 2 };
  if (event !== undefined) v2.event = migrateEvent(event);
  if (form !== undefined) v2.form = migrateForm(form);
  v2.categories = Array.isArray(categories) ? { tree: categories, uniquenessGroups: [] } : categories;
  v2.documents = [];
  v2.fees = [];
  if (lifecycle !== undefined) v2.lifecycle = migrateLifecycle(lifecycle);
  return v2;
}

/** Upgrades a v1 edition to v2: the same fields, no phases. */
export function editionV1ToV2(v1: Raw): Raw {
  return { ...v1, schemaVersion: 2 };
}

function migrateEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  // v1 spelled the non-festgesetzt public-facility event out in full.
  return event.legalType === 'not_festgesetzt_public_facility'
    ? { ...event, legalType: 'public_facility' }
    : event;
}

function migrateForm(form: unknown): unknown {
  if (!isObject(form) || !isObject(form.roles)) return form;
  const { roles, ...rest } = form;
  const fields: Raw = {};
  for (const [name, pointer] of Object.entries(roles)) {
    fields[name] = typeof pointer === 'string' ? { pointer, type: typeAt(form.schema, pointer) } : pointer;
  }
  return { ...rest, fields };
}

/** The JSON type the form schema declares at a pointer; roles were all texts when it declares none. */
function typeAt(schema: unknown, pointer: string): string {
  for (const field of fieldSchemas(schema, pointer)) {
    if (typeof field.type === 'string' && FIELD_TYPES.has(field.type)) return field.type;
  }
  return 'string';
}

function migrateLifecycle(lifecycle: unknown): unknown {
  if (!isObject(lifecycle)) return lifecycle;
  // v1 embedded the chart; v2 names a template core ships (the v1 chart is that template's version 1).
  return {
    template: lifecycle.id,
    version: lifecycle.version,
    options: {},
    guards: [],
    actions: [],
  };
}

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
