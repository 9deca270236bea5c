// Entry for the TypeORM CLI, e.g.
//   npx typeorm migration:show -d dist/libs/persistence/src/data-source.cli.js
import { createDataSource } from './data-source';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Invalid configuration: DATABASE_URL is required but not set\n');
  process.exit(78);
}
export default createDataSource(url);
