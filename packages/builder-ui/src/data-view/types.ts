/** A JSON Schema as it arrives from the server: an untyped object we only read. */
export type SchemaObject = { readonly [keyword: string]: unknown };

/** One answer: a label and its display text (`missing` when the applicant gave none). */
export interface DataViewField {
  kind: 'field';
  /** JSON pointer of the value in the application data (stable key for rendering and tests). */
  pointer: string;
  label: string;
  text: string;
  missing: boolean;
}

/** A group of answers from a nested object, shown under a heading of the given nesting level (1 = top). */
export interface DataViewSection {
  kind: 'section';
  pointer: string;
  title: string;
  level: number;
  children: DataViewNode[];
}

/** A repeated group (array of objects), shown as numbered entries under a heading. */
export interface DataViewList {
  kind: 'list';
  pointer: string;
  title: string;
  level: number;
  entries: DataViewSection[];
}

/** Any node of the read-only view of application data. */
export type DataViewNode = DataViewField | DataViewSection | DataViewList;
