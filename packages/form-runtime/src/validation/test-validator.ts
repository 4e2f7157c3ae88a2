import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import type { Lang } from '../i18n/lang.ts';
import { compileValidatorModule } from './compile-validator.ts';
import { prepareSchema } from './prepare-schema.ts';
import { loadValidatorFunctions, precompiledValidator } from './validator.ts';

/**
 * Test support: the validator the browser would get for `schema`, taking the real path (compile to a module as the
 * server does, import it, build the precompiled validator) with a data: URL in place of the server.
 */
export async function testValidator(schema: RJSFSchema, lang: Lang): Promise<ValidatorType> {
  const url = `data:text/javascript;base64,${Buffer.from(compileValidatorModule(schema)).toString('base64')}`;
  return precompiledValidator(await loadValidatorFunctions(url), prepareSchema(schema), lang);
}
