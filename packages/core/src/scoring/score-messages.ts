import { catalogFor } from '../catalogs.ts';
import type { Issue } from '../issue.ts';
import type { Lang } from '../localize.ts';
import { fillTemplate } from '../template.ts';

/** The codes scoreIssues emits; each has a German and an English sentence below. */
export type ScoreIssueCode =
  | 'scoreCriterionUnknown'
  | 'scoreNotANumber'
  | 'scoreOutOfScale'
  | 'scoreOffStep'
  | 'scoreExclusivePairBoth'
  | 'scoreExclusivePairMissing'
  | 'scoreMissing'
  | 'scoreScaleMissing';

const messages: Record<Lang, Record<ScoreIssueCode, string>> = {
  de: {
    scoreCriterionUnknown: 'Das Kriterium „{criterion}“ ist in der Vergaberichtlinie nicht vorgesehen.',
    scoreNotANumber: 'Für „{criterion}“ ist „{value}“ keine Punktzahl.',
    scoreOutOfScale: 'Für „{criterion}“ sind nur {min} bis {max} Punkte möglich, nicht {value}.',
    scoreOffStep: 'Für „{criterion}“ werden Punkte in Schritten von {step} ab {min} vergeben, nicht {value}.',
    scoreExclusivePairBoth: 'Nur eines der Kriterien {criteria} darf bewertet werden (SEL-6).',
    scoreExclusivePairMissing: 'Eines der Kriterien {criteria} muss bewertet werden.',
    scoreMissing: 'Für „{criterion}“ fehlt die Bewertung.',
    scoreScaleMissing: 'Die Vergaberichtlinie hat keine Punkteskala; Punkte können nicht vergeben werden.',
  },
  en: {
    scoreCriterionUnknown: 'The criterion "{criterion}" is not part of the selection policy.',
    scoreNotANumber: 'For "{criterion}", "{value}" is not a score.',
    scoreOutOfScale: 'For "{criterion}" only {min} to {max} points are possible, not {value}.',
    scoreOffStep: 'For "{criterion}" points go in steps of {step} from {min}, not {value}.',
    scoreExclusivePairBoth: 'Only one of the criteria {criteria} may be scored (SEL-6).',
    scoreExclusivePairMissing: 'One of the criteria {criteria} must be scored.',
    scoreMissing: 'The score for "{criterion}" is missing.',
    scoreScaleMissing: 'The selection policy has no points scale, so no points can be given.',
  },
};

/** Explains a scoring issue (from scoreIssues / weightedScore) to the reviewer in one sentence. */
export function describeScoreIssue(issue: Issue, lang: Lang): string {
  const template = messages[lang][issue.code as ScoreIssueCode];
  if (!template) throw new Error(`describeScoreIssue: ${issue.code} is not a scoring issue code`);
  return fillTemplate(template, issue.params, catalogFor(lang));
}
