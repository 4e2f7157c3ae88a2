import type { DraftSave, DraftSaveOutcome } from '../api/drafts.ts';

/** What the status line says about the draft; `at` is when it was last stored on the server. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  /** Not stored (network, server busy); another attempt is scheduled. */
  | { kind: 'retrying' }
  /** The session ended; the next change tries again (after the applicant signed in elsewhere). */
  | { kind: 'signedOut' }
  /** Refused for good, e.g. the application period is over; `reason` is the server's sentence. */
  | { kind: 'stopped'; reason: string };

/** The timers the autosave uses; injected so the debounce can be tested with fake time. */
export interface AutosaveTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link DraftAutosave}. */
export interface AutosaveOptions {
  editionId: string;
  /** Sends one save (`saveDraft` bound to the API base and language). */
  save: (save: DraftSave) => Promise<DraftSaveOutcome>;
  onStatus: (status: AutosaveStatus) => void;
  /** Quiet time after the last change before saving (default 2 s). */
  delayMs?: number;
  /** Wait before trying again after a network or server failure (default 10 s, doubling up to 2 min). */
  retryMs?: number;
  now?: () => Date;
  timers?: AutosaveTimers;
}

const MAX_RETRY_MS = 120_000;

/**
 * Saves the applicant's answers as a server draft (A11Y-5: a forced re-login loses nothing): debounced after
 * changes, at once when the page changes or the tab is hidden. One request at a time; a conflict (another tab
 * saved in between) takes the server's version and tries once more; network failures are retried with back-off.
 * Unchanged data is not sent again.
 */
export class DraftAutosave {
  private readonly options: Required<Omit<AutosaveOptions, 'timers'>> & { timers: AutosaveTimers };
  private draftId: string | undefined;
  private version: number | undefined;
  /** JSON of the data the server has (restored or last saved); equal pending data is not sent. */
  private storedJson: string | undefined;
  private pending: { data: unknown; json: string } | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private retryDelay: number;
  private stopped = false;

  constructor(options: AutosaveOptions) {
    this.options = {
      delayMs: 2000,
      retryMs: 10_000,
      now: () => new Date(),
      timers: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as number) },
      ...options,
    };
    this.retryDelay = this.options.retryMs;
  }

  /** The draft this form continues (restored on return): later saves replace it instead of creating one. */
  resume(draft: { id: string; version: number; data: unknown }): void {
    this.draftId = draft.id;
    this.version = draft.version;
    this.storedJson = JSON.stringify(draft.data);
  }

  /** The edition the drafts are saved for. */
  get editionId(): string {
    return this.options.editionId;
  }

  /** The server draft's id, if one exists yet (the submission names it, so the draft becomes the case). */
  get id(): string | undefined {
    return this.draftId;
  }

  /** The answers changed: save them once the applicant pauses. */
  changed(data: unknown): void {
    if (this.stopped) return;
    const json = JSON.stringify(data);
    this.pending = json === this.storedJson ? null : { data, json };
    this.schedule(this.options.delayMs);
  }

  /** Saves pending answers now (page change, tab hidden); `keepalive` lets the request outlive the page. */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    this.cancelTimer();
    await this.idle();
    if (this.stopped || !this.pending) return;
    await this.run(options.keepalive === true);
  }

  /**
   * Stops saving and waits for a request under way, so a submission neither races a draft save nor misses the id
   * of a draft just being created. Returns the draft id to submit with. Call {@link restart} if the submission fails.
   */
  async settle(): Promise<string | undefined> {
    this.stopped = true;
    this.cancelTimer();
    await this.idle();
    return this.draftId;
  }

  /** Saves again after {@link settle} (the submission did not go through); pending answers are saved soon. */
  restart(): void {
    this.stopped = false;
    if (this.pending) this.schedule(this.options.delayMs);
  }

  /** Stops for good (the form was submitted or removed). */
  dispose(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Resolves when no request is under way; loops because another caller may start one meanwhile. */
  private async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (!this.pending) return;
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private run(keepalive: boolean): Promise<void> {
    const job = this.saveOnce(keepalive).finally(() => {
      this.inFlight = null;
    });
    this.inFlight = job;
    return job;
  }

  private async saveOnce(keepalive: boolean): Promise<void> {
    const sent = this.pending;
    if (!sent) return;
    let outcome = await this.send(sent.data, keepalive);
    if (outcome.kind === 'conflict') {
      // Another tab saved meanwhile: this tab's answers are the newer ones, so store them over that version.
      this.version = outcome.version ?? this.version;
      outcome = await this.send(sent.data, keepalive);
    }
    this.handle(outcome, sent);
  }

  private send(data: unknown, keepalive: boolean): Promise<DraftSaveOutcome> {
    return this.options.save({
      editionId: this.options.editionId,
      data,
      ...(this.draftId !== undefined ? { id: this.draftId, version: this.version } : {}),
      ...(keepalive ? { keepalive } : {}),
    });
  }

  private handle(outcome: DraftSaveOutcome, sent: { json: string }): void {
    const { onStatus } = this.options;
    switch (outcome.kind) {
      case 'saved':
        this.draftId = outcome.id;
        this.version = outcome.version;
        this.storedJson = sent.json;
        if (this.pending?.json === sent.json) this.pending = null;
        this.retryDelay = this.options.retryMs;
        onStatus({ kind: 'saved', at: this.options.now() });
        // Changes typed while the request was under way are saved after the usual pause.
        if (this.pending && !this.stopped) this.schedule(this.options.delayMs);
        return;
      case 'unauthenticated':
        onStatus({ kind: 'signedOut' });
        return;
      case 'refused':
        this.stopped = true;
        onStatus({ kind: 'stopped', reason: outcome.problem.detail || outcome.problem.title });
        return;
      default:
        // network, server unavailable, or a second conflict: try again later, waiting longer each time.
        onStatus({ kind: 'retrying' });
        if (!this.stopped) this.schedule(this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    }
  }
}
