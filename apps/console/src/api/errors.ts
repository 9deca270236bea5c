// The services' one error shape, turned into lines a person can read (field path first).
export interface ErrorEnvelope {
  error: { code: string; message: string; details?: Array<{ path: string; message: string; code: string }> };
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as ErrorEnvelope).error?.message === 'string';
}

export function errorLines(value: unknown): string[] {
  if (!isErrorEnvelope(value)) return [String(value ?? 'error')];
  const details = value.error.details ?? [];
  return [value.error.message, ...details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))];
}
