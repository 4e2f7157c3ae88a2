/**
 * Bundle entry (dist/festplatz-elements.js): defines the applicant custom elements. Guarded, so loading the script
 * twice (or next to another bundle that contains them) does not throw.
 */
import { FestplatzApplicationForm } from './elements/application-form.ts';

if (!customElements.get('festplatz-application-form')) {
  customElements.define('festplatz-application-form', FestplatzApplicationForm);
}
