import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import type { KernFormContext } from '../../theme/context.ts';
import { ObjectFieldTemplate } from '../../theme/ObjectFieldTemplate.tsx';
import { isOnPage, type WizardPage } from './pages.ts';

/** The RJSF `formContext` of the wizard: the KERN theme's language plus the page being shown. */
export interface WizardFormContext extends KernFormContext {
  page?: WizardPage;
}

/**
 * The KERN object template that shows, at the root, only the current page's fields in the page's order. The whole
 * schema and data stay in the form, so conditional sections (`allOf` if/then across pages) keep working and the
 * other pages' answers are kept while they are not shown.
 */
export function PageObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const page = (props.registry.formContext as WizardFormContext | undefined)?.page;
  if (props.fieldPathId.path.length > 0 || !page || page.fields.length === 0) {
    return <ObjectFieldTemplate {...props} />;
  }
  const order = (name: string) => page.fields.indexOf(name);
  const properties = props.properties
    .filter((property) => isOnPage(page, property.name))
    .sort((a, b) => order(a.name) - order(b.name));
  return <ObjectFieldTemplate {...props} properties={properties} />;
}
