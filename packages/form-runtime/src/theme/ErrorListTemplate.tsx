import { type ErrorListProps, toPath } from '@rjsf/utils';
import type { MouseEvent } from 'react';
import { uiTexts } from './context.ts';
import { fieldIdFromProperty, fieldTitleAt } from './error-target.ts';
import { focusField } from './focus-field.ts';

/**
 * The error summary at the top of the form: a KERN danger alert listing every problem as a link to its field. A click
 * focuses the control itself (a plain fragment link would only scroll to it).
 */
export function ErrorListTemplate(props: ErrorListProps) {
  const { errors, registry, uiSchema } = props;
  const t = uiTexts(registry);
  const { idPrefix, idSeparator } = registry.globalFormOptions;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const form = event.currentTarget.closest('form') ?? document;
    if (focusField(form, id)) event.preventDefault();
  };
  return (
    <div className="kern-alert kern-alert--danger festplatz-error-summary" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{t.errorSummaryTitle}</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((error, index) => {
            const id = fieldIdFromProperty(error.property, idPrefix, idSeparator);
            const path = toPath(error.property ?? '').filter((segment) => segment !== '');
            const title = error.title || fieldTitleAt(registry.rootSchema, uiSchema, path);
            const message = error.message ?? error.stack;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: one field may have several errors, the list is rebuilt per validation
              <li key={`${id}-${index}`}>
                <a className="kern-link" href={`#${id}`} onClick={(event) => onClick(event, id)}>
                  {title ? `${title}: ${message}` : message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
