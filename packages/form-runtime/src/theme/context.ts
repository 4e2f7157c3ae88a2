import type { Registry } from '@rjsf/utils';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';

/** What the KERN theme reads from RJSF `formContext`: the language of fixed texts (buttons, markers, summary). */
export interface KernFormContext {
  lang?: Lang;
}

/** The language a template should speak, from `formContext.lang` (German when unset). */
export function langOf(registry: Registry): Lang {
  const context = registry.formContext as KernFormContext | undefined;
  return context?.lang === 'en' ? 'en' : 'de';
}

/** The fixed UI texts for the form's language. */
export function uiTexts(registry: Registry): Messages['ui'] {
  return messagesFor(langOf(registry)).ui;
}
