/** Exported validator name -> meta-schema base name. */
export declare const VALIDATORS: Record<string, string>;
/** Renders the ES module with one precompiled validator per meta-schema. */
export declare function renderValidators(files: Record<string, unknown>): string;
/** Renders the declaration file for the generated module. */
export declare function renderValidatorTypes(): string;
