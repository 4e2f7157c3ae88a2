import {
  type ApplicationRecord,
  type CaseCommand,
  type CommandResult,
  type FestplatzDb,
  startReview,
} from '@festplatz/case-engine';

/** A staff command on a case, addressable by its lifecycle event type in `POST .../events`. */
export interface CaseCommandEntry {
  /** Staff roles allowed to send it (ARCHITECTURE: admin configures, clerk processes, ...). */
  roles: readonly string[];
  run: (db: FestplatzDb, cmd: CaseCommand) => CommandResult<ApplicationRecord>;
}

/** The registry of staff commands by event type; adding a step is one entry here (STYLE lesson 4). */
export const CASE_COMMANDS: Readonly<Record<string, CaseCommandEntry>> = {
  START_REVIEW: { roles: ['admin', 'clerk'], run: startReview },
};
