import type { FieldErrors } from '../api/field-errors';

/**
 * The messages about one field, right after it. The field names this element in `aria-describedby`
 * and sets `aria-invalid` (fieldProps), so a screen reader reads the message with the field.
 */
export function FieldError({ id, errors, paths }: { id: string; errors: FieldErrors; paths: string[] }) {
  const messages = errors.of(paths);
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error">
      {messages.join('; ')}
    </span>
  );
}

export function fieldProps(id: string, errors: FieldErrors, paths: string[]) {
  const invalid = errors.of(paths).length > 0;
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? id : undefined };
}
