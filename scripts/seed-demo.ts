// npm run seed:demo: load the demo data set (fictional organisations, people and opportunities in
// Ecuador, one API key per organisation) into DATABASE_URL, through the same services as the HTTP API.
// Refuses a database that already holds it. `npm start` on the embedded defaults does this by itself.
import { createDataSource } from '@app/persistence';
import { cliArgs } from './lib/cli-args';
import { DemoAlreadyLoadedError, formatDemoSummary, loadDemoData } from './lib/demo-data';

async function main(): Promise<void> {
  cliArgs({
    usage: 'npm run seed:demo',
    description: 'Loads the demo data set (fictional organisations, people and opportunities in Ecuador, one API key per organisation)\ninto DATABASE_URL through the same services as the HTTP API; refuses a database that already holds it.',
    options: {},
    help: {},
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('Invalid configuration: DATABASE_URL is required but not set (npm start loads the demo into the embedded database by itself)\n');
    process.exit(78);
  }
  const ds = await createDataSource(url, { poolSize: 2, applicationName: 'seed-demo' }).initialize();
  try {
    process.stdout.write(formatDemoSummary(await loadDemoData(ds)));
  } catch (e) {
    if (e instanceof DemoAlreadyLoadedError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
