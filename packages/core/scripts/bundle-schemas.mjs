// Composes a meta-schema and the section files it references by relative `$ref` into one self-contained
// schema (every referenced file becomes a `$defs` entry). Pure: the caller passes the parsed files, so the
// generator, the validator compiler and the staleness tests all bundle the same way.

/** Base name of a schema file: `fees.schema.json` -> `fees`. */
const keyOf = (file) => file.replace(/\.schema\.json$/, '');

/**
 * Bundles `root` (a base name such as `event-type`) with the files it references, transitively.
 * `files` maps base names to parsed schemas. With `localizedAs`, references to `localized.schema.json`
 * become `{ tsType: localizedAs }` (json-schema-to-typescript then uses the shared `Localized` type).
 */
export function bundleSchema(root, files, { localizedAs } = {}) {
  const defs = {};
  const pending = [root];
  const seen = new Set([root]);
  let bundled;
  while (pending.length > 0) {
    const key = pending.shift();
    const schema = files[key];
    if (schema === undefined) throw new Error(`bundleSchema: no schema file ${key}.schema.json`);
    const isRoot = key === root;
    const rewritten = rewrite(
      schema,
      key,
      isRoot,
      (ref) => {
        if (!seen.has(ref)) {
          seen.add(ref);
          pending.push(ref);
        }
      },
      localizedAs,
    );
    const { $defs: ownDefs = {}, ...body } = rewritten;
    for (const [name, def] of Object.entries(ownDefs)) defs[isRoot ? name : `${key}__${name}`] = def;
    if (isRoot) bundled = body;
    else {
      delete body.$schema;
      delete body.$id;
      defs[key] = body;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((name) => [name, defs[name]]),
  );
  return Object.keys(sorted).length > 0 ? { ...bundled, $defs: sorted } : bundled;
}

function rewrite(node, key, isRoot, reference, localizedAs) {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, key, isRoot, reference, localizedAs));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  // For types, a `$ref` with sibling keywords (`description`) makes json-schema-to-typescript emit a
  // numbered copy of the referenced type (`NoticeTemplate1`); the referenced schema documents itself.
  const entries =
    localizedAs && typeof node.$ref === 'string' && !isLocalizedRef(node.$ref)
      ? [['$ref', node.$ref]]
      : Object.entries(node);
  for (const [name, value] of entries) {
    if (name === '$ref' && typeof value === 'string') {
      const target = resolveRef(value, key, isRoot);
      if (target.file !== key) {
        if (localizedAs && target.file === 'localized' && target.def === null) {
          out.tsType = localizedAs;
          continue;
        }
        reference(target.file);
      }
      out.$ref = target.pointer;
    } else if (
      localizedAs &&
      name === 'allOf' &&
      Array.isArray(value) &&
      value.every((part) => 'if' in part)
    ) {
      // Conditional requirements (`if kind = history then history is required`) cannot be expressed as
      // TypeScript types; json-schema-to-typescript would emit confusing aliases for them.
    } else {
      out[name] = rewrite(value, key, isRoot, reference, localizedAs);
    }
  }
  return out;
}

function isLocalizedRef(ref) {
  return ref === 'localized.schema.json';
}

function resolveRef(ref, key, isRoot) {
  const [filePart, fragment = ''] = ref.split('#');
  const file = filePart === '' ? key : keyOf(filePart);
  const match = /^\/\$defs\/([^/]+)$/.exec(fragment);
  if (fragment !== '' && !match) throw new Error(`bundleSchema: unsupported $ref ${ref} in ${key}`);
  const def = match ? match[1] : null;
  const fileIsRoot = file === key ? isRoot : false;
  let pointer;
  if (def === null) pointer = fileIsRoot ? '#' : `#/$defs/${file}`;
  else pointer = fileIsRoot ? `#/$defs/${def}` : `#/$defs/${file}__${def}`;
  return { file, def, pointer };
}
