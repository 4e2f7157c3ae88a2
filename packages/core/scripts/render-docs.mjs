// Renders the bundle reference of docs/configuration.md from the meta-schemas' titles and descriptions
// (packages/core/schemas/*.schema.json), between the markers <!-- reference:start --> and
// <!-- reference:end -->. The rendering is generic (it walks whatever the schema files contain) and
// deterministic, so the staleness test (test/docs.test.ts) can compare the committed file byte for byte.
//
// Usage: node packages/core/scripts/render-docs.mjs           rewrites docs/configuration.md
//        node packages/core/scripts/render-docs.mjs --check   exits 1 when the file is stale
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const CONFIGURATION_DOC = fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const START_MARKER = '<!-- reference:start -->';
export const END_MARKER = '<!-- reference:end -->';

/** The top-level document whose sections come first, in the order of its properties. */
const ROOT = 'event-type';

/** Reads every `*.schema.json` under `dir` as `{ [base name]: schema }`, sorted by name. */
export function readSchemas(dir = SCHEMAS_DIR) {
  const schemas = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()) {
    schemas[file.slice(0, -'.schema.json'.length)] = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  }
  return schemas;
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Makes text safe for one Markdown table cell. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** Splits a `$ref` into the schema file it points to (base name) and the `$defs` name, if any. */
function parseRef(ref, currentFile) {
  const [file, fragment] = ref.split('#');
  const target = file ? file.replace(/^.*\//, '').replace(/\.schema\.json$/, '') : currentFile;
  const def = fragment?.startsWith('/$defs/') ? fragment.slice('/$defs/'.length) : null;
  return { file: target, def };
}

/**
 * Root properties that are sections: those referencing a schema file no other root property references
 * (so shared files such as the localized text are not mistaken for a section), as `{ file: property }`.
 */
function sectionProperties(schemas) {
  const byFile = new Map();
  for (const [name, property] of Object.entries(schemas[ROOT]?.properties ?? {})) {
    if (typeof property?.$ref !== 'string') continue;
    const { file, def } = parseRef(property.$ref, ROOT);
    if (def || file === ROOT) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), name]);
  }
  return new Map([...byFile].filter(([, names]) => names.length === 1).map(([file, [name]]) => [file, name]));
}

/** Section order: the root, its sections in property order, then every other schema file by name. */
export function sectionOrder(schemas) {
  const order = [];
  const add = (name) => {
    if (name in schemas && !order.includes(name)) order.push(name);
  };
  add(ROOT);
  for (const file of sectionProperties(schemas).keys()) add(file);
  for (const name of Object.keys(schemas).sort()) add(name);
  return order;
}

const anchorOf = (file, def) => (def ? `schema-${slug(file)}-${slug(def)}` : `schema-${slug(file)}`);

function titleOf(schemas, file, def) {
  const node = def ? schemas[file]?.$defs?.[def] : schemas[file];
  return node?.title ?? def ?? file;
}

/** A reference to another schema (or `$defs` entry) as a link to its section. */
function refLink(schemas, ref, currentFile) {
  const { file, def } = parseRef(ref, currentFile);
  return `[${titleOf(schemas, file, def)}](#${anchorOf(file, def)})`;
}

function resolveRef(schemas, ref, currentFile) {
  const { file, def } = parseRef(ref, currentFile);
  return def ? schemas[file]?.$defs?.[def] : schemas[file];
}

/** True when a node is an object with its own properties table (rendered as a sub-table). */
const hasTable = (node) =>
  isObject(node) && isObject(node.properties) && Object.keys(node.properties).length > 0;

/**
 * The "Type" column for a schema node. `path` names the node for sub-table links; `nested` collects the
 * inline objects that get their own sub-table.
 */
function typeOf(schemas, node, ctx, path) {
  if (!isObject(node)) return node === true ? 'any' : 'nothing';
  if (typeof node.$ref === 'string') return refLink(schemas, node.$ref, ctx.file);
  if ('const' in node) return `constant ${code(node.const)}`;
  if (Array.isArray(node.enum)) return `one of ${node.enum.map(code).join(', ')}`;
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(node[key])) {
      return node[key]
        .map((variant, i) => typeOf(schemas, variant, ctx, `${path} (variant ${i + 1})`))
        .join(' or ');
    }
  }
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.includes('array') || node.items) {
    const items = node.items ? typeOf(schemas, node.items, ctx, `${path}[]`) : 'any';
    const limits =
      node.minItems === node.maxItems && node.minItems !== undefined ? ` (exactly ${node.minItems})` : '';
    return `list of ${items}${limits}`;
  }
  if (hasTable(node)) {
    ctx.nested.push({ path, node });
    return `object, see [${path}](#${ctx.anchor}-${slug(path)})`;
  }
  if (types.includes('object') || isObject(node.additionalProperties)) {
    if (isObject(node.additionalProperties)) {
      const key = node.propertyNames?.pattern ? ` (keys ${code(node.propertyNames.pattern)})` : '';
      return `map${key} of ${typeOf(schemas, node.additionalProperties, ctx, `${path}{}`)}`;
    }
    return 'object';
  }
  return types.length > 0 ? types.join(' or ') : 'any';
}

/** Constraints worth telling a clerk: ranges, lengths, patterns, defaults. */
function constraintsOf(node) {
  if (!isObject(node)) return '';
  const parts = [];
  if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
  if (node.maximum !== undefined) parts.push(`≤ ${node.maximum}`);
  if (node.exclusiveMaximum !== undefined) parts.push(`< ${node.exclusiveMaximum}`);
  if (node.minLength !== undefined) parts.push(`at least ${plural(node.minLength, 'character')}`);
  if (node.maxLength !== undefined) parts.push(`at most ${plural(node.maxLength, 'character')}`);
  if (node.minItems !== undefined && node.minItems !== node.maxItems)
    parts.push(`at least ${plural(node.minItems, 'item')}`);
  if (node.maxItems !== undefined && node.minItems !== node.maxItems)
    parts.push(`at most ${plural(node.maxItems, 'item')}`);
  if (node.uniqueItems) parts.push('no duplicates');
  if (node.pattern) parts.push(`pattern ${code(node.pattern)}`);
  if (node.format) parts.push(`format ${code(node.format)}`);
  if ('default' in node) parts.push(`default ${code(node.default)}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Describes `allOf: [{ if, then }]` rules in words where they follow the usual "when X is v, Y is required" shape. */
function conditionalNotes(node) {
  const notes = [];
  for (const part of Array.isArray(node.allOf) ? node.allOf : []) {
    if (!isObject(part?.if) || !isObject(part?.then)) continue;
    const when = Object.entries(part.if.properties ?? {})
      .map(([key, value]) => {
        if (isObject(value) && 'const' in value) return `${code(key)} is ${code(value.const)}`;
        if (isObject(value) && Array.isArray(value.enum))
          return `${code(key)} is one of ${value.enum.map(code).join(', ')}`;
        return `${code(key)} matches ${code(value)}`;
      })
      .join(' and ');
    const then = Array.isArray(part.then.required)
      ? `${part.then.required.map(code).join(', ')} ${part.then.required.length === 1 ? 'is' : 'are'} required`
      : `the data must match ${code(part.then)}`;
    notes.push(`- When ${when || code(part.if)}: ${then}.`);
  }
  return notes;
}

/** One properties table plus the sub-tables of its inline objects, depth first. */
function renderTable(schemas, node, ctx, path) {
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  const lines = ['| Property | Type | Required | Description |', '| --- | --- | --- | --- |'];
  const nestedStart = ctx.nested.length;
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    const target =
      isObject(child) && typeof child.$ref === 'string' ? resolveRef(schemas, child.$ref, ctx.file) : null;
    const description = child?.description ?? target?.description ?? '';
    lines.push(
      `| ${code(name)} | ${cell(typeOf(schemas, child, ctx, childPath))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(description + constraintsOf(child))} |`,
    );
  }
  if (isObject(node.additionalProperties)) {
    lines.push(
      `| *(any other name)* | ${cell(typeOf(schemas, node.additionalProperties, ctx, `${path}{}`))} | no | ${cell(node.additionalProperties.description ?? (node.propertyNames?.pattern ? `Names match ${code(node.propertyNames.pattern)}.` : ''))} |`,
    );
  }
  const notes = conditionalNotes(node);
  const out = [lines.join('\n')];
  if (notes.length > 0) out.push(notes.join('\n'));
  out.push(...renderNested(schemas, ctx, nestedStart));
  return out.join('\n\n');
}

/** Sub-tables for the inline objects collected since `from` (rendering them may collect more). */
function renderNested(schemas, ctx, from) {
  const out = [];
  for (const entry of ctx.nested.splice(from)) {
    out.push(
      `<a id="${ctx.anchor}-${slug(entry.path)}"></a>\n\n#### ${code(entry.path)}`,
      ...(entry.node.description ? [entry.node.description] : []),
      renderTable(schemas, entry.node, ctx, entry.path),
    );
  }
  return out;
}

/** The body for one schema node (file root or `$defs` entry): its table, list item type or variants. */
function renderNode(schemas, node, ctx, path) {
  if (hasTable(node)) return renderTable(schemas, node, ctx, path);
  const variants = node.oneOf ?? node.anyOf;
  const out = Array.isArray(variants)
    ? [
        'One of:',
        variants
          .map((variant, i) => `- ${typeOf(schemas, variant, ctx, `${path} (variant ${i + 1})`)}`)
          .join('\n'),
      ]
    : [`Type: ${typeOf(schemas, node, ctx, path || 'item')}${constraintsOf(node)}.`];
  out.push(...renderNested(schemas, ctx, 0));
  return out.join('\n\n');
}

/** The generated reference (Markdown), without the markers. */
export function renderReference(schemas) {
  const order = sectionOrder(schemas);
  const sections = sectionProperties(schemas);
  const propertyOf = (file) => sections.get(file);
  const out = [
    '_Generated from `packages/core/schemas/*.schema.json` by `node packages/core/scripts/render-docs.mjs`; do not edit by hand._',
    '',
    'Sections:',
    ...order.map((file) => `- [${titleOf(schemas, file)}](#${anchorOf(file)}) (\`${file}.schema.json\`)`),
  ];
  for (const file of order) {
    const schema = schemas[file];
    const property = file === ROOT ? null : propertyOf(file);
    const anchor = anchorOf(file);
    out.push(
      '',
      `<a id="${anchor}"></a>`,
      '',
      `### ${schema.title ?? file}${property ? ` (\`${property}\`)` : ''}`,
      '',
      `File: \`packages/core/schemas/${file}.schema.json\``,
    );
    if (schema.description) out.push('', schema.description);
    out.push(
      '',
      renderNode(schemas, schema, { file, anchor, nested: [] }, file === ROOT ? '' : (property ?? '')),
    );
    for (const [def, node] of Object.entries(schema.$defs ?? {})) {
      const defAnchor = anchorOf(file, def);
      out.push('', `<a id="${defAnchor}"></a>`, '', `#### ${node.title ?? def}`);
      if (node.description) out.push('', node.description);
      out.push('', renderNode(schemas, node, { file, anchor: defAnchor, nested: [] }, node.title ?? def));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** `markdown` with the text between the markers replaced by `reference`; throws when a marker is missing. */
export function replaceReference(markdown, reference) {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start < 0 || end < start)
    throw new Error(`docs/configuration.md needs ${START_MARKER} … ${END_MARKER}`);
  return `${markdown.slice(0, start + START_MARKER.length)}\n\n${reference}\n${markdown.slice(end)}`;
}

/**
 * Formats Markdown exactly as `biome format` does for `docs/configuration.md` (the repository formats
 * Markdown with Biome, so the committed file must be Biome's output or `npm run lint` would rewrite it).
 */
export function formatMarkdown(markdown) {
  const biome = `${REPO_ROOT}node_modules/.bin/biome`;
  if (!existsSync(biome))
    throw new Error(`render-docs needs Biome (${biome}); run npm install at the repository root`);
  return execFileSync(biome, ['format', '--stdin-file-path=docs/configuration.md'], {
    cwd: REPO_ROOT,
    input: markdown,
    encoding: 'utf8',
  });
}

/** What docs/configuration.md must contain for the current schemas, and what it contains now. */
export function configurationDoc({ schemasDir = SCHEMAS_DIR, docFile = CONFIGURATION_DOC } = {}) {
  const actual = readFileSync(docFile, 'utf8');
  return {
    actual,
    expected: formatMarkdown(replaceReference(actual, renderReference(readSchemas(schemasDir)))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { actual, expected } = configurationDoc();
  if (process.argv.includes('--check')) {
    if (actual !== expected) {
      console.error('docs/configuration.md is stale: run `node packages/core/scripts/render-docs.mjs`');
      process.exit(1);
    }
    console.log('docs/configuration.md is up to date');
  } else if (actual === expected) {
    console.log('docs/configuration.md is up to date');
  } else {
    writeFileSync(CONFIGURATION_DOC, expected);
    console.log(`wrote ${CONFIGURATION_DOC}`);
  }
}
