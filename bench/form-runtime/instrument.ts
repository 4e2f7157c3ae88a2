// Runs inside the page (registered with `addInitScript`, before any page script, outside the page's CSP). The same
// code measures both contenders. Every end mark is taken in a requestAnimationFrame callback after forcing layout,
// i.e. when the frame that shows the change is about to be painted.

/** What the page records; read back with `page.evaluate(() => window.__bench)`. */
export interface BenchMarks {
  /** ms after navigation start when the first form input entered the DOM, and when its frame was laid out. */
  inputsAt: number | null;
  inputsFrameAt: number | null;
  /** ms from the submit button's click event to the frame that shows the error summary. */
  validateMs: number | null;
  /** ms from each keydown in a text field to the frame after it, with the field's length then (proves the update). */
  keys: { ms: number; length: number }[];
}

/** The selectors of one contender (see pages.ts). */
export interface ProbeSelectors {
  readySelector: string;
  errorsSelector: string | null;
}

/** Installs the probes; `readySelector` marks a rendered form, `errorsSelector` a shown validation. */
export function instrument({ readySelector, errorsSelector }: ProbeSelectors): void {
  const marks: BenchMarks = { inputsAt: null, inputsFrameAt: null, validateMs: null, keys: [] };
  (window as unknown as { __bench: BenchMarks }).__bench = marks;

  // Runs `then` in the next animation frame, after forcing style and layout of the current DOM.
  const nextFrame = (then: (now: number) => void) =>
    requestAnimationFrame(() => {
      void document.body.offsetHeight;
      then(performance.now());
    });

  // Watches the DOM until `selector` matches, then stops watching (so typing is not observed).
  const whenPresent = (selector: string, found: (at: number) => void) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      found(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true });
  };

  whenPresent(readySelector, (at) => {
    marks.inputsAt = at;
    nextFrame((now) => {
      marks.inputsFrameAt = now;
    });
  });

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (!errorsSelector || !target?.closest('button[type="submit"]') || marks.validateMs !== null) return;
      const start = event.timeStamp;
      whenPresent(errorsSelector, () =>
        nextFrame((now) => {
          marks.validateMs = now - start;
        }),
      );
    },
    true,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      const field = event.target as HTMLInputElement | null;
      if (field?.tagName !== 'INPUT') return;
      const start = event.timeStamp;
      nextFrame((now) => {
        marks.keys.push({ ms: now - start, length: field.value.length });
      });
    },
    true,
  );
}
