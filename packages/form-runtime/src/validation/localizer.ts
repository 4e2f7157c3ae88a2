import type { Localizer } from '@rjsf/validator-ajv8';
import type { Lang } from '../i18n/lang.ts';
import { type AjvErrorLike, ajvMessage } from './ajv-message.ts';

/** An RJSF/ajv localizer that rewrites each ajv error message in place from our de/en catalog. */
export function createLocalizer(lang: Lang): Localizer {
  return (errors) => {
    for (const error of errors ?? []) {
      error.message = ajvMessage(error as AjvErrorLike, lang);
    }
  };
}
