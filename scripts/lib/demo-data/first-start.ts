import { createDataSource } from '@app/persistence';
import { demoIsLoaded, loadDemoData } from './load';
import { formatDemoSummary } from './print';

/**
 * `npm start` on the embedded database: load the demo once, on the first start (no demo NGO yet), and
 * print its keys. `DEMO_DATA=off` skips it (an empty embedded database, e.g. to try the API from zero).
 */
export async function loadDemoOnFirstStart(databaseUrl: string, say: (line: string) => void): Promise<void> {
  if (process.env.DEMO_DATA === 'off') return;
  const ds = await createDataSource(databaseUrl, { poolSize: 2, applicationName: 'start-demo' }).initialize();
  try {
    if (await demoIsLoaded(ds)) return;
    say('first start: loading the demo data set (about 300 people and 200 opportunities in Ecuador; DEMO_DATA=off skips it)');
    const started = Date.now();
    const result = await loadDemoData(ds);
    say(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; the scorer ranks it as it starts`);
    process.stdout.write(formatDemoSummary(result));
  } finally {
    await ds.destroy();
  }
}
