/** The meta-schemas that have generated types, by file base name. */
export declare const SCHEMA_NAMES: readonly string[];
/** Renders the TypeScript source for one meta-schema; `files` maps base names to parsed schema files. */
export declare function renderTypes(name: string, files: Record<string, unknown>): Promise<string>;
