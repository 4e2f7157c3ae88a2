import type { CategoryNode, EventType } from './generated/event-type.ts';
import { type Lang, localize } from './localize.ts';

/** Walks the category tree depth-first, parents before their children. */
export function* walkCategories(
  categories: readonly CategoryNode[],
  path = '/categories/tree',
): Generator<{
  category: CategoryNode;
  path: string;
}> {
  for (const [index, category] of categories.entries()) {
    yield { category, path: `${path}/${index}` };
    if (category.children) yield* walkCategories(category.children, `${path}/${index}/children`);
  }
}

/** The localized title of a category anywhere in the tree, or null when the id is unknown. */
export function categoryTitle(eventType: EventType, id: string, lang: Lang): string | null {
  for (const { category } of walkCategories(eventType.categories.tree)) {
    if (category.id === id) return localize(category.title, lang);
  }
  return null;
}
