import type { Lang } from './lang.ts';

// The texts of the wizard (pages, progress) and of draft autosave, German first. Kept apart from de.ts/en.ts so
// the wizard's catalog travels with it; the type makes the English catalog name every German key.

const wizardDe = {
  progressLabel: 'Fortschritt der Bewerbung',
  stepOf: 'Schritt {current} von {total}: {title}',
  stepDone: 'erledigt',
  stepCurrent: 'aktueller Schritt',
  stepOpen: 'noch offen',
  next: 'Weiter',
  back: 'Zurück',
  draftSaved: 'Entwurf gespeichert um {time} Uhr.',
  draftRetrying:
    'Ihr Entwurf konnte gerade nicht gespeichert werden. Wir versuchen es gleich noch einmal; Ihre Angaben bleiben im Formular.',
  draftSignedOut:
    'Ihr Entwurf wird erst wieder gespeichert, wenn Sie angemeldet sind. Ihre Angaben bleiben im Formular.',
  draftStopped: 'Ihr Entwurf kann nicht mehr gespeichert werden: {reason}',
  draftRestoredTitle: 'Entwurf wiederhergestellt',
  draftRestored: 'Ihr Entwurf vom {savedAt} wurde wiederhergestellt. Sie können dort weitermachen.',
  documentsTitle: 'Unterlagen',
  documentsAfterDraft:
    'Unterlagen können Sie hier hochladen, sobald Ihr Entwurf gespeichert ist. Nach dem Absenden können Sie sie auch auf der Seite Ihrer Bewerbung nachreichen.',
} as const;

const wizardEn: { [K in keyof typeof wizardDe]: string } = {
  progressLabel: 'Progress of your application',
  stepOf: 'Step {current} of {total}: {title}',
  stepDone: 'done',
  stepCurrent: 'current step',
  stepOpen: 'still to do',
  next: 'Next',
  back: 'Back',
  draftSaved: 'Draft saved at {time}.',
  draftRetrying:
    'Your draft could not be saved just now. We will try again shortly; your answers stay in the form.',
  draftSignedOut: 'Your draft will be saved again once you are signed in. Your answers stay in the form.',
  draftStopped: 'Your draft can no longer be saved: {reason}',
  draftRestoredTitle: 'Draft restored',
  draftRestored: 'Your draft of {savedAt} has been restored. You can continue where you left off.',
  documentsTitle: 'Documents',
  documentsAfterDraft:
    'You can upload documents here as soon as your draft has been saved. After submitting, you can also hand them in on the page of your application.',
};

/** The wizard's texts in one language. */
export type WizardMessages = typeof wizardEn;

/** The wizard and draft texts for `lang`. */
export function wizardMessages(lang: Lang): WizardMessages {
  return lang === 'en' ? wizardEn : wizardDe;
}
