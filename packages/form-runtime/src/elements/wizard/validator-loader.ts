import type { ValidatorFunctions } from '@rjsf/validator-ajv8';
import { loadValidatorFunctions } from '../../validation/validator.ts';

/**
 * The server-compiled validators of the form on the page. Page 1 shows before they arrive; "Weiter" and submit
 * wait for them. A request that failed is forgotten, so the next "Weiter" asks again; one that belongs to a
 * form loaded before `reset` (another edition or language) is ignored when it arrives.
 */
export class ValidatorLoader {
  /** The validators; null until they have arrived. */
  fns: ValidatorFunctions | null = null;
  private request: Promise<ValidatorFunctions | null> | null = null;
  private generation = 0;

  /** `onLoaded` re-renders the form with the validators. */
  constructor(private readonly onLoaded: () => void) {}

  /** A new form is being loaded: what the previous one asked for no longer counts. */
  reset(): void {
    this.generation++;
    this.fns = null;
    this.request = null;
  }

  /** The request under way, if any. */
  get pending(): Promise<ValidatorFunctions | null> | null {
    return this.request;
  }

  /** Starts loading the module at `url` unless that is under way; resolves to null if it fails to load. */
  load(url: string): Promise<ValidatorFunctions | null> {
    const generation = this.generation;
    this.request ??= loadValidatorFunctions(url).then(
      (fns) => {
        if (generation === this.generation) {
          this.fns = fns;
          this.onLoaded();
        }
        return fns;
      },
      () => {
        if (generation === this.generation) this.request = null;
        return null;
      },
    );
    return this.request;
  }
}
