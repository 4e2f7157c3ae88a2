import type { Registry, RJSFSchema } from '@rjsf/utils';
import { uiTexts } from './context.ts';

/** What one array item is called in button names ("Mitarbeiter"), from the item schema's title or a generic word. */
export function itemTitle(itemSchema: RJSFSchema | undefined, registry: Registry): string {
  const title = itemSchema && typeof itemSchema === 'object' ? itemSchema.title : undefined;
  return typeof title === 'string' && title ? title : uiTexts(registry).defaultItem;
}
