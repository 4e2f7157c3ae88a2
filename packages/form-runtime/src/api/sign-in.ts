/**
 * The sign-in page that brings the applicant back here afterwards: `/signin?next=<current path>` (contracts: auth
 * pages; the server only accepts relative `next` paths).
 */
export function signInUrl(apiBase: string, currentPath: string): string {
  const next = currentPath.startsWith('/') ? currentPath : `/${currentPath}`;
  return `${apiBase}/signin?next=${encodeURIComponent(next)}`;
}
