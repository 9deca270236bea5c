// An error envelope's details, sorted to the form fields they are about (`location.regionCode` belongs to
// the field that edits `location`), so each message can stand next to its field; what matches no field
// stays in the note at the end of the form.
import { isErrorEnvelope } from './errors';

export interface FieldErrors {
  /** The messages for the fields whose paths start with one of `prefixes`. */
  of(prefixes: string[]): string[];
  /** The details no field of the form claims (`claimed`: every prefix the form shows), as error lines. */
  rest(claimed: string[]): string[];
}

/** Errors without details that are still about one field (a 409 with its code). */
const FIELD_OF_CODE: Record<string, string> = { capacity_below_booked: 'capacity', external_id_taken: 'externalId' };

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!isErrorEnvelope(error)) return { of: () => [], rest: () => (error ? [String(error)] : []) };
  const { code, message } = error.error;
  const details = (error.error.details ?? []).map((d) => ({ path: d.path, message: d.message }));
  if (details.length === 0 && FIELD_OF_CODE[code]) details.push({ path: FIELD_OF_CODE[code], message });
  return {
    of: (prefixes) => details.filter((d) => prefixes.some((p) => under(d.path, p))).map((d) => d.message),
    rest: (claimed) => [message, ...details.filter((d) => !claimed.some((p) => under(d.path, p))).map((d) => `${d.path}: ${d.message}`)],
  };
}
