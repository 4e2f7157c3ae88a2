/** The meta-schemas that have generated types, by file base name. */
export declare const SCHEMA_NAMES: readonly string[];
/** Renders the TypeScript source for one meta-schema (given as parsed JSON). */
export declare function renderTypes(name: string, schema: unknown): Promise<string>;
