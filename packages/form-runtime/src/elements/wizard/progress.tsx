import type { WizardMessages } from '../../i18n/wizard.ts';
import type { WizardPage } from './pages.ts';

/** Props of {@link WizardProgress}. */
export interface WizardProgressProps {
  pages: readonly WizardPage[];
  index: number;
  /** Id of the page heading ("Schritt 2 von 5: Ihr Geschäft"), which names the progress bar. */
  labelledBy: string;
  t: WizardMessages;
}

/**
 * A KERN progress bar and the list of steps, the current one marked with `aria-current="step"`. The steps are not
 * links: a page is left with "Weiter", which checks it first.
 */
export function WizardProgress({ pages, index, labelledBy, t }: WizardProgressProps) {
  return (
    <nav className="festplatz-wizard-progress" aria-label={t.progressLabel}>
      <div className="kern-progress">
        <progress value={index + 1} max={pages.length} aria-labelledby={labelledBy} />
      </div>
      <ol className="kern-list kern-list--number festplatz-wizard-steps">
        {pages.map((page, i) => (
          <li key={page.id} aria-current={i === index ? 'step' : undefined}>
            <span className={i === index ? 'kern-body kern-body--bold' : 'kern-body'}>{page.title}</span>{' '}
            <span className="kern-sr-only">
              ({i < index ? t.stepDone : i === index ? t.stepCurrent : t.stepOpen})
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
