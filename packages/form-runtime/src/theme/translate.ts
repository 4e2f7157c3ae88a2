import { englishStringTranslator, TranslatableString } from '@rjsf/utils';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

/**
 * An RJSF `translateString` for our language: the few RJSF-built-in strings an applicant can see (yes/no of boolean
 * radios, button fallbacks) come from our catalog; the rest stays RJSF's English.
 */
export function translateStringFor(lang: Lang): (key: TranslatableString, params?: string[]) => string {
  const t = messagesFor(lang).ui;
  const table: Partial<Record<TranslatableString, string>> = {
    [TranslatableString.YesLabel]: t.yes,
    [TranslatableString.NoLabel]: t.no,
    [TranslatableString.AddButton]: t.add,
    [TranslatableString.AddItemButton]: t.add,
    [TranslatableString.RemoveButton]: t.remove,
    [TranslatableString.CopyButton]: t.copy,
    [TranslatableString.MoveUpButton]: t.moveUp,
    [TranslatableString.MoveDownButton]: t.moveDown,
    [TranslatableString.ClearButton]: t.clear,
    [TranslatableString.ErrorsLabel]: t.errorSummaryTitle,
  };
  return (key, params) => table[key] ?? englishStringTranslator(key, params);
}
