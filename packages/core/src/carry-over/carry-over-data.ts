// Apply again (issue 5): last year's answers as the start of this year's form, but only what the new form still
// asks for, and never a declaration the applicant has to make anew (DS-1, DS-2: the Art. 13 acknowledgement and
// the separate, unticked consents belong to this one submission).

/** The parts of a JSON Schema that decide what is carried over. */
interface SchemaShape {
  type?: unknown;
  const?: unknown;
  enum?: unknown[];
  oneOf?: SchemaShape[];
  anyOf?: SchemaShape[];
  allOf?: SchemaShape[];
  then?: SchemaShape;
  else?: SchemaShape;
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `data` of an earlier application reduced to what `schema` (the new edition's form) accepts: properties the
 * form no longer knows are dropped, as are values no longer offered (a removed choice) or of the wrong type, and
 * every declaration block (an object with a confirmation, i.e. a boolean property that must be `true`, such as
 * the Art. 13 acknowledgement, together with the consents beside it). Returns `{}` when nothing is left.
 */
export function carryOverData(schema: object, data: unknown): Record<string, Json> {
  const carried = carry([schema as SchemaShape], data);
  return isRecord(carried) ? (carried as Record<string, Json>) : {};
}

/** `value` checked against the schemas that describe it (the first is its own definition); undefined: drop it. */
function carry(schemas: SchemaShape[], value: unknown): Json | undefined {
  const own = schemas[0] ?? {};
  if (Array.isArray(value)) {
    if (!allows(own, 'array')) return undefined;
    const items = schemas.flatMap((s) => (s.items ? [s.items] : []));
    return value.map((item) => carry(items, item)).filter((item): item is Json => item !== undefined);
  }
  if (isRecord(value)) {
    if (!allows(own, 'object') || schemas.some(isDeclarationBlock)) return undefined;
    const known = propertySchemas(schemas);
    const result: Record<string, Json> = {};
    for (const [key, child] of Object.entries(value)) {
      const childSchemas = known.get(key);
      const kept = childSchemas ? carry(childSchemas, child) : undefined;
      if (kept !== undefined) result[key] = kept;
    }
    return result;
  }
  return leafAccepted(own, value) ? (value as Json) : undefined;
}

/** Whether the schema's `type` (if any) admits this JSON type. */
function allows(schema: SchemaShape, type: string): boolean {
  const { type: declared } = schema;
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? declared : [declared];
  // Every integer is a number; a number with a fraction is not an integer.
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A scalar: the right type, and one of the offered values when the form names them (`enum`, `oneOf` consts). */
function leafAccepted(schema: SchemaShape, value: unknown): boolean {
  // A fixed value is a confirmation ("I have read ...") or a marker, never an answer to carry over.
  if (schema.const !== undefined) return false;
  if (!allows(schema, jsonType(value))) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  const offered = (schema.oneOf ?? schema.anyOf ?? []).filter((option) => option.const !== undefined);
  if (offered.length > 0 && !offered.some((option) => option.const === value)) return false;
  return true;
}

/** An object holding a confirmation: a boolean property that the form requires to be `true`. */
function isDeclarationBlock(schema: SchemaShape): boolean {
  return Object.values(schema.properties ?? {}).some(
    (property) => property.type === 'boolean' && property.const === true,
  );
}

/**
 * Every property the schemas describe, unconditional ones first, then those of conditional sections
 * (`allOf`/`anyOf`/`oneOf` members and their `then`/`else`), which the Soest form uses for the ride details.
 */
function propertySchemas(schemas: SchemaShape[]): Map<string, SchemaShape[]> {
  const found = new Map<string, SchemaShape[]>();
  const visit = (schema: SchemaShape | undefined) => {
    if (!schema) return;
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      found.set(key, [...(found.get(key) ?? []), property]);
    }
    for (const member of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
      visit(member);
    visit(schema.then);
    visit(schema.else);
  };
  for (const schema of schemas) visit(schema);
  return found;
}
