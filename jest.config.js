// Two projects: fast pure unit tests (`*.spec.ts` beside the code) and integration / end-to-end tests
// (`test/**/*.int-spec.ts`, `test/**/*.e2e-spec.ts`) that talk to the real PostgreSQL and Redis named by
// DATABASE_URL / REDIS_URL. Every integration file creates its own database and queue prefix
// (test/support), so files run in parallel.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper['^' + alias.replace('/*', '/(.*)') + '$'] = '<rootDir>/' + target.replace('/*', '/$1');
}

// content-disposition 3 (under @fastify/static) is ESM only: jest gets a CommonJS stand-in (the file says why).
moduleNameMapper['^content-disposition$'] = '<rootDir>/test/support/content-disposition.cjs';

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
};

module.exports = {
  // Integration files create databases and start processes; hooks need more than jest's 5 s default.
  testTimeout: 60000,
  // Integration files mostly wait on PostgreSQL and Redis; three workers keep two cores busy.
  maxWorkers: 3,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      moduleNameMapper,
      transform,
    },
  ],
};
