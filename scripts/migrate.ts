// npm run migrate: apply every pending migration to DATABASE_URL.
import { runMigrations } from '@app/persistence';
import { loadConfigOrExit } from '@app/platform';
import { z } from 'zod';
import { cliArgs } from './lib/cli-args';

async function main(): Promise<void> {
  cliArgs({ usage: 'npm run migrate', description: 'Applies every pending migration to DATABASE_URL.', options: {}, help: {} });
  const url = z.object({ DATABASE_URL: z.string().min(1) }).safeParse(process.env);
  if (!url.success) {
    process.stderr.write('Invalid configuration: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  // Validate the URL's shape the same way the apps do (REDIS_URL is not needed to migrate).
  loadConfigOrExit({ ...process.env, REDIS_URL: process.env.REDIS_URL || 'redis://unused' });
  const applied = await runMigrations(url.data.DATABASE_URL);
  process.stdout.write(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'database is up to date\n');
}

main().catch((err) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
