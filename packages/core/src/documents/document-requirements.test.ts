import { describe, expect, it } from 'vitest';
import { soestBundle, soestRide } from '../conditions/test-bundle.ts';
import { documentRequirements } from './document-requirements.ts';

const bundle = soestBundle();
const application = (category: string, novelty = false) => ({
  ...soestRide(),
  business: { category, novelty },
});
const ids = (data: unknown) => documentRequirements(bundle, data).map((document) => document.id);

describe('documentRequirements (DOC-1, DOC-3, DOC-5, DOC-6)', () => {
  it('asks a ride for the Reisegewerbekarte and the Ausführungsgenehmigung', () => {
    expect(ids(application('fahr_erw'))).toEqual([
      'liability_insurance',
      'reisegewerbekarte',
      'ausfuehrungsgenehmigung',
    ]);
  });

  it('applies category rules to sub-categories too', () => {
    expect(ids(application('achterbahn'))).toEqual(ids(application('fahr_erw')));
  });

  it('asks Ausschank for the Gestattung but not for a Reisegewerbekarte (§ 13 GastG)', () => {
    const required = ids(application('ausschank'));
    expect(required).toEqual(['liability_insurance', 'gestattung']);
    expect(required).not.toContain('reisegewerbekarte');
  });

  it('asks for a visualisation only for a novelty, and not for Imbiss (condition on answers)', () => {
    expect(ids(application('fahr_erw', true))).toContain('visualisation');
    expect(ids(application('fahr_erw', false))).not.toContain('visualisation');
    expect(ids(application('imbiss', true))).not.toContain('visualisation');
  });

  it('needs only the always-documents without a category', () => {
    expect(ids({})).toEqual(['liability_insurance']);
  });

  it('returns the kind without its rule', () => {
    const [insurance] = documentRequirements(bundle, {});
    expect(insurance).toEqual({
      id: 'liability_insurance',
      title: { de: 'Haftpflichtversicherung', en: 'Liability insurance' },
      help: { de: 'Nachweis der Betriebshaftpflicht', en: 'Proof of liability insurance' },
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeMb: 10,
      validity: { required: true, mustCover: 'setup_and_event_days' },
      due: 'with_application',
    });
  });

  it('gives nothing for a bundle without documents', () => {
    expect(documentRequirements({ ...bundle, documents: [] }, soestRide())).toEqual([]);
  });
});
