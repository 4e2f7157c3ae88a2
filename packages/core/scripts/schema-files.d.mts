/** The schemas/ directory. */
export declare const SCHEMAS_DIR: URL;
/** All meta-schema files as `{ [baseName]: parsedSchema }`. */
export declare function readSchemaFiles(): Promise<Record<string, unknown>>;
