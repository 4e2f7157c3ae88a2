import type { Catalog } from './i18n/catalog.ts';

/** Fills `{name}` placeholders from params, formatting numbers and lists for the catalog's locale. */
export function fillTemplate(template: string, params: Record<string, unknown>, catalog: Catalog): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? formatValue(params[name], catalog) : placeholder,
  );
}

function formatValue(value: unknown, catalog: Catalog): string {
  if (typeof value === 'number') {
    // No grouping: limits are often years (1950), which must not read "1.950".
    return new Intl.NumberFormat(catalog.locale, { useGrouping: false, maximumFractionDigits: 10 }).format(
      value,
    );
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? catalog.none : value.map((item) => formatValue(item, catalog)).join(', ');
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
