/**
 * A pragmatic e-mail check for the sign-in form (the link itself proves the address): one `@`, a dotted
 * domain, no spaces, at most 254 characters (RFC 5321 path limit).
 */
export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email);
}
