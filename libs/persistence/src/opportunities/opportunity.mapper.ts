import type { Opportunity, OpportunityFields } from '@app/contracts';
import type { OpportunityEntity } from './opportunity.entity';

/**
 * Columns for the employer-set fields (everything but ids, seats, version and timestamps). `postedAt` is
 * left out when not given, so an insert takes the column's default (the creation day) and an update
 * keeps the stored day.
 */
export type OpportunityColumns = Omit<OpportunityEntity, 'id' | 'seq' | 'organisationId' | 'booked' | 'version' | 'createdAt' | 'updatedAt' | 'sourceJsonld' | 'postedAt'> & { postedAt?: string };

export function fieldsToColumns(f: OpportunityFields): OpportunityColumns {
  return {
    kind: f.kind,
    status: f.status,
    title: f.title,
    description: f.description,
    occupationUri: f.occupation?.escoUri ?? null,
    iscoCode: f.occupation?.iscoCode ?? null,
    occupationLabel: f.occupation?.label ?? null,
    sector: f.sector,
    essentialSkills: f.essentialSkills,
    optionalSkills: f.optionalSkills,
    languageMinimums: f.languageMinimums,
    minEqf: f.minEqf,
    minExperienceMonths: f.minExperienceMonths,
    acceptsUnrecognisedCredentials: f.acceptsUnrecognisedCredentials,
    mode: f.mode,
    regionCode: f.location?.regionCode ?? null,
    lat: f.location?.lat ?? null,
    lon: f.location?.lon ?? null,
    schedule: f.schedule,
    onlineSchedule: f.onlineSchedule,
    hoursPerWeek: f.hoursPerWeek,
    employmentTypes: f.employmentTypes,
    startDate: f.startDate,
    durationWeeks: f.durationWeeks,
    applicationDeadline: f.applicationDeadline,
    capacity: f.capacity,
    supports: f.supports,
    requiresWorkAuthorisation: f.requiresWorkAuthorisation,
    acceptedAuthorisationKinds: f.acceptedAuthorisationKinds,
    adultsOnly: f.adultsOnly,
    skillsConferred: f.skillsConferred,
    certificate: f.certificate,
    leadsToSelfEmployment: f.leadsToSelfEmployment,
    replacementWindowFraction: f.replacementWindowFraction,
    externalId: f.externalId,
    ...(f.postedAt !== undefined ? { postedAt: f.postedAt } : {}),
  };
}

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** The employer-set fields of a row (the shape create/update validate). `filled` reads back as open. */
export function entityToFields(e: OpportunityEntity): OpportunityFields {
  const occupation = e.occupationUri || e.iscoCode || e.occupationLabel ? strip({ escoUri: e.occupationUri, iscoCode: e.iscoCode, label: e.occupationLabel }) : null;
  return {
    kind: e.kind,
    status: e.status === 'filled' ? 'open' : e.status,
    title: e.title,
    description: e.description,
    occupation: occupation as OpportunityFields['occupation'],
    sector: e.sector,
    essentialSkills: e.essentialSkills,
    optionalSkills: e.optionalSkills,
    languageMinimums: e.languageMinimums,
    minEqf: e.minEqf,
    minExperienceMonths: e.minExperienceMonths,
    acceptsUnrecognisedCredentials: e.acceptsUnrecognisedCredentials,
    mode: e.mode,
    location: e.regionCode ? (strip({ regionCode: e.regionCode, lat: e.lat, lon: e.lon }) as OpportunityFields['location']) : null,
    schedule: e.schedule,
    onlineSchedule: e.onlineSchedule ?? null,
    hoursPerWeek: e.hoursPerWeek,
    employmentTypes: e.employmentTypes,
    startDate: e.startDate,
    durationWeeks: e.durationWeeks,
    applicationDeadline: e.applicationDeadline,
    capacity: e.capacity,
    supports: e.supports,
    requiresWorkAuthorisation: e.requiresWorkAuthorisation,
    acceptedAuthorisationKinds: e.acceptedAuthorisationKinds,
    adultsOnly: e.adultsOnly,
    skillsConferred: e.skillsConferred,
    certificate: e.certificate,
    leadsToSelfEmployment: e.leadsToSelfEmployment,
    replacementWindowFraction: e.replacementWindowFraction,
    externalId: e.externalId,
    postedAt: e.postedAt,
  };
}

export function toOpportunity(e: OpportunityEntity): Opportunity {
  return {
    ...entityToFields(e),
    id: e.id,
    organisationId: e.organisationId,
    status: e.status,
    booked: e.booked,
    postedAt: e.postedAt,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
