// Labels of the gate reason codes (why an option is excluded), as the "why not" list shows them. The
// codes are the contract's (GATE_REASON_SCHEMAS in libs/contracts); a unit test fails on one without a
// label in either language.
export const esReasons = {
  reason_not_open: 'No está abierta',
  reason_not_authorised_work: 'Su situación no le permite trabajar',
  reason_not_authorised_training: 'Su situación no le permite formarse',
  reason_authorisation_kind_not_accepted: 'La oferta no acepta su tipo de autorización',
  reason_permit_ends_before: 'Su permiso termina antes',
  reason_minimum_age: 'No cumple la edad mínima',
  reason_deadline_passed: 'Pasó la fecha límite',
  reason_capacity_full: 'Sin plazas libres',
  reason_programme_started: 'El programa ya empezó',
  reason_starts_before_available: 'Empieza antes de que esté disponible',
  reason_excluded_sector: 'Sector que no desea',
  reason_no_digital_access: 'Le falta dispositivo o conexión',
  reason_not_accessible: 'El lugar no es accesible',
  reason_commute_too_long: 'Trayecto demasiado largo',
  reason_schedule_conflict: 'Choca con su horario',
  reason_language_below_minimum: 'Nivel de idioma por debajo del mínimo',
} as const;

export const enReasons: Record<keyof typeof esReasons, string> = {
  reason_not_open: 'Not open',
  reason_not_authorised_work: 'Not authorised to work',
  reason_not_authorised_training: 'Not authorised to train',
  reason_authorisation_kind_not_accepted: 'Authorisation kind not accepted',
  reason_permit_ends_before: 'Permit ends before',
  reason_minimum_age: 'Below the minimum age',
  reason_deadline_passed: 'Deadline passed',
  reason_capacity_full: 'No seats left',
  reason_programme_started: 'Programme already started',
  reason_starts_before_available: 'Starts before they are available',
  reason_excluded_sector: 'A sector they do not want',
  reason_no_digital_access: 'No device or connection',
  reason_not_accessible: 'Place not accessible',
  reason_commute_too_long: 'Commute too long',
  reason_schedule_conflict: 'Clashes with their schedule',
  reason_language_below_minimum: 'Language level below the minimum',
};
