import { createHash } from 'node:crypto';
import { compileValidatorModule } from '@festplatz/form-runtime/precompile';

/** A form's validator module as served to the browser; `hash` versions its URL. */
export interface CompiledValidators {
  code: string;
  hash: string;
}

/** A bundle form schema; bundle validation has made sure it is a JSON Schema object. */
type FormSchema = Parameters<typeof compileValidatorModule>[0];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Compiles form schemas into validator modules for `<festplatz-application-form>`, each distinct schema once per
 * process (compiling takes milliseconds, a page load should not). Keyed by content, so a republished form with a
 * changed schema gets its own module and URL.
 */
export function formValidators(): (schema: FormSchema) => CompiledValidators {
  const compiled = new Map<string, CompiledValidators>();
  return (schema) => {
    const key = sha256(JSON.stringify(schema));
    let entry = compiled.get(key);
    if (!entry) {
      const code = compileValidatorModule(schema);
      entry = { code, hash: sha256(code).slice(0, 16) };
      compiled.set(key, entry);
    }
    return entry;
  };
}
