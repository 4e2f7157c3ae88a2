import { walkCategories } from '../category-title.ts';
import type { CategoryNode, EventType, FieldAnnotation } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import { valueAt } from '../json-pointer.ts';

/** What the cross-section checks share: the bundle and which of its parts passed the meta-schema. */
export interface CheckContext {
  /** The bundle as given; only parts for which `intact` holds may be read as typed. */
  bundle: EventType;
  /** Whether the value at a pointer exists and has no meta-schema issue at or below it. */
  intact(pointer: string): boolean;
  /** Field annotations by name, when `form.fields` is intact. */
  fields: ReadonlyMap<string, FieldAnnotation> | null;
  /** The category tree, when `categories.tree` is intact. */
  categories: CategoryIndex | null;
}

/** Category ids of the tree with their parents and whether they are leaves. */
export interface CategoryIndex {
  ids: ReadonlySet<string>;
  leafIds: readonly string[];
  nodes: readonly { category: CategoryNode; path: string }[];
}

/** A cross-section check: one concern, its own issue codes. */
export type Check = (context: CheckContext) => Issue[];

const SHAPE_CODES = new Set(['type', 'oneOf', 'anyOf']);

/** Builds the context from the input and the meta-schema issues found in it. */
export function createContext(input: unknown, metaIssues: readonly Issue[]): CheckContext {
  const bundle = input as EventType;
  const intact = (pointer: string) =>
    valueAt(input, pointer) !== undefined &&
    !metaIssues.some((issue) => issue.path === pointer || issue.path.startsWith(`${pointer}/`)) &&
    // A wrong shape at an ancestor (not an object, none of a condition's forms) taints everything below.
    !metaIssues.some((issue) => pointer.startsWith(`${issue.path}/`) && SHAPE_CODES.has(issue.code));
  const fields = intact('/form/fields') ? new Map(Object.entries(bundle.form.fields)) : null;
  let categories: CategoryIndex | null = null;
  if (intact('/categories/tree')) {
    const nodes = [...walkCategories(bundle.categories.tree)];
    categories = {
      ids: new Set(nodes.map(({ category }) => category.id)),
      leafIds: nodes.filter(({ category }) => !category.children?.length).map(({ category }) => category.id),
      nodes,
    };
  }
  return { bundle, intact, fields: fields as ReadonlyMap<string, FieldAnnotation> | null, categories };
}
