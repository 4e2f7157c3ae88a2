// Assurance levels of a sign-in (AUTH-2), lowest first: Basisregistrierung or an e-mail link, substanziell
// (ELSTER, some EU eIDs), hoch (Online-Ausweis, eAT, Unionsbürgerkarte).

/** The trust levels in ascending order. */
export const TRUST_LEVELS = ['basis', 'substanziell', 'hoch'] as const;

/** One of {@link TRUST_LEVELS}. */
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** True when `value` names a trust level. */
export function isTrustLevel(value: unknown): value is TrustLevel {
  return typeof value === 'string' && (TRUST_LEVELS as readonly string[]).includes(value);
}

/** True when a sign-in at `achieved` may do what requires `minimum`. */
export function meetsTrustLevel(achieved: TrustLevel, minimum: TrustLevel): boolean {
  return TRUST_LEVELS.indexOf(achieved) >= TRUST_LEVELS.indexOf(minimum);
}
