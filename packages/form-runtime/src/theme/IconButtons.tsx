import type { IconButtonProps } from '@rjsf/utils';
import { uiTexts } from './context.ts';
import { KernButton } from './KernButton.tsx';

/** Removes an array item (or an additional property). */
export function RemoveButton(props: IconButtonProps) {
  return (
    <KernButton {...props} variant="tertiary" kernIcon="delete" fallback={uiTexts(props.registry).remove} />
  );
}

/** Moves an array item up. */
export function MoveUpButton(props: IconButtonProps) {
  return (
    <KernButton {...props} variant="tertiary" kernIcon="arrow-up" fallback={uiTexts(props.registry).moveUp} />
  );
}

/** Moves an array item down. */
export function MoveDownButton(props: IconButtonProps) {
  return (
    <KernButton
      {...props}
      variant="tertiary"
      kernIcon="arrow-down"
      fallback={uiTexts(props.registry).moveDown}
    />
  );
}

/** Copies an array item. */
export function CopyButton(props: IconButtonProps) {
  return (
    <KernButton
      {...props}
      variant="tertiary"
      kernIcon="content-copy"
      fallback={uiTexts(props.registry).copy}
    />
  );
}

/** Clears a text input (only shown when ui:options allowClearTextInputs is set). */
export function ClearButton(props: IconButtonProps) {
  return (
    <KernButton {...props} variant="tertiary" kernIcon="close" fallback={uiTexts(props.registry).clear} />
  );
}
