import { TEST_REDIS_URL } from './env';
import { deleteLoggedPrefixes } from './queue-prefixes';

/** After the integration and end-to-end files: their queues' keys go (queue-prefixes.ts). */
export default async function globalTeardown(): Promise<void> {
  await deleteLoggedPrefixes(TEST_REDIS_URL).catch((err: unknown) => process.stderr.write(`test queue keys not deleted: ${err instanceof Error ? err.message : String(err)}\n`));
}
