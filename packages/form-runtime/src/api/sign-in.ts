/**
 * The sign-in page that brings the applicant back here afterwards: `{apiBase}/signin?next=<current page>`. On
 * Festplatz's own pages `next` is the relative path; on a municipality's website that embeds the form (`api-base`
 * names another origin) it is the page's absolute URL, which the server accepts only for its allow-listed
 * embedding origins (EMBED_ORIGINS, docs/embedding.md).
 */
export function signInUrl(
  apiBase: string,
  currentPath: string,
  pageOrigin: string | undefined = globalThis.location?.origin,
): string {
  const path = currentPath.startsWith('/') ? currentPath : `/${currentPath}`;
  const next = isOtherOrigin(apiBase, pageOrigin) ? `${pageOrigin}${path}` : path;
  return `${apiBase}/signin?next=${encodeURIComponent(next)}`;
}

/** Whether `apiBase` is an absolute URL on another origin than the page (a relative base is the page's own). */
function isOtherOrigin(apiBase: string, pageOrigin: string | undefined): pageOrigin is string {
  if (!pageOrigin || !URL.canParse(apiBase)) return false;
  return new URL(apiBase).origin !== pageOrigin;
}
