// The console's build: Vite (Rolldown + Oxc) compiles the TSX itself with React's automatic JSX runtime,
// so no React plugin is needed (its peer dependencies clash with the root's jest/babel ones). Output goes
// to dist/console, which the launcher's console server (scripts/lib/console-server.ts) serves.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: resolve(here, '../../dist/console'), emptyOutDir: true, target: 'es2022', reportCompressedSize: true },
  server: {
    // `npx vite apps/console` during development: the same /api/* prefixes the console server proxies.
    proxy: {
      '/api/profile': { target: 'http://127.0.0.1:3001', rewrite: (p) => p.replace(/^\/api\/profile/, '') },
      '/api/vacancy': { target: 'http://127.0.0.1:3002', rewrite: (p) => p.replace(/^\/api\/vacancy/, '') },
    },
  },
});
