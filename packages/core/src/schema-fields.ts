import { parsePointer } from './json-pointer.ts';

type SchemaObject = Record<string, unknown>;

/** Decides whether data matches an `if` schema; when given, only the branches that apply are walked. */
export type ConditionCheck = (ifSchema: unknown, value: unknown) => boolean;

/**
 * Finds the schemas that define the field a data pointer designates, looking through `properties` and
 * the `then`/`else` branches of `allOf` conditionals (how forms reveal fields). With `applies` and the
 * data, only branches whose condition the data meets count, so a field hidden by its condition is absent.
 */
export function fieldSchemas(
  schema: unknown,
  pointer: string,
  conditions?: { applies: ConditionCheck; data: unknown },
): SchemaObject[] {
  let current: { schema: SchemaObject; value: unknown }[] = isObject(schema)
    ? [{ schema, value: conditions?.data }]
    : [];
  for (const token of parsePointer(pointer)) {
    const next: { schema: SchemaObject; value: unknown }[] = [];
    for (const { schema: node, value } of current) {
      const child = isObject(value) ? value[token] : undefined;
      for (const scope of scopesOf(node, value, conditions?.applies)) {
        const properties = scope.properties;
        if (isObject(properties) && isObject(properties[token])) {
          next.push({ schema: properties[token], value: child });
        }
      }
    }
    current = next;
  }
  return current.map((entry) => entry.schema);
}

/** The schema itself plus the conditional branches of its `allOf` that (may) apply. */
function scopesOf(node: SchemaObject, value: unknown, applies: ConditionCheck | undefined): SchemaObject[] {
  const scopes = [node];
  const allOf = Array.isArray(node.allOf) ? node.allOf : [];
  for (const part of allOf) {
    if (!isObject(part)) continue;
    scopes.push(part);
    const matches = applies && 'if' in part ? applies(part.if, value) : undefined;
    if (isObject(part.then) && matches !== false) scopes.push(part.then);
    if (isObject(part.else) && matches !== true) scopes.push(part.else);
  }
  return scopes;
}

function isObject(value: unknown): value is SchemaObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
