import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../api/problem.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { fieldErrorsOf, localFieldErrors } from './field-errors.ts';

const t = messagesFor('de').thread;
const limits = { bodyMaxLength: 10, files: 2 };

describe('thread form errors', () => {
  it('checks the text and the number of files before sending', () => {
    expect(localFieldErrors(' \n', 0, t, limits)).toEqual({ body: 'Bitte schreiben Sie eine Nachricht.' });
    expect(localFieldErrors('x'.repeat(11), 3, t, limits)).toEqual({
      body: 'Bitte schreiben Sie höchstens 10 Zeichen. Längere Texte hängen Sie bitte als Datei an.',
      files: 'Bitte hängen Sie höchstens 2 Dateien an.',
    });
    // Characters, as the server counts them: ten emoji are ten characters, not twenty UTF-16 units.
    expect(localFieldErrors('🎡'.repeat(10), 2, t, limits)).toEqual({});
  });

  it('puts the server’s field errors and refused files at their fields, the rest above the form', () => {
    const invalid = parseProblem(422, {
      code: 'VALIDATION_FAILED',
      detail: 'Bitte prüfen Sie Ihre Angaben',
      errors: [
        { pointer: '/body', code: 'maxLength', message: 'Bitte geben Sie höchstens 5000 Zeichen ein.' },
      ],
    });
    expect(fieldErrorsOf(invalid, t)).toEqual({ body: 'Bitte geben Sie höchstens 5000 Zeichen ein.' });
    const exe = parseProblem(415, {
      code: 'UNSUPPORTED_FILE_TYPE',
      detail: 'Diese Datei hat keinen erlaubten Dateityp.',
    });
    expect(fieldErrorsOf(exe, t)).toEqual({ files: 'Diese Datei hat keinen erlaubten Dateityp.' });
    expect(fieldErrorsOf(parseProblem(401, null), t)).toEqual({ alert: t.signInRequired });
    expect(fieldErrorsOf(null, t)).toEqual({ alert: t.networkError });
    expect(fieldErrorsOf(parseProblem(500, { detail: 'Interner Fehler' }), t)).toEqual({
      alert: 'Interner Fehler',
    });
  });
});
