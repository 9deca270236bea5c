import type { EngineOpportunity, EnginePerson } from './model';
import * as G from './gates';
import { firstGate, gateMask, gateReasons, GATE_BIT, type GateReason } from './gates';
import * as C from './compile/codes';
import { PairFacts } from './pair-facts';
import { DAY0, GUAYAQUIL, opportunity, pair, person, training, WEEKDAYS } from './testing/builders';
import { emptyWeekGrid, weekGridFromRanges } from './week-grid';

const NOW = DAY0;

function reasons(p: EnginePerson, o: EngineOpportunity, now = NOW): GateReason[] {
  const { P, O } = pair(p, o);
  return gateReasons(gateMask(P, 0, O, 0, now, new PairFacts(), false));
}

describe('gates', () => {
  it('a plausible pair passes every gate', () => {
    expect(reasons(person(), opportunity())).toEqual([]);
  });

  it('not_open', () => {
    expect(reasons(person(), opportunity({ status: 'closed' }))).toEqual(['not_open']);
  });

  describe('authorisation', () => {
    const noWork = person({ eligibility: { mayWork: false, mayTrain: true, authorisationKind: 'asylum_applicant', authorisationEndsAt: null, isAdult: true } });
    it('jobs always need work authorisation, even when the record says otherwise', () => {
      expect(reasons(noWork, opportunity({ requiresWorkAuthorisation: false }))).toEqual(['not_authorised_work']);
    });
    it('trainings without a work requirement are open to people who may train', () => {
      expect(reasons(noWork, training())).toEqual([]);
    });
    it('an apprenticeship with an employment contract needs work authorisation', () => {
      expect(reasons(noWork, training({ kind: 'apprenticeship', requiresWorkAuthorisation: true }))).toEqual(['not_authorised_work']);
    });
    it('not_authorised_training when the person may not train', () => {
      const p = person({ eligibility: { ...noWork.eligibility, mayTrain: false } });
      expect(reasons(p, training())).toEqual(['not_authorised_training']);
    });
    it('accepted kinds: listed kind passes, other kind fails, no permit needed passes', () => {
      const o = opportunity({ acceptedAuthorisationKinds: ['temporary_residence'] });
      const withKind = (k: string | null) => person({ eligibility: { mayWork: true, mayTrain: true, authorisationKind: k, authorisationEndsAt: null, isAdult: true } });
      expect(reasons(withKind('temporary_residence'), o)).toEqual([]);
      expect(reasons(withKind('humanitarian_visa'), o)).toEqual(['authorisation_kind_not_accepted']);
      expect(reasons(withKind(null), o)).toEqual([]);
    });
    it('authorisation ending before the start gates; ending during the programme does not', () => {
      const ends = (d: number) => person({ eligibility: { mayWork: true, mayTrain: true, authorisationKind: 'x', authorisationEndsAt: d, isAdult: true } });
      const t = training({ startDate: DAY0 + 30, durationWeeks: 20 });
      expect(reasons(ends(DAY0 + 29), t)).toEqual(['permit_ends_before']);
      expect(reasons(ends(DAY0 + 60), t)).toEqual([]);
    });
  });

  it('minimum_age', () => {
    const minor = person({ eligibility: { mayWork: true, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: false } });
    expect(reasons(minor, opportunity())).toEqual(['minimum_age']);
    expect(reasons(minor, opportunity({ adultsOnly: false }))).toEqual([]);
  });

  it('deadline_passed', () => {
    expect(reasons(person(), opportunity({ applicationDeadline: NOW - 1 }))).toEqual(['deadline_passed']);
    expect(reasons(person(), opportunity({ applicationDeadline: NOW }))).toEqual([]);
  });

  it('capacity_full', () => {
    expect(reasons(person(), opportunity({ capacity: 3, booked: 3 }))).toEqual(['capacity_full']);
  });

  it('programme_started: a started programme takes people only inside its replacement window', () => {
    const t = training({ startDate: NOW - 10, durationWeeks: 10 }); // 70 days, window = 14 days
    expect(reasons(person(), t)).toEqual([]);
    expect(reasons(person(), t, NOW + 5)).toEqual(['programme_started']);
    expect(reasons(person(), training({ startDate: NOW - 10, durationWeeks: 10, replacementWindowFraction: 0 }))).toEqual(['programme_started']);
    // Jobs have no such window.
    expect(reasons(person(), opportunity({ startDate: NOW - 100 }))).toEqual([]);
  });

  it('starts_before_available: the person cannot join before the late-join limit', () => {
    const t = training({ startDate: NOW + 10, durationWeeks: 10 });
    expect(reasons(person({ earliestStart: NOW + 30 }), t)).toEqual(['starts_before_available']);
    expect(reasons(person({ earliestStart: NOW + 20 }), t)).toEqual([]);
  });

  it('excluded_sector by ISCO prefix or sector code', () => {
    const excl = (s: string[]) => person({ aspirations: { ...person().aspirations, excludedSectors: s } });
    expect(reasons(excl(['8']), opportunity({ iscoGroup: '8344' }))).toEqual(['excluded_sector']);
    expect(reasons(excl(['83']), opportunity({ iscoGroup: '8344' }))).toEqual(['excluded_sector']);
    expect(reasons(excl(['82']), opportunity({ iscoGroup: '8344' }))).toEqual([]);
    expect(reasons(excl(['construction']), opportunity({ sector: 'construction' }))).toEqual(['excluded_sector']);
  });

  it('no_digital_access for remote/hybrid without device and connection, unless devices are lent', () => {
    const offline = person({ digitalAccess: { device: true, connectivity: false } });
    expect(reasons(offline, training({ mode: 'remote', location: null }))).toEqual(['no_digital_access']);
    expect(reasons(offline, training({ mode: 'hybrid' }))).toEqual(['no_digital_access']);
    expect(reasons(offline, training({ mode: 'on_site' }))).toEqual([]);
    expect(reasons(offline, training({ mode: 'remote', location: null, supports: { ...training().supports, deviceLoan: true } }))).toEqual([]);
  });

  it('not_accessible: limited mobility gates places that are neither accessible nor remote', () => {
    const p = person({ limitedMobility: true });
    expect(reasons(p, opportunity())).toEqual(['not_accessible']);
    expect(reasons(p, opportunity({ supports: { ...opportunity().supports, accessibility: true } }))).toEqual([]);
    expect(reasons(p, opportunity({ mode: 'remote', location: null }))).toEqual([]);
  });

  describe('commute_too_long', () => {
    it('gates a place beyond the person\'s maximum, not a remote one', () => {
      expect(reasons(person(), opportunity({ location: GUAYAQUIL }))).toEqual(['commute_too_long']);
      expect(reasons(person(), opportunity({ location: GUAYAQUIL, mode: 'remote' }))).toEqual([]);
    });
    it('a transport allowance opens public transport for a walker', () => {
      // ~5 km: on foot ~88 min, by public transport ~30 min.
      const walker = person({ transport: { modes: ['walk'], maxCommuteMinutes: 45, canUseTransportAllowance: true } });
      expect(reasons(walker, opportunity())).toEqual(['commute_too_long']);
      expect(reasons(walker, opportunity({ supports: { ...opportunity().supports, transportAllowance: true } }))).toEqual([]);
    });
    it('limited mobility keeps the person\'s own maximum: an accessible place within it is offered', () => {
      const p = person({ limitedMobility: true, transport: { modes: ['public_transport'], maxCommuteMinutes: 50, canUseTransportAllowance: false } });
      const o = opportunity({ supports: { ...opportunity().supports, accessibility: true } }); // ~30 min away
      expect(reasons(p, o)).toEqual([]);
      expect(reasons(p, opportunity())).toEqual(['not_accessible']);
      expect(reasons({ ...p, transport: { ...p.transport, maxCommuteMinutes: 20 } }, o)).toEqual(['commute_too_long']);
    });
    it('an unknown location never gates', () => {
      expect(reasons(person(), opportunity({ location: null }))).toEqual([]);
    });
  });

  describe('schedule_conflict', () => {
    const afternoon = opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]) });
    const mother = person({
      availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 20 }]),
      careHours: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]),
    });
    it('care hours block a schedule, on-site childcare frees them', () => {
      expect(reasons(mother, afternoon)).toEqual(['schedule_conflict']);
      expect(reasons(mother, { ...afternoon, supports: { ...afternoon.supports, childcare: true } })).toEqual([]);
    });
    it('hours outside availability conflict even with childcare', () => {
      const night = opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 20, to: 24 }]), supports: { ...opportunity().supports, childcare: true } });
      expect(reasons(mother, night)).toEqual(['schedule_conflict']);
    });
    it('tolerates up to 10% of the scheduled hours', () => {
      // 30 h scheduled; care on Monday 8-11 removes 3 h (= 10%, tolerated), 8-12 removes 4 h (gated).
      const o = opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]) });
      const p = person({ availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]), careHours: weekGridFromRanges([{ days: [0], from: 8, to: 11 }]) });
      expect(reasons(p, o)).toEqual([]);
      const p4 = person({ availability: p.availability, careHours: weekGridFromRanges([{ days: [0], from: 8, to: 12 }]) });
      expect(reasons(p4, o)).toEqual(['schedule_conflict']);
    });
    it('an unstated availability means any hour; an empty schedule never conflicts', () => {
      expect(reasons(person({ availability: emptyWeekGrid() }), afternoon)).toEqual([]);
      expect(reasons(mother, opportunity({ schedule: emptyWeekGrid() }))).toEqual([]);
    });
  });

  it('language_below_minimum: more than one level below a hard minimum', () => {
    const o = (level: number, hard: boolean) => opportunity({ languageMinimums: [{ tag: 'EN', level, hard }] });
    const p = person({ languages: [{ tag: 'en', level: 2 }] });
    expect(reasons(p, o(3, true))).toEqual([]);
    expect(reasons(p, o(4, true))).toEqual(['language_below_minimum']);
    expect(reasons(p, o(4, false))).toEqual([]);
    expect(reasons(person({ languages: [] }), o(2, true))).toEqual(['language_below_minimum']);
  });

  it('all reasons are listed in evaluation order; the first is what ranking reports', () => {
    const p = person({ eligibility: { mayWork: false, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true } });
    const o = opportunity({ location: GUAYAQUIL, capacity: 1, booked: 1 });
    const all = reasons(p, o);
    expect(all).toEqual(['not_authorised_work', 'capacity_full', 'commute_too_long']);
    const { P, O } = pair(p, o);
    const quick = gateMask(P, 0, O, 0, NOW, new PairFacts(), true);
    expect(firstGate(quick)).toBe('not_authorised_work');
    expect(quick & GATE_BIT.commute_too_long).toBe(0); // stopped before computing the commute
    expect(firstGate(0)).toBeNull();
  });
});

describe('latestJoinDayOf (uncompiled) agrees with the compiled rule and the programme_started gate', () => {
  it('programmes: start + fraction x duration; no duration: the start; jobs: no limit', async () => {
    const { latestJoinDay, latestJoinDayOf } = await import('./gates');
    const { OpportunityIndex } = await import('./compile/opportunity-index');
    const { Vocabulary } = await import('./vocabulary');
    const { ArrayRelatedness } = await import('./relatedness');
    const cases = [training({ startDate: NOW - 10, durationWeeks: 10 }), training({ startDate: NOW, durationWeeks: 3, replacementWindowFraction: 0.5 }), training({ startDate: NOW + 4, durationWeeks: null }), opportunity({ startDate: NOW - 100 })];
    const O = new OpportunityIndex(new Vocabulary(new ArrayRelatedness(new Int32Array(0), new Int32Array(0))));
    for (const o of cases) {
      O.upsert(o);
      expect(latestJoinDayOf(o)).toBeCloseTo(latestJoinDay(O, O.slotOf(o.id)), 4);
    }
    expect(latestJoinDayOf(cases[0])).toBeCloseTo(NOW - 10 + 14, 4);
    expect(latestJoinDayOf(cases[2])).toBe(NOW + 4);
    expect(latestJoinDayOf(cases[3])).toBe(Infinity);
  });

  it('the hot-loop constants and requirement bits are the gates\' own bits', () => {
    expect([G.GATE_AUTH_KIND, G.GATE_AUTH_ENDS, G.GATE_DEADLINE, G.GATE_CAPACITY, G.GATE_STARTED, G.GATE_STARTS_BEFORE, G.GATE_EXCLUDED_SECTOR, G.GATE_COMMUTE, G.GATE_SCHEDULE, G.GATE_LANGUAGE]).toEqual(
      [GATE_BIT.authorisation_kind_not_accepted, GATE_BIT.permit_ends_before, GATE_BIT.deadline_passed, GATE_BIT.capacity_full, GATE_BIT.programme_started, GATE_BIT.starts_before_available, GATE_BIT.excluded_sector, GATE_BIT.commute_too_long, GATE_BIT.schedule_conflict, GATE_BIT.language_below_minimum],
    );
    expect([C.REQ_OPEN, C.REQ_WORK_PERMIT, C.REQ_TRAINING_PERMIT, C.REQ_ADULT, C.REQ_DIGITAL, C.REQ_STEP_FREE]).toEqual(
      [GATE_BIT.not_open, GATE_BIT.not_authorised_work, GATE_BIT.not_authorised_training, GATE_BIT.minimum_age, GATE_BIT.no_digital_access, GATE_BIT.not_accessible],
    );
  });
});
