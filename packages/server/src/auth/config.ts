/** Base name of the session cookie; see session-cookie.ts for the `__Host-` prefix and its flags. */
export const SESSION_COOKIE = 'festplatz_session';

/** Lifetime of a magic sign-in link. */
export const MAGIC_LINK_MINUTES = 15;

/**
 * Idle timeout: a session ends this long after sign-in or its last extension. AUTH-6 names 60 minutes idle for
 * the basis level, which is what an e-mail link gives; the warning (A11Y-5, WCAG 2.2.1) offers the extension
 * before it runs out, so a slow applicant loses nothing.
 */
export const SESSION_IDLE_MINUTES = 60;

/**
 * Absolute maximum of a session, counted from sign-in; extensions never go past it (AUTH-6: basis 12 h, a
 * working day). Shorter pairs for eID levels (substanziell 2 h/30 min, hoch 30/5 min) come with BundID.
 */
export const SESSION_MAX_HOURS = 12;

/**
 * A change the user makes (any non-GET request: saving a draft, a staff command) counts as activity and moves
 * the idle end forward, at most once per this many minutes so a busy user does not cost a write per request.
 * Reading (GET, including the page's own expiry check) does not: an abandoned open tab must still time out.
 */
export const SESSION_ACTIVITY_STEP_MINUTES = 10;

/** How long before the end the page warns and offers the extension (WCAG 2.2.1 asks for at least 20 s). */
export const SESSION_WARNING_MINUTES = 5;

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
