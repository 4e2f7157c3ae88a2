// The baseline of the benchmark: plain @rjsf/core with its default theme and @rjsf/validator-ajv8, rendered by React,
// as a team would use them without Festplatz. It loads the same form JSON from the same API as the element does and
// compiles the schema in the browser (ajv's default, which needs 'unsafe-eval'; Festplatz precompiles on the server).
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';

const host = document.getElementById('app');
if (!host) throw new Error('baseline page without #app');
const edition = host.dataset.edition ?? '';
const response = await fetch(`/api/v1/editions/${encodeURIComponent(edition)}/form`, {
  headers: { Accept: 'application/json', 'Accept-Language': 'de' },
});
const form = (await response.json()) as { schema: RJSFSchema; uiSchema?: UiSchema };
// ajv8's default draft-07 meta-schema refuses a declared 2020-12 `$schema`; Festplatz drops it the same way.
const { $schema: _dropped, ...schema } = form.schema;
// The same numeric tolerance as Festplatz's compiled validators, so both report the same errors.
const validator = customizeValidator({ ajvOptionsOverrides: { multipleOfPrecision: 9 } });

createRoot(host).render(
  <Form
    schema={schema}
    uiSchema={form.uiSchema ?? {}}
    validator={validator}
    noHtml5Validate
    showErrorList="top"
    focusOnFirstError
  />,
);
