/** Directory of the meta-schema files (packages/core/schemas/). */
export declare const SCHEMAS_DIR: string;
/** Path of docs/configuration.md. */
export declare const CONFIGURATION_DOC: string;
export declare const START_MARKER: string;
export declare const END_MARKER: string;
/** Reads every `*.schema.json` under `dir` as `{ [base name]: schema }`, sorted by name. */
export declare function readSchemas(dir?: string): Record<string, unknown>;
/** Section order: the root, its sections in property order, then every other schema file by name. */
export declare function sectionOrder(schemas: Record<string, unknown>): string[];
/** The generated reference (Markdown), without the markers. */
export declare function renderReference(schemas: Record<string, unknown>): string;
/** `markdown` with the text between the markers replaced by `reference`; throws when a marker is missing. */
export declare function replaceReference(markdown: string, reference: string): string;
/** What docs/configuration.md must contain for the current schemas, and what it contains now. */
export declare function configurationDoc(options?: { schemasDir?: string; docFile?: string }): {
  actual: string;
  expected: string;
};
/** Formats Markdown exactly as `biome format` does for docs/configuration.md. */
export declare function formatMarkdown(markdown: string): string;
