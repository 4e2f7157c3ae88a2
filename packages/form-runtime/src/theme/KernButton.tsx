import type { IconButtonProps } from '@rjsf/utils';
import type { ReactNode } from 'react';

/**
 * A KERN button with an optional icon and a visible label; RJSF's icon-only buttons would need aria-labels, a visible
 * text serves everyone. RJSF-only props (registry, uiSchema, iconType) are kept off the DOM.
 */
export function KernButton(
  props: IconButtonProps & {
    variant: 'primary' | 'secondary' | 'tertiary';
    kernIcon?: string;
    fallback: ReactNode;
  },
) {
  const { variant, kernIcon, fallback, children, className, registry, uiSchema, iconType, icon, ...rest } =
    props;
  return (
    <button
      type="button"
      {...rest}
      className={`kern-btn kern-btn--${variant}${className ? ` ${className}` : ''}`}
    >
      {kernIcon && <span className={`kern-icon kern-icon--${kernIcon}`} aria-hidden="true" />}
      <span className="kern-label">{children ?? fallback}</span>
    </button>
  );
}
