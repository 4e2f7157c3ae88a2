/** Name of the session cookie (HttpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'festplatz_session';

/** Lifetime of a magic sign-in link. */
export const MAGIC_LINK_MINUTES = 15;

/** Lifetime of a session (a working day; AUTH-6 lists shorter ones for eID levels we do not offer yet). */
export const SESSION_HOURS = 12;

/**
 * Sign-in requests per e-mail address (SEC-1: protection against automated misuse). Five links in a quarter
 * of an hour cover typos and a slow mail server; more would let anyone flood a stranger's mailbox.
 */
export const SIGN_IN_LIMIT_PER_ADDRESS = { limit: 5, windowMs: 15 * 60_000 };

/**
 * Sign-in requests per client IP address: a household or office may sign in several people, but one client
 * must not mail sign-in links to a list of addresses (each address staying under its own limit).
 */
export const SIGN_IN_LIMIT_PER_CLIENT = { limit: 20, windowMs: 15 * 60_000 };
