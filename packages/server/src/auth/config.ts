/** Name of the session cookie (HttpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'festplatz_session';

/** Lifetime of a magic sign-in link. */
export const MAGIC_LINK_MINUTES = 15;

/** Lifetime of a session (a working day; AUTH-6 lists shorter ones for eID levels we do not offer yet). */
export const SESSION_HOURS = 12;
