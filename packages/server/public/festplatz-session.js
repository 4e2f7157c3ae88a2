// Session expiry warning (A11Y-5, WCAG 2.2.1 "timing adjustable"), for the box that layout.ts renders on
// signed-in pages: a few minutes before the end it says when the session ends and offers to extend it; after
// the end it says so and shows the sign-in link. Plain JavaScript served as is, so the strict CSP needs no
// inline script and no build step.

const box = document.querySelector('[data-session-expires-at]');
if (box instanceof HTMLElement) watchSession(box);

/** @param {HTMLElement} box */
function watchSession(box) {
  const status = /** @type {HTMLElement} */ (box.querySelector('[data-session-status]'));
  const extend = /** @type {HTMLButtonElement} */ (box.querySelector('[data-session-extend]'));
  const signIn = /** @type {HTMLElement} */ (box.querySelector('[data-session-sign-in]'));
  const data = box.dataset;
  const warnMs = Number(data.sessionWarnSeconds) * 1000;
  const clock = new Intl.DateTimeFormat(document.documentElement.lang, {
    hour: '2-digit',
    minute: '2-digit',
  });
  let expiresAt = Date.parse(data.sessionExpiresAt ?? '');
  let maxExpiresAt = Date.parse(data.sessionMaxExpiresAt ?? '');
  let timer = 0;
  let extended = false;
  // How far the server's clock is ahead of this computer's; expiry is the server's, so the wait uses its time.
  let skew = 0;

  /** @param {Response} response */
  async function take(response) {
    const serverTime = Date.parse(response.headers.get('Date') ?? '');
    if (!Number.isNaN(serverTime)) skew = serverTime - Date.now();
    if (response.status === 401) expiresAt = 0;
    if (!response.ok) return false;
    const session = await response.json();
    expiresAt = Date.parse(session.expiresAt);
    maxExpiresAt = Date.parse(session.maxExpiresAt);
    return true;
  }

  /** @param {string | undefined} template */
  const at = (template) => template?.replace('{time}', clock.format(expiresAt)) ?? '';

  function render() {
    clearTimeout(timer);
    const left = expiresAt - (Date.now() + skew);
    const ended = left <= 0;
    const warning = !ended && left <= warnMs;
    let text = extended ? at(data.sessionExtended) : '';
    if (warning) text = at(data.sessionWarning);
    if (ended) text = data.sessionEnded ?? '';
    // Only a change is written, so screen readers announce the warning once and not on every check.
    if (status.textContent !== text) status.textContent = text;
    extend.hidden = !warning || expiresAt >= maxExpiresAt;
    signIn.hidden = !ended;
    if (!ended) timer = window.setTimeout(check, warning ? left : left - warnMs);
  }

  // Another tab may have extended or ended the session meanwhile, so ask the server before warning.
  async function check() {
    try {
      await take(await fetch('/api/v1/me/session', { headers: { Accept: 'application/json' } }));
    } finally {
      render();
    }
  }

  extend.addEventListener('click', async () => {
    try {
      const init = { method: 'POST', headers: { Accept: 'application/json' } };
      extended = await take(await fetch('/api/v1/me/session/extend', init));
    } finally {
      render();
      // The button hides itself; focus goes to the confirmation instead of getting lost.
      status.focus();
    }
  });

  // Asked once at load as well: a page restored from the back/forward cache may show an old expiry.
  check();
}
