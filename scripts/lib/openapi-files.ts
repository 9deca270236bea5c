import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { AppDocument } from './openapi-documents';

/** From dist/scripts/lib or scripts/lib: the repository root is where package.json is. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    if (join(dir, '..') === dir) throw new Error('repository root (package.json) not found');
    dir = join(dir, '..');
  }
  return dir;
}

/** Where the committed documents and their client types live (the console imports the .d.ts files). */
export const OPENAPI_DIR = join(repoRoot(), 'docs', 'openapi');

/** File name -> content: `<app>.json` and `<app>.d.ts` per documented app. */
export type OpenApiFiles = Map<string, string>;

/**
 * The committed form of each document and its openapi-typescript types. Paths and component names are
 * sorted so that moving a controller or a DTO between modules does not reorder the file; everything
 * inside keeps the order of the code (a schema's properties stay in contract order).
 */
export async function renderOpenApiFiles(docs: AppDocument[]): Promise<OpenApiFiles> {
  const files: OpenApiFiles = new Map();
  for (const { name, document } of docs) {
    const stable = stableDocument(document);
    files.set(`${name}.json`, `${JSON.stringify(stable, null, 2)}\n`);
    files.set(`${name}.d.ts`, clientTypes(stable, name));
  }
  return files;
}

export function stableDocument(doc: OpenAPIObject): OpenAPIObject {
  const sorted = <T>(o: Record<string, T> | undefined) => o && Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...doc, paths: sorted(doc.paths)!, components: { ...doc.components, schemas: sorted(doc.components?.schemas) } };
}

/**
 * openapi-typescript in a child node: its CommonJS build require()s ES-only modules, which node loads
 * but jest's module runtime cannot, and the drift test runs under jest. Reads the document on stdin.
 */
const TYPES_SCRIPT = `
const { default: openapiTS, astToString, COMMENT_HEADER } = require('openapi-typescript');
let input = '';
process.stdin.on('data', (d) => (input += d)).on('end', async () => {
  const ast = await openapiTS(JSON.parse(input), { silent: true, rootTypes: true, rootTypesNoSchemaPrefix: true });
  process.stdout.write(COMMENT_HEADER + astToString(ast));
});`;

/**
 * `paths`, `components` and `operations` for openapi-fetch (`createClient<paths>()`), plus one alias per
 * component schema (`Profile`, `ErrorEnvelope`, ...). Also validates the document (openapi-typescript
 * refuses an invalid one).
 */
function clientTypes(doc: OpenAPIObject, name: string): string {
  const types = execFileSync(process.execPath, ['--no-warnings', '-e', TYPES_SCRIPT], { input: JSON.stringify(doc), cwd: repoRoot(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return types.replace(/\*\/\n\n/, `*/\n// ${name}: regenerate with \`npm run openapi:generate\` (docs/api.md).\n\n`);
}

/** What differs between the committed files and a fresh generation; empty when they are equal. */
export function openApiDrift(fresh: OpenApiFiles, readCommitted: (file: string) => string | null = readCommittedFile): string[] {
  const problems: string[] = [];
  for (const [file, content] of fresh) {
    const committed = readCommitted(file);
    if (committed === null) problems.push(`${file}: missing (not generated yet)`);
    else if (committed !== content) problems.push(`${file}: ${describeChange(file, committed, content)}`);
  }
  return problems;
}

function readCommittedFile(file: string): string | null {
  try {
    return readFileSync(join(OPENAPI_DIR, file), 'utf8');
  } catch {
    return null;
  }
}

/** For a document, which operations and schemas changed; for types, the first line that differs. */
export function describeChange(file: string, before: string, after: string): string {
  if (file.endsWith('.json')) {
    try {
      const changes = documentChanges(JSON.parse(before) as OpenAPIObject, JSON.parse(after) as OpenAPIObject);
      if (changes.length) return changes.slice(0, 12).join('; ') + (changes.length > 12 ? `; and ${changes.length - 12} more` : '');
    } catch {
      return 'not valid JSON';
    }
  }
  const a = before.split('\n');
  const b = after.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return `differs from line ${at + 1}: committed ${JSON.stringify(a[at] ?? '<end>')}, generated ${JSON.stringify(b[at] ?? '<end>')}`;
}

function documentChanges(before: OpenAPIObject, after: OpenAPIObject): string[] {
  const ops = (d: OpenAPIObject) => new Map(Object.entries(d.paths ?? {}).flatMap(([p, item]) => Object.entries(item).map(([m, op]) => [`${m.toUpperCase()} ${p}`, JSON.stringify(op)])));
  const schemas = (d: OpenAPIObject) => new Map(Object.entries(d.components?.schemas ?? {}).map(([n, s]) => [`schema ${n}`, JSON.stringify(s)]));
  const compare = (a: Map<string, string>, b: Map<string, string>) => [
    ...[...b.keys()].filter((k) => !a.has(k)).map((k) => `${k} added`),
    ...[...a.keys()].filter((k) => !b.has(k)).map((k) => `${k} removed`),
    ...[...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)).map((k) => `${k} changed`),
  ];
  const rest = (d: OpenAPIObject) => JSON.stringify({ ...d, paths: undefined, components: { ...d.components, schemas: undefined } });
  return [...compare(ops(before), ops(after)), ...compare(schemas(before), schemas(after)), ...(rest(before) !== rest(after) ? ['info, tags or security schemes changed'] : [])];
}
