/**
 * Moves focus to the control of a field id: the element itself when it is a control, else the first control in it
 * (a fieldset), else the first control named after it (radios share the field id as name).
 */
export function focusField(root: ParentNode, id: string): boolean {
  const controls = 'input, select, textarea, button';
  const element = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  const target =
    (element?.matches(controls) ? element : element?.querySelector<HTMLElement>(controls)) ??
    root.querySelector<HTMLElement>(`[name="${CSS.escape(id)}"]`);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}
