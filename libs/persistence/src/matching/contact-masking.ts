/**
 * Contact data as an employer sees it before the person is referred: enough to tell candidates apart,
 * not enough to contact them around the case manager. Pure.
 */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const initials = name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => `${[...w][0].toUpperCase()}.`);
  return initials.join(' ');
}

/** Every digit but the last two hidden: "+593 99 123 4567" -> "+*** ** *** **67". */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '').length;
  let seen = 0;
  return phone.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '*'));
}

/** "mayerlin@example.org" -> "m***@example.org". */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** From `referred` on (and while not ended by a withdrawal or rejection) the employer sees the contact data. */
export const CONTACT_VISIBLE_STATUSES = ['referred', 'interview', 'offered', 'placed', 'started', 'completed'] as const;
