// The category tree (SEL-14): a category counts as "in" every category above it.
import type { CategoryNode, EventType } from '../generated/event-type.ts';

type WithTree = Pick<EventType, 'categories'>;

/** The nodes from a root down to the category `id` (inclusive), or null when no category has that id. */
export function categoryPath(bundle: WithTree, id: string): CategoryNode[] | null {
  const search = (nodes: readonly CategoryNode[], trail: CategoryNode[]): CategoryNode[] | null => {
    for (const node of nodes) {
      const path = [...trail, node];
      if (node.id === id) return path;
      const found = search(node.children ?? [], path);
      if (found) return found;
    }
    return null;
  };
  return search(bundle.categories.tree, []);
}

/** Ids of the categories above `id`, nearest first (`[]` for a root), or null when `id` is unknown. */
export function categoryAncestors(bundle: WithTree, id: string): string[] | null {
  const path = categoryPath(bundle, id);
  return path
    ? path
        .slice(0, -1)
        .reverse()
        .map((node) => node.id)
    : null;
}

/** Whether category `id` is one of `ids` or lies below one of them; an unknown id lies nowhere. */
export function isCategoryWithin(bundle: WithTree, id: string, ids: readonly string[]): boolean {
  const path = categoryPath(bundle, id);
  return path?.some((node) => ids.includes(node.id)) ?? false;
}
