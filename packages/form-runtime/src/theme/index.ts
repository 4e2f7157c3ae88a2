import type { ThemeProps } from '@rjsf/core';
import { AddButton } from './AddButton.tsx';
import { ArrayFieldItemButtonsTemplate } from './ArrayFieldItemButtonsTemplate.tsx';
import { ArrayFieldItemTemplate } from './ArrayFieldItemTemplate.tsx';
import { ArrayFieldTemplate } from './ArrayFieldTemplate.tsx';
import { BaseInputTemplate } from './BaseInputTemplate.tsx';
import { CheckboxesWidget } from './CheckboxesWidget.tsx';
import { CheckboxWidget } from './CheckboxWidget.tsx';
import { DescriptionFieldTemplate } from './DescriptionFieldTemplate.tsx';
import { ErrorListTemplate } from './ErrorListTemplate.tsx';
import { FieldErrorTemplate } from './FieldErrorTemplate.tsx';
import { FieldHelpTemplate } from './FieldHelpTemplate.tsx';
import { FieldTemplate } from './FieldTemplate.tsx';
import { ClearButton, CopyButton, MoveDownButton, MoveUpButton, RemoveButton } from './IconButtons.tsx';
import { ObjectFieldTemplate } from './ObjectFieldTemplate.tsx';
import { RadioWidget } from './RadioWidget.tsx';
import { SelectWidget } from './SelectWidget.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { TextareaWidget } from './TextareaWidget.tsx';
import { TitleFieldTemplate } from './TitleFieldTemplate.tsx';

/**
 * The KERN theme for @rjsf/core 6: spread it into `<Form {...kernTheme} />` or pass it to `withTheme`. Fixed texts
 * follow `formContext.lang` ('de' default, 'en').
 */
export const kernTheme = {
  templates: {
    ArrayFieldTemplate,
    ArrayFieldItemTemplate,
    ArrayFieldItemButtonsTemplate,
    BaseInputTemplate,
    DescriptionFieldTemplate,
    ErrorListTemplate,
    FieldErrorTemplate,
    FieldHelpTemplate,
    FieldTemplate,
    ObjectFieldTemplate,
    TitleFieldTemplate,
    ButtonTemplates: {
      SubmitButton,
      AddButton,
      RemoveButton,
      MoveUpButton,
      MoveDownButton,
      CopyButton,
      ClearButton,
    },
  },
  widgets: {
    CheckboxWidget,
    CheckboxesWidget,
    RadioWidget,
    SelectWidget,
    TextareaWidget,
  },
} satisfies ThemeProps;

export type { KernFormContext } from './context.ts';
export { translateStringFor } from './translate.ts';
