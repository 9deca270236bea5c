import { demoDataDir, importEscoFolder, taxonomyStoreIsEmpty } from '@app/taxonomy';
import { Pool } from 'pg';

/**
 * `npm start` on a fresh database: the taxonomy store is empty, so the shipped demo taxonomy is
 * imported (the services work without the full ESCO download). A store that holds anything (the demo,
 * or the full ESCO from `npm run taxonomy:import`) is left alone. Returns the line to print, or null.
 */
export async function importDemoTaxonomyIfEmpty(databaseUrl: string): Promise<string | null> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1, application_name: 'start' });
  try {
    if (!(await taxonomyStoreIsEmpty(pool))) return null;
    const report = await importEscoFolder(pool, demoDataDir());
    const t = report.tables;
    return `taxonomy store was empty: imported the demo taxonomy (${t.occupation.inserted} occupations, ${t.skill.inserted} skills; full ESCO: npm run taxonomy:import -- --dir <folder>)`;
  } finally {
    await pool.end();
  }
}
