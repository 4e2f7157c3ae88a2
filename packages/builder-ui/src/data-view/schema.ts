import type { Lang } from '../i18n/lang.ts';
import type { SchemaObject } from './types.ts';

/** Type guard for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `$ref` ('#/$defs/x') against the root schema; sibling keywords override the target. */
export function resolveSchema(root: unknown, schema: unknown): SchemaObject {
  let current: SchemaObject = isObject(schema) ? schema : {};
  // A bounded loop instead of recursion: a ref cycle in staff-written schemas must not hang the page.
  for (let hops = 0; hops < 32 && typeof current.$ref === 'string'; hops++) {
    const { $ref, ...siblings } = current;
    const target = $ref.startsWith('#') ? followPointer(root, $ref.slice(1)) : undefined;
    current = { ...(isObject(target) ? target : {}), ...siblings };
  }
  if (typeof current.$ref !== 'string') return current;
  // Still a ref after the hop limit means a cycle: show the value unconstrained rather than loop.
  const { $ref: _cycle, ...rest } = current;
  return rest;
}

function followPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
  }
  return node;
}

/** The schema's value type, inferred from structure when `type` is absent; 'null' is ignored in unions. */
export function schemaType(schema: SchemaObject): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/**
 * Text of a schema/uiSchema title; also accepts `{ de, en }` objects so a bundle that localizes titles
 * in place still reads well (German is the fallback).
 */
export function localizedText(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const text = value[lang] ?? value.de;
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** A property of an object schema and whether it only applies under a condition. */
export interface PropertyEntry {
  key: string;
  schema: unknown;
  conditional: boolean;
}

/**
 * Collects the properties of an object schema, including those added by conditional subschemas
 * (`if`/`then`/`else`, inside `allOf` or not, `dependentSchemas`, `dependencies`, `oneOf`/`anyOf`
 * branches). Unconditional definitions win; among conditional ones the first seen wins.
 */
export function collectProperties(root: unknown, schema: SchemaObject): PropertyEntry[] {
  const found = new Map<string, PropertyEntry>();
  const visit = (node: unknown, conditional: boolean, depth: number): void => {
    if (depth > 16) return;
    const s = resolveSchema(root, node);
    if (isObject(s.properties)) {
      for (const [key, sub] of Object.entries(s.properties)) {
        const known = found.get(key);
        if (!known || (known.conditional && !conditional)) found.set(key, { key, schema: sub, conditional });
      }
    }
    for (const sub of arrayOf(s.allOf)) visit(sub, conditional, depth + 1);
    if (s.if !== undefined) {
      visit(s.then, true, depth + 1);
      visit(s.else, true, depth + 1);
    }
    for (const sub of [...arrayOf(s.oneOf), ...arrayOf(s.anyOf)]) visit(sub, true, depth + 1);
    for (const deps of [s.dependentSchemas, s.dependencies]) {
      if (!isObject(deps)) continue;
      // Array-valued `dependencies` only require other properties; only schema-valued ones add fields.
      for (const sub of Object.values(deps)) if (isObject(sub)) visit(sub, true, depth + 1);
    }
  };
  visit(schema, false, 0);
  return [...found.values()];
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Orders property keys like RJSF: `ui:order` first, `'*'` standing for all unlisted keys in schema order.
 * Unlike RJSF (which refuses to render) unlisted keys without a `'*'` are appended, so no answer is hidden.
 */
export function orderKeys(keys: readonly string[], uiOrder: unknown): string[] {
  if (!Array.isArray(uiOrder)) return [...keys];
  const order = uiOrder.filter((k): k is string => typeof k === 'string');
  const listed = order.filter((k) => k !== '*' && keys.includes(k));
  const rest = keys.filter((k) => !listed.includes(k));
  const star = order.indexOf('*');
  if (star === -1) return [...listed, ...rest];
  const before = order.slice(0, star).filter((k) => listed.includes(k));
  const after = order.slice(star + 1).filter((k) => listed.includes(k));
  return [...before, ...rest, ...after];
}
