export { buildDataView, type DataViewInput } from './build.ts';
export type { DataViewField, DataViewList, DataViewNode, DataViewSection, SchemaObject } from './types.ts';
