import { html, type TemplateResult } from 'lit';
import { needsSignIn, type Problem } from '../api/problem.ts';
import type { Messages } from '../i18n/messages.ts';
import { alertTemplate } from './alert.ts';

/**
 * Danger alert for a failed API call. 401/403 offer the sign-in page with `next` set so staff come back
 * here; other problems show the server's localized detail, or a generic hint when there is none.
 */
export function problemAlert(problem: Problem, t: Messages, signInNext: string): TemplateResult {
  if (needsSignIn(problem)) {
    const forbidden = problem.status === 403;
    return alertTemplate({
      variant: 'danger',
      role: 'alert',
      title: forbidden ? t.errors.forbiddenTitle : t.errors.signInTitle,
      body: html`<p class="kern-body">${forbidden ? t.errors.forbiddenBody : t.errors.signInBody}</p>
        <p class="kern-body"><a class="kern-link" href=${`/signin?next=${signInNext}`}>${t.common.signIn}</a></p>`,
    });
  }
  return alertTemplate({
    variant: 'danger',
    role: 'alert',
    title: problemTitle(problem, t),
    body: html`<p class="kern-body">${problemDetail(problem, t)}</p>`,
  });
}

function problemTitle(problem: Problem, t: Messages): string {
  if (problem.code === 'NOT_FOUND') return t.errors.notFoundTitle;
  if (problem.status === 409) return t.errors.conflictTitle;
  return problem.title || t.errors.title;
}

function problemDetail(problem: Problem, t: Messages): string {
  if (problem.detail) return problem.detail;
  return problem.code === 'NETWORK' ? t.errors.network : t.errors.generic;
}
