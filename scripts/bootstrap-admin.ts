// npm run bootstrap:admin -- [--org "Name"]: create a platform organisation (if needed) and an admin
// API key on DATABASE_URL, print the key once. The key is stored hashed like every other key.
import { createDataSource } from '@app/persistence';
import { createFirstAdmin } from './lib/first-admin';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('Invalid configuration: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  const orgFlag = process.argv.indexOf('--org');
  const orgName = orgFlag > 0 ? process.argv[orgFlag + 1] : 'Platform administration';
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
