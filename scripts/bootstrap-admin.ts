// npm run bootstrap:admin -- [--org "Name"]: create a platform organisation (if needed) and an admin
// API key on DATABASE_URL, print the key once. The key is stored hashed like every other key.
import { createDataSource } from '@app/persistence';
import { cliArgs } from './lib/cli-args';
import { createFirstAdmin } from './lib/first-admin';

async function main(): Promise<void> {
  const { values } = cliArgs({
    usage: 'npm run bootstrap:admin -- [--org <name>]',
    description: 'Creates a platform organisation (if needed) and an admin API key on DATABASE_URL and prints the key once (stored hashed).',
    options: { org: { type: 'string', default: 'Platform administration' } },
    help: { org: 'name of the platform organisation the key belongs to' },
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('Invalid configuration: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  const orgName = values.org as string;
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'bootstrap-admin' }).initialize();
  try {
    const { key, organisationId } = await createFirstAdmin(ds, orgName, 'bootstrap admin key');
    process.stdout.write(`Admin API key for organisation ${organisationId} (shown once, store it now):\n${key}\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`bootstrap failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
