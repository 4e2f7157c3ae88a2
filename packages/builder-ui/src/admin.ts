// Bundle entry of the staff back office (dist/festplatz-admin.js): defines the custom elements once,
// so the script can be included by several page fragments without "already defined" errors.
import { FestplatzApplicationDetail } from './elements/application-detail.ts';
import { FestplatzApplicationList } from './elements/application-list.ts';
import { FestplatzCaseDocuments } from './elements/case-documents.ts';

const ELEMENTS = {
  'festplatz-application-list': FestplatzApplicationList,
  'festplatz-application-detail': FestplatzApplicationDetail,
  'festplatz-case-documents': FestplatzCaseDocuments,
} as const;

for (const [name, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, element);
}
