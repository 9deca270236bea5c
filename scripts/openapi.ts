// npm run openapi:generate / openapi:check: the OpenAPI documents of profile-service and vacancy-service
// and their openapi-typescript client types, built without PostgreSQL or Redis (docs/api.md).
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliArgs } from './lib/cli-args';
import { buildAppDocuments } from './lib/openapi-documents';
import { OPENAPI_DIR, openApiDrift, renderOpenApiFiles } from './lib/openapi-files';

async function main(): Promise<void> {
  const { values } = cliArgs({
    usage: 'npm run openapi:generate [-- --check]',
    description: `Builds the OpenAPI documents of the HTTP apps from their controllers and zod contracts (no database needed) and writes them with their client types to ${relative(process.cwd(), OPENAPI_DIR) || OPENAPI_DIR}. With --check nothing is written: exits 1 naming what differs when the committed files are not what the code generates.`,
    options: { check: { type: 'boolean', default: false } },
    help: { check: 'compare with the committed files instead of writing them (CI)' },
  });
  const files = await renderOpenApiFiles(await buildAppDocuments());
  if (values.check) {
    const drift = openApiDrift(files);
    if (drift.length) {
      process.stderr.write(`The committed OpenAPI files are not what the code generates; run npm run openapi:generate and commit docs/openapi:\n${drift.map((d) => `  ${d}`).join('\n')}\n`);
      process.exit(1);
    }
    process.stdout.write(`OpenAPI files up to date (${[...files.keys()].join(', ')})\n`);
    return;
  }
  mkdirSync(OPENAPI_DIR, { recursive: true });
  for (const [file, content] of files) writeFileSync(join(OPENAPI_DIR, file), content);
  process.stdout.write(`wrote ${[...files.keys()].map((f) => join(relative(process.cwd(), OPENAPI_DIR), f)).join(', ')}\n`);
}

main().catch((err) => {
  process.stderr.write(`openapi failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
