import type { OrganisationKind, Role } from '@app/contracts';

/**
 * The demo organisations and the one API key each gets. Names carry "(demo)" so nobody mistakes them
 * for real organisations; the NGO's name doubles as the marker that the demo is loaded.
 */
export interface DemoOrganisation {
  key: OrgKey;
  name: string;
  kind: OrganisationKind;
  role: Role;
  /** What the key is for, printed next to it. */
  purpose: string;
}

export const DEMO_ORGANISATIONS = [
  { key: 'ngo', name: 'Fundación Caminos Compartidos (demo)', kind: 'ngo', role: 'case_manager', purpose: 'case manager: people, recommendations' },
  { key: 'training', name: 'Centro de Formación Nuevos Horizontes (demo)', kind: 'training_provider', role: 'employer', purpose: 'training provider: trainings, candidates' },
  { key: 'bakery', name: 'Panificadora El Trigal (demo)', kind: 'employer', role: 'employer', purpose: 'employer (bakery): vacancies, candidates' },
  { key: 'retail', name: 'Supermercados La Canasta (demo)', kind: 'employer', role: 'employer', purpose: 'employer (retail)' },
  { key: 'pharmacy', name: 'Farmacias Salud Andina (demo)', kind: 'employer', role: 'employer', purpose: 'employer (pharmacy)' },
  { key: 'logistics', name: 'Logística Pacífico Express (demo)', kind: 'employer_and_training_provider', role: 'employer', purpose: 'employer (logistics) with apprenticeships' },
  { key: 'hospitality', name: 'Hotel y Restaurante Mitad del Mundo (demo)', kind: 'employer', role: 'employer', purpose: 'employer (hospitality)' },
  { key: 'construction', name: 'Constructora Cordillera (demo)', kind: 'employer_and_training_provider', role: 'employer', purpose: 'employer (construction) with apprenticeships' },
  { key: 'fair', name: 'Feria de Empleo Inclusivo (demo)', kind: 'fair_organiser', role: 'organiser', purpose: 'job-fair organiser' },
] as const satisfies readonly { key: string; name: string; kind: OrganisationKind; role: Role; purpose: string }[];

export type OrgKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/** The organisation whose presence means "the demo is loaded". */
export const DEMO_MARKER_ORGANISATION = DEMO_ORGANISATIONS[0].name;
