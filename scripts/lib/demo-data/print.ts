import type { DemoLoadResult } from './load';
import type { OrgKey } from './organisations';

/** Shell variable names of the demo keys, as the README's curl calls use them. */
export const KEY_VARIABLES: Record<OrgKey, string> = {
  ngo: 'CM',
  training: 'TRAINING',
  bakery: 'BAKERY',
  retail: 'RETAIL',
  pharmacy: 'PHARMACY',
  logistics: 'LOGISTICS',
  hospitality: 'HOSPITALITY',
  construction: 'CONSTRUCTION',
  fair: 'ORGANISER',
};

/**
 * What the launcher and `npm run seed:demo` print once: the counts, then every key and showcase id as
 * a shell `export` line with the role and organisation beside it, ready to paste.
 */
export function formatDemoSummary(r: DemoLoadResult): string {
  const o = r.counts.opportunities;
  const pad = Math.max(...r.keys.map((k) => KEY_VARIABLES[k.orgKey].length), ...r.showcase.map((s) => s.name.length));
  const line = (name: string, value: string, comment: string) => `  export ${`${name}=${value}`.padEnd(pad + 1 + value.length)}   # ${comment}\n`;
  return (
    `\n  Demo data loaded (fictional people and organisations; see "Demo data" in README.md):\n` +
    `  ${r.counts.organisations} organisations, ${r.counts.people} people, ${o.job} jobs, ${o.apprenticeship} apprenticeships, ${o.training} trainings.\n\n` +
    `  Demo API keys, one per organisation (shown once, stored hashed):\n` +
    r.keys.map((k) => line(KEY_VARIABLES[k.orgKey], k.key, `${k.role.padEnd(12)} ${k.organisation}`)).join('') +
    `\n  Showcase people and postings:\n` +
    r.showcase.map((s) => line(s.name, s.id, s.label)).join('') +
    '\n'
  );
}
