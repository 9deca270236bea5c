/**
 * The baseline's ranking query, as a competent team would write it: skills as int[] with a GIN index
 * (intarray, gin__int_ops), overlap counted in SQL, every eligibility rule, the commute and the schedule
 * in WHERE, ORDER BY the overlap, LIMIT 20. Parameters: rows.ts `personParams`.
 *
 * The commute expression is the engine's (equirectangular distance with precomputed cosines, x 1.3
 * detour / speed of the best mode + 10 minutes), written in the same operation order so that both
 * sides compute bit-identical doubles.
 */

export type QueryForm = 'straightforward' | 'tuned';

const COMMUTE = `((6371::float8 * (pi() / 180::float8)) * sqrt(((lon - $17) * 0.5::float8 * ($18 + cos_lat)) ^ 2 + (lat - $16) ^ 2) * 1.3::float8 * 60::float8)
      / (CASE WHEN transport_allowance THEN $20::float8 ELSE $19::float8 END) + 10::float8`;

/** Everything except skills, place and the commute: flags, dates, permits, sector, access, schedule, language. */
const ELIGIBLE = `open AND booked < capacity AND $2::float8 <= deadline
    AND (NOT requires_work OR $3::bool) AND (kind = 0 OR $4::bool)
    AND ($5::int IS NULL OR cardinality(accepted_kinds) = 0 OR $5::int = ANY(accepted_kinds))
    AND $6::float8 >= greatest(start_day, $2::float8)
    AND (NOT adults_only OR $7::bool)
    AND (kind = 0 OR ($2::float8 <= join_by AND $8::float8 <= join_by))
    AND NOT (isco >= 0 AND (isco / 1000 = ANY($9::int[]) OR isco / 100 = ANY($10::int[]) OR isco / 10 = ANY($11::int[]) OR isco = ANY($12::int[])))
    AND NOT (sector = ANY($13::text[]))
    AND (NOT online OR device_loan OR $14::bool)
    AND (NOT $15::bool OR remote OR accessible)
    AND bit_count(schedule & ~(CASE WHEN childcare THEN $22::bit(168) ELSE $23::bit(168) END)) <= 0.1::float8 * schedule_hours
    AND lang_req <@ $24::int[]`;

const BOX = `lat BETWEEN $25::float8 AND $26::float8 AND lon BETWEEN $27::float8 AND $28::float8`;
const WITHIN_REACH = `${BOX} AND ${COMMUTE} <= $21::float8`;
const OVERLAP = `icount(skills & $1::int[])`;

/** One statement, place as an OR: the location index cannot help, the planner uses the GIN index or a scan. */
export function rankingSql(table: string, form: QueryForm, limit = 20): string {
  if (form === 'straightforward') {
    return `SELECT n, ${OVERLAP} AS overlap FROM ${table}
  WHERE skills && $1::int[] AND ${ELIGIBLE}
    AND (remote OR NOT located OR (${WITHIN_REACH}))
  ORDER BY overlap DESC, n LIMIT ${limit}`;
  }
  // Tuned: on-site/hybrid (bounding box on the (lat, lon) btree) and remote/unlocated (partial index)
  // queried separately, each keeping its own top 20, then merged.
  return `(SELECT n, ${OVERLAP} AS overlap FROM ${table}
    WHERE located AND NOT remote AND ${WITHIN_REACH} AND skills && $1::int[] AND ${ELIGIBLE}
    ORDER BY overlap DESC, n LIMIT ${limit})
  UNION ALL
  (SELECT n, ${OVERLAP} AS overlap FROM ${table}
    WHERE (remote OR NOT located) AND skills && $1::int[] AND ${ELIGIBLE}
    ORDER BY overlap DESC, n LIMIT ${limit})
  ORDER BY overlap DESC, n LIMIT ${limit}`;
}

/** Every opportunity that passes every rule, skills ignored (the honesty check's eligible set). */
export function eligibleSql(table: string): string {
  return `SELECT n FROM ${table}
  WHERE $1::int[] IS NOT NULL AND ${ELIGIBLE}
    AND (remote OR NOT located OR (${WITHIN_REACH}))
  ORDER BY n`;
}
