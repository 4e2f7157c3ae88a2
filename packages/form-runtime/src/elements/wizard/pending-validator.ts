import type { ValidatorType } from '@rjsf/utils';

/**
 * Stands in while the server-compiled validators are still on their way, so the first page renders without waiting
 * for them. RJSF also asks the validator whether an `if` holds (conditional sections): answering "no" shows the
 * form as it is before any choice (the Soest conditions all require an answer). Nothing is checked with it: the
 * form does not validate until the real validators are there (FormView waits for them on "Weiter" and submit).
 */
export const PENDING_VALIDATOR: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => false,
  rawValidation: () => ({}),
};
