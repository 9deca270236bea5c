/**
 * Personal fields that must never reach a log line, wherever they sit in a logged object.
 * pino's redaction needs explicit paths; we list the fields at the top level and one and two levels down,
 * which covers request bodies (`body.x`), entities (`profile.x`) and nested parts (`profile.contact.x`).
 */
export const PERSONAL_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'fullName',
  'displayName',
  'email',
  'phone',
  'address',
  'dateOfBirth',
  'birthDate',
  'nationality',
  'gender',
  'notes',
  'documentNumber',
  'authorisationStatus',
  'authorisationKind',
  'contact',
  'key',
  'apiKey',
  'password',
] as const;

export const REDACT_PATHS: string[] = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((f) => `*.${f}`),
  ...PERSONAL_FIELDS.map((f) => `*.*.${f}`),
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
];
