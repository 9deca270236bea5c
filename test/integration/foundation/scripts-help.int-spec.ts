import { createTestDatabase, type TestDatabase } from '../../support/database';
import { runCompiled } from '../../support/run-compiled';

/** Every script parses its flags strictly: --help prints the usage and does nothing; an unknown flag is a usage error. */
describe('scripts: --help and strict flags', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('scriptshelp');
  });
  afterAll(() => db?.drop());

  const SCRIPTS = ['bootstrap-admin', 'migrate', 'seed-demo', 'taxonomy-import', 'taxonomy-build-demo', 'start', 'bench', 'eval-taxonomy', 'openapi'];

  it.each(SCRIPTS)('%s --help prints its usage and exits 0', async (name) => {
    const r = await runCompiled(`scripts/${name}.js`, { DATABASE_URL: db.url }, 20000, ['--help']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: npm (start|run \S+)/);
    expect(r.stdout).toContain('--help, -h');
  });

  it('bootstrap-admin --help creates no key (it used to create one)', async () => {
    const keys = async () => Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM api_keys`))[0].n);
    const before = await keys();
    const r = await runCompiled('scripts/bootstrap-admin.js', { DATABASE_URL: db.url }, 20000, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('mk_');
    expect(await keys()).toBe(before);
  });

  it('an unknown flag or a flag without its value is a usage error (64), not ignored', async () => {
    const unknown = await runCompiled('scripts/bootstrap-admin.js', { DATABASE_URL: db.url }, 20000, ['--organisation', 'x']);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown option '--organisation'/);
    expect(unknown.stderr).toContain('Usage: npm run bootstrap:admin');
    const missing = await runCompiled('scripts/taxonomy-import.js', { DATABASE_URL: db.url }, 20000, ['--dir']);
    expect(missing.code).toBe(64);
  });
});
