import { type ArrayFieldItemButtonsTemplateProps, buttonId } from '@rjsf/utils';
import { format } from '../i18n/messages.ts';
import { uiTexts } from './context.ts';
import { itemTitle } from './item-title.ts';

/** The buttons of one array item; each says which item it acts on ("Mitarbeiter 2 entfernen"). */
export function ArrayFieldItemButtonsTemplate(props: ArrayFieldItemButtonsTemplateProps) {
  const { fieldPathId, registry, uiSchema, schema, index, disabled, readonly } = props;
  const { CopyButton, MoveDownButton, MoveUpButton, RemoveButton } = registry.templates.ButtonTemplates;
  const t = uiTexts(registry);
  const params = { item: itemTitle(schema, registry), index: index + 1 };
  const off = disabled || readonly;
  return (
    <>
      {(props.hasMoveUp || props.hasMoveDown) && (
        <MoveUpButton
          id={buttonId(fieldPathId, 'moveUp')}
          disabled={off || !props.hasMoveUp}
          onClick={props.onMoveUpItem}
          uiSchema={uiSchema}
          registry={registry}
        >
          {format(t.moveUpItem, params)}
        </MoveUpButton>
      )}
      {(props.hasMoveUp || props.hasMoveDown) && (
        <MoveDownButton
          id={buttonId(fieldPathId, 'moveDown')}
          disabled={off || !props.hasMoveDown}
          onClick={props.onMoveDownItem}
          uiSchema={uiSchema}
          registry={registry}
        >
          {format(t.moveDownItem, params)}
        </MoveDownButton>
      )}
      {props.hasCopy && (
        <CopyButton
          id={buttonId(fieldPathId, 'copy')}
          disabled={off}
          onClick={props.onCopyItem}
          uiSchema={uiSchema}
          registry={registry}
        >
          {format(t.copyItem, params)}
        </CopyButton>
      )}
      {props.hasRemove && (
        <RemoveButton
          id={buttonId(fieldPathId, 'remove')}
          disabled={off}
          onClick={props.onRemoveItem}
          uiSchema={uiSchema}
          registry={registry}
        >
          {format(t.removeItem, params)}
        </RemoveButton>
      )}
    </>
  );
}
