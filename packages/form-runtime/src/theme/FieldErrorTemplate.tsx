import { errorId, type FieldErrorProps } from '@rjsf/utils';

/** The errors of one field as a KERN error message; its id is referenced by the control's aria-describedby. */
export function FieldErrorTemplate(props: FieldErrorProps) {
  const messages = (props.errors ?? []).filter((error) => !!error);
  if (messages.length === 0) return null;
  return (
    <p className="kern-error" id={errorId(props.fieldPathId)}>
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">
        {messages.map((message, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity and never reorder
          <span key={index}>{index > 0 ? ` ${message}` : message}</span>
        ))}
      </span>
    </p>
  );
}
