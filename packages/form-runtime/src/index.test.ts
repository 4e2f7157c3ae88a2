import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('public API', () => {
  it('exports exactly these names (a change here is an API change to review)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "FORM_STATUS",
        "FestplatzApplicationForm",
        "FestplatzMessages",
        "FormView",
        "ajvMessage",
        "classifySubmitResponse",
        "createLocalizer",
        "errorSchemaFromPointers",
        "fetchEditionForm",
        "fieldIdFromPath",
        "fieldIdFromProperty",
        "fieldTitleAt",
        "format",
        "formatBerlinDateTime",
        "kernTheme",
        "loadValidatorFunctions",
        "messagesFor",
        "parseProblem",
        "pointerToPath",
        "precompiledValidator",
        "prepareSchema",
        "resolveLang",
        "signInUrl",
        "submitApplication",
        "transformErrors",
        "translateStringFor",
      ]
    `);
  });
});
