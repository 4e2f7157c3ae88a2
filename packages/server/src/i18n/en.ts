import { LIFECYCLE_STATE_LABELS } from '@festplatz/core';
import { applicantCaseEn } from './applicant-case-en.ts';
import type { Messages } from './de.ts';
import { messageMailEn } from './message-mail-en.ts';
import { oidcEn } from './oidc-en.ts';

/** Parameters interpolated into problem details. */
type P = Record<string, unknown>;

/** English catalog; typed as Messages so it must have every key the German one has. */
export const en: Messages = {
  problems: {
    VALIDATION_FAILED: {
      title: 'Incomplete or invalid information',
      detail: (p: P) =>
        `Please check your entries: ${p.count === 1 ? '1 field is' : `${p.count} fields are`} not filled in correctly.`,
    },
    UNAUTHENTICATED: { title: 'Sign-in required', detail: () => 'Please sign in.' },
    FORBIDDEN: { title: 'Access denied', detail: () => 'You are not allowed to do this.' },
    NOT_FOUND: {
      title: 'Not found',
      detail: () => 'The requested item does not exist or is not visible to you.',
    },
    BAD_REQUEST: { title: 'Bad request', detail: () => 'The request could not be processed.' },
    APPLICATION_PERIOD_CLOSED: {
      title: 'Application period closed',
      detail: (p: P) =>
        p.closesText
          ? `The application period ended on ${p.closesText}. Applications are no longer possible.`
          : 'The application period has ended or has not started yet.',
    },
    TRANSITION_NOT_ALLOWED: {
      title: 'Step not possible',
      detail: (p: P) => `This step is not possible in state "${p.state}".`,
    },
    CONFLICT: {
      title: 'Conflict',
      detail: () => 'The item has been changed in the meantime. Please reload the page.',
    },
    MAIL_UNAVAILABLE: {
      title: 'E-mail not possible right now',
      detail: () =>
        'We could not send you an e-mail just now. Please try again in a few minutes. Nothing you entered is lost.',
    },
    RATE_LIMITED: {
      title: 'Too many requests',
      detail: (p: P) =>
        p.retryAfterMinutes
          ? `Too many requests in a short time. Please try again in ${p.retryAfterMinutes === 1 ? '1 minute' : `${p.retryAfterMinutes} minutes`}.`
          : 'Too many requests in a short time. Please try again later.',
    },
    PAYLOAD_TOO_LARGE: {
      title: 'File too large',
      detail: (p: P) =>
        p.scope === 'application'
          ? `All documents of this application together may be at most ${p.limitMb} MB. Please remove files you no longer need or make this file smaller.`
          : `The file is too large. At most ${p.limitMb} MB are allowed. Please make the file smaller, for example by scanning at a lower resolution.`,
    },
    UNSUPPORTED_FILE_TYPE: {
      title: 'File type not allowed',
      detail: (p: P) =>
        `This file does not have an allowed file type. Allowed here: ${p.allowed}. We recognise the type by the file's content, not by its name.`,
    },
    INTERNAL: {
      title: 'Internal error',
      detail: () => 'An unexpected error occurred. Please try again later.',
    },
  },
  reasons: {
    MALFORMED_JSON: 'The request body is not valid JSON.',
    UNSUPPORTED_MEDIA_TYPE: 'Please send the data as JSON (Content-Type: application/json).',
    INVALID_BODY: 'The request body does not have the expected shape.',
    UNKNOWN_EVENT_TYPE: 'There is no such processing step.',
    ROUTE_NOT_FOUND: 'This address does not exist.',
    CSRF_REJECTED: 'The form was submitted from another site and was therefore rejected.',
    STAFF_ONLY: 'This area is for administration staff only.',
    MESSAGE_NEEDS_HIGHER_SIGN_IN:
      'This message was sent with a more secure sign-in. To read it, please sign in just as securely, for example with your German eID card.',
    IDEMPOTENCY_KEY_REUSED:
      'This application was already sent with different details. Please reload the page and check your applications.',
    PRIVACY_NOTICE_CHANGED:
      'The privacy information or the text of a consent has changed in the meantime. Please reload the page, read the new version and then submit the application again.',
    EMPTY_UPLOAD: 'The file is empty. Please choose the file again.',
    INVALID_DATE: 'Please give the date as YYYY-MM-DD, for example 2026-10-31.',
    DOCUMENT_LOCKED: 'This document has already been reviewed and accepted and can no longer be removed.',
    UPLOAD_CLOSED: 'Documents can no longer be handed in for this application.',
    UNKNOWN_DOCUMENT_KIND: 'This kind of document is not asked for in this application.',
    VALIDITY_REQUIRED: 'Please state until when the document is valid.',
    VALIDITY_ORDER: 'The "valid from" date is after the "valid until" date. Please check both.',
    REVIEW_NOTE_REQUIRED:
      'Please give a reason for the rejection so that the applicant knows what is missing.',
    TRUST_LEVEL_TOO_LOW: oidcEn.tooLow,
  },
  states: LIFECYCLE_STATE_LABELS.en,
  applicantCase: applicantCaseEn,
  newMessageMail: messageMailEn,
  demoNotice: (p) =>
    `Demo: the application period has been moved so that you can apply today. In the original it ends on ${p.date} at ${p.time}.`,
  layout: {
    productName: 'Festplatz',
    tagline: 'Applications for fairs and markets',
    skipLink: 'Skip to content',
    languageSwitch: 'Deutsch',
    languageSwitchLang: 'de',
    languageSwitchLabel: 'Auf Deutsch wechseln',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (email) => `Signed in as ${email}`,
    admin: 'Administration',
    home: 'Home',
    footer: 'Festplatz is free software under the EUPL-1.2.',
  },
  session: {
    warning: 'Your session ends at {time}.',
    extend: 'Extend session',
    extended: 'Your session now lasts until {time}.',
    ended: 'Your session has ended.',
    signInAgain: 'Sign in again',
  },
  home: {
    title: 'Events open for applications',
    intro: 'Here showmen and traders can apply for events in their town.',
    noEditions: 'No application period is open at the moment.',
    period: (p) => `Application period: ${p.opens} to ${p.closes}`,
    applyNow: 'Apply now',
    applyNowFor: (title) => `Apply now: ${title}`,
    myApplications: 'My applications',
    noApplications: 'You have not submitted an application yet.',
    submittedAt: (date) => `Submitted on ${date}`,
    status: 'Status',
    signInPrompt: 'Sign in to see your applications.',
  },
  signin: {
    title: 'Sign in',
    intro: 'Enter your e-mail address. We will send you a link to sign in without a password.',
    emailLabel: 'E-mail address',
    emailHint: 'For example: name@example.com',
    submit: 'Send sign-in link',
    invalidEmail: 'Please enter a valid e-mail address.',
    errorSummary: 'Please correct your entry.',
  },
  checkMail: {
    title: 'We have sent you a sign-in link',
    text: (email) =>
      `If the address ${email} is correct, you will shortly find an e-mail with a sign-in link in your inbox. The link is valid for 15 minutes and works only once.`,
    noMail: 'No e-mail? Check your spam folder or request a new link.',
    again: 'Request a new link',
  },
  linkInvalid: {
    title: 'This sign-in link is not valid',
    text: 'The link has expired, has already been used or is incomplete. For your security every link works only once and only for 15 minutes.',
    again: 'Request a new sign-in link',
  },
  oidc: oidcEn,
  apply: {
    title: (edition) => `Application: ${edition}`,
    heading: 'Your application',
    noScript: 'The application form needs JavaScript.',
  },
  admin: {
    title: 'Received applications',
    detailTitle: 'Application',
    messagesHeading: 'Messages with the applicant',
    forbiddenTitle: 'Access denied',
    forbiddenText:
      'This area is for administration staff only. You are signed in with an account without this permission.',
  },
  mail: {
    subject: 'Your sign-in link for Festplatz',
    body: (p) =>
      `Hello,\n\nuse this link to sign in to Festplatz:\n\n${p.link}\n\nThe link is valid for ${p.minutes} minutes and works only once. If you did not request a link, you can ignore this e-mail.`,
  },
  receiptMail: {
    subject: (edition) => `Receipt: your application for ${edition}`,
    body: (p) =>
      `Hello,\n\nyour application for ${p.edition} reached us on ${p.received}.\n\nApplication number: ${p.number}\nChecksum of your data (SHA-256): ${p.dataHash}\n\nTo see what you submitted and how far it has been processed, sign in at ${p.link}\n\nThis e-mail was generated automatically. Please do not reply to it.`,
  },
  applicantMail: {
    greeting: 'Hello,',
    footer: (link) =>
      `To see how far your application has been processed, sign in at ${link}\n\nThis e-mail was generated automatically. Please do not reply to it.`,
  },
  stateChangeMail: {
    subject: (p) => `Your application for ${p.edition}: ${p.state}`,
    news: {
      documents_requested:
        'documents are still missing from your application. Please hand them in by the deadline below.',
      reviewed: 'the review of your application is complete.',
      admitted: 'your application has been admitted.',
      waitlisted: 'your application is on the reserve list. If a place becomes free, you move up.',
      rejected: 'your application has been rejected.',
      paid: 'your payment has been received.',
      confirmed: 'your participation is confirmed. We look forward to seeing you.',
      revoked: 'your admission has been revoked.',
      withdrawn: 'your application has been withdrawn.',
      archived: 'your application has been closed.',
    },
    otherState: (state) => `your application is now in state "${state}".`,
    body: (p) =>
      `${p.news}\n\nEvent: ${p.edition}\nApplication number: ${p.number}${p.due ? `\nDeadline: ${p.due}` : ''}`,
  },
  noticeIssuedMail: {
    subject: (edition) => `Notice on your application for ${edition}`,
    kinds: {
      notified: 'admission',
      waitlisted: 'placement on the reserve list',
      rejected: 'rejection',
      revoked: 'revocation of the admission',
    },
    body: (p) =>
      `a notice has been issued on your application for ${p.edition}: ${p.kind}.\n\nApplication number: ${p.number}\n\nYou receive the notice with its reasons and information on legal remedies from the administration that runs the event; you can also request it there. This e-mail does not replace the notice.`,
  },
  paymentRequestMail: {
    subject: (edition) => `Request for payment: your admission to ${edition}`,
    body: (p) =>
      `a fee is due for your admission to ${p.edition}.\n\nAmount: ${p.amount}\nPayable by: ${p.due}\nKassenzeichen (payment reference): ${p.kassenzeichen}\nApplication number: ${p.number}\n\nPlease state the Kassenzeichen with your payment so that we can match it to your application. If the payment does not arrive in time, the admission may be revoked.`,
  },
  /** DOC-8: requested documents overdue (mail.staffNotice, sent when the document timer fires). */
  documentsOverdueMail: {
    subject: (number) => `Documents not received in time: application ${number}`,
    body: (p) =>
      `Hello,\n\nthe documents requested for application ${p.number} (${p.edition}) did not arrive by the deadline of ${p.due}. The application is still waiting for them; please decide whether to send a reminder, extend the deadline or reject the application on formal grounds.\n\nOpen the application: ${p.link}\n\nThis e-mail was generated automatically.`,
  },
  documentUploadedMail: {
    subject: (number) => `Requested document uploaded: application ${number}`,
    body: (p) =>
      `Hello,\n\na requested document was uploaded for application ${p.number} (${p.edition}). Please review it and record that the documents were provided.\n\nOpen the application: ${p.link}\n\nThis e-mail was generated automatically.`,
  },
  cli: {
    valid: (file) => `${file}: valid`,
    invalid: (file, count) => `${file}: invalid (${count === 1 ? '1 problem' : `${count} problems`})`,
    hint: 'Hint',
    root: '(whole document)',
    jsonSyntax: (p) => `${p.file}:${p.line}:${p.column}: JSON syntax error: ${p.message}`,
    jsonUnexpectedEnd: 'The file ends in the middle of the JSON (a closing bracket missing?).',
    jsonUnexpectedToken: (token) => `Unexpected character "${token}" (a comma or quote missing?).`,
    readError: (file, message) => `Cannot read file: ${file} (${message})`,
    usage:
      'Usage:\n  festplatz serve                         start the server (PORT, HOST, FESTPLATZ_DATA_DIR, DATABASE_URL, SMTP_URL, MAIL_FROM)\n  festplatz demo                          create the demo data (Soest) and start the server\n  festplatz validate FILE [--lang de|en] [--json]   check an event type or edition file\n  festplatz audit verify [--lang de|en] [--json]    check the audit trail of all applications for tampering (FESTPLATZ_DATA_DIR, DATABASE_URL)',
    database: (kind, where) => `Database: ${kind} ${where}`,
    mailSmtp: (url) => `E-mail: SMTP ${url}`,
    mailOutbox: (dir) => `E-mail: development outbox ${dir}`,
    listening: (url) => `Festplatz is running at ${url}`,
    insecureSessionCookie: (url) =>
      `Warning: the public address ${url} does not use https; the session cookie is set without Secure. Set FESTPLATZ_BASE_URL to the https address.`,
    demoReady: 'Demo data is ready.',
    demoPortal: (url) => `Applicant portal:   ${url}`,
    demoAdmin: (url) => `Administration:     ${url}`,
    demoStaff: (email) => `Staff account:      ${email}`,
    demoApplyAgain: (email) => `Apply again:        ${email} (applied in 2025)`,
    demoSignIn:
      'Sign in: enter the address on /signin; the sign-in link appears here in the console and as an .eml file in',
    demoSignInSmtp: 'Sign in: enter the address on /signin; the sign-in link is sent by e-mail (SMTP).',
    signInLink: (to, link) => `Sign-in link for ${to}: ${link}`,
    auditUsage: 'Usage: festplatz audit verify [--lang de|en] [--json]',
    auditNoDatabase: (file) => `No database found: ${file} (check FESTPLATZ_DATA_DIR)`,
    auditIntact: (p) =>
      `Audit trail unchanged: ${p.cases === 1 ? '1 application' : `${p.cases} applications`} with ${p.events === 1 ? '1 event' : `${p.events} events`} checked, no tampering found.`,
    auditBroken: (p) =>
      `Audit trail CHANGED: the event chain is broken in ${p.broken} of ${p.cases} applications.`,
    auditBreak: (p) => `  Application ${p.applicationId}, event no. ${p.seq}: ${p.reason}`,
    auditReasons: {
      hash_mismatch: "The event's content was changed after it was recorded (checksum does not match).",
      prev_hash_mismatch: 'The chain is broken: the previous event was changed or replaced.',
      seq_gap: (expected) => `Gap in the event sequence: event no. ${expected} is missing.`,
    },
    outboxRetry: (p) =>
      `Delivery ${p.handler} (${p.key}) failed, attempt ${p.attempts}; next attempt ${p.at}: ${p.error}`,
    outboxDead: (p) => `Delivery ${p.handler} (${p.key}) given up after ${p.attempts} attempts: ${p.error}`,
    outboxError: (error) => `Error while processing the outbox: ${error}`,
    stopping: 'Festplatz is shutting down.',
  },
};
