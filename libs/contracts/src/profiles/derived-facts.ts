import type { AuthorisationKind, RestrictedRecord } from './restricted';

/**
 * What the matching side may know about a person's legal situation: eligibility facts only. Gender,
 * nationality and the date of birth never leave the restricted record; age only as "adult or not".
 */
export interface DerivedFacts {
  mayWork: boolean;
  mayTrain: boolean;
  /** null = no permit involved (citizens) or nothing recorded. Used only for accepted-kinds checks. */
  authorisationKind: AuthorisationKind | null;
  /** Last valid day (YYYY-MM-DD) of the authorisation; null = does not end (or nothing recorded). */
  authorisationEndsAt: string | null;
  isAdult: boolean;
  /** false when no restricted record exists: the facts are the cautious defaults below. */
  recorded: boolean;
}

/**
 * What each kind allows when the record does not say. Refugees and permanent residents may work;
 * asylum seekers, irregular and pending cases may not until a case manager records otherwise; training
 * is open to everyone but irregular migrants (programmes usually need some legal stay).
 */
const DEFAULTS: Record<AuthorisationKind, { work: boolean; training: boolean }> = {
  citizen: { work: true, training: true },
  permanent_resident: { work: true, training: true },
  temporary_resident: { work: false, training: true },
  refugee: { work: true, training: true },
  asylum_seeker: { work: false, training: true },
  humanitarian_visa: { work: true, training: true },
  irregular: { work: false, training: false },
  pending: { work: false, training: true },
  other: { work: false, training: true },
};

/** Without a record: no work (jobs need a verified permit), training open, assumed adult (the service serves adults). */
const UNRECORDED: DerivedFacts = { mayWork: false, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true, recorded: false };

export const ADULT_AGE = 18;

/**
 * Pure: the same record and reference date (YYYY-MM-DD) always give the same facts. An authorisation
 * that expired before the reference date allows nothing (the case manager must record the new status).
 * Without a date of birth the person counts as adult.
 */
export function deriveFacts(record: Pick<RestrictedRecord, 'authorisationKind' | 'allowsWork' | 'allowsTraining' | 'expiresOn' | 'dateOfBirth'> | null, referenceDate: string): DerivedFacts {
  if (!record) return { ...UNRECORDED };
  const kind = record.authorisationKind;
  const expired = record.expiresOn !== null && record.expiresOn < referenceDate;
  const defaults = DEFAULTS[kind];
  return {
    mayWork: !expired && (record.allowsWork ?? defaults.work),
    mayTrain: !expired && (record.allowsTraining ?? defaults.training),
    authorisationKind: kind === 'citizen' ? null : kind,
    authorisationEndsAt: kind === 'citizen' ? null : record.expiresOn,
    isAdult: record.dateOfBirth === null || ageOn(record.dateOfBirth, referenceDate) >= ADULT_AGE,
    recorded: true,
  };
}

/** Completed years between two YYYY-MM-DD dates (string arithmetic: no time zone can shift a day). */
export function ageOn(dateOfBirth: string, referenceDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ry, rm, rd] = referenceDate.split('-').map(Number);
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}
