import type { ErrorDetail } from '@app/contracts';
import type { ZodError } from 'zod';

/** Turns zod issues into error details with dotted field paths (unknown keys get their own path). */
export function zodIssuesToDetails(error: ZodError, root?: string): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of error.issues) {
    const base = [root, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({ path: [...base, key].join('.'), message: 'unknown field', code: 'unrecognized_key' });
      }
      continue;
    }
    details.push({ path: base.join('.') || '(root)', message: issue.message, code: issue.code });
  }
  return details;
}
