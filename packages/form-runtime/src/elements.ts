/**
 * Bundle entry (dist/festplatz-elements.js): defines the applicant custom elements. Guarded, so loading the script
 * twice (or next to another bundle that contains them) does not throw.
 */
import { FestplatzApplicationForm } from './elements/application-form.ts';
import { FestplatzApplicationStatus } from './elements/application-status.ts';
import { FestplatzDocuments } from './elements/documents.ts';
import { FestplatzMessages } from './elements/messages.ts';
import { FestplatzPrivacyConsents } from './elements/privacy-consents.ts';

if (!customElements.get('festplatz-application-form')) {
  customElements.define('festplatz-application-form', FestplatzApplicationForm);
}
if (!customElements.get('festplatz-messages')) customElements.define('festplatz-messages', FestplatzMessages);
if (!customElements.get('festplatz-documents'))
  customElements.define('festplatz-documents', FestplatzDocuments);
if (!customElements.get('festplatz-application-status')) {
  customElements.define('festplatz-application-status', FestplatzApplicationStatus);
}
if (!customElements.get('festplatz-privacy-consents')) {
  customElements.define('festplatz-privacy-consents', FestplatzPrivacyConsents);
}
