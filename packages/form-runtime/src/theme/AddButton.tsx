import type { IconButtonProps } from '@rjsf/utils';
import { uiTexts } from './context.ts';
import { KernButton } from './KernButton.tsx';

/** The "add" button of arrays (its text names what it adds, passed as children by ArrayFieldTemplate). */
export function AddButton(props: IconButtonProps) {
  return <KernButton {...props} variant="secondary" kernIcon="add" fallback={uiTexts(props.registry).add} />;
}
