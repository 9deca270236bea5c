import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The lint rule that keeps DESIGN.md's dependency direction must actually fire. */
describe('dependency-direction lint rule', () => {
  const root = join(__dirname, '..', '..');
  // The ESLint CLI in a child process: its flat config is an ES module, which jest's VM cannot import.
  const errorsFor = (file: string, code: string) =>
    new Promise<string[]>((resolve, reject) => {
      const child = execFile(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file], { cwd: root }, (err, stdout) => {
        if (!stdout) return reject(err ?? new Error('eslint printed nothing'));
        const [result] = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
        resolve(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      });
      child.stdin!.end(code);
    });

  it.each([
    ['libs/matching/src/x.ts', "import { DataSource } from 'typeorm';"],
    ['libs/matching/src/x.ts', "import { Injectable } from '@nestjs/common';"],
    ['libs/matching/src/x.ts', "import { Queue } from 'bullmq';"],
    ['libs/matching/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['libs/matching/src/x.ts', "import { createDataSource } from '@app/persistence';"],
    ['libs/contracts/src/x.ts', "import { score } from '@app/matching';"],
    ['libs/platform/src/x.ts', "import { writeOutbox } from '@app/messaging';"],
    ['libs/persistence/src/x.ts', "import { ScorerModule } from '../../../apps/scorer/src/scorer.module';"],
  ])('rejects %s importing: %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport const x = 1;\n`)).not.toHaveLength(0);
  });

  it.each([
    ['libs/matching/src/x.ts', "import { z } from 'zod';"],
    ['libs/persistence/src/x.ts', "import { writeOutbox } from '@app/messaging';"],
    ['apps/scorer/src/x.ts', "import { DataSource } from 'typeorm';"],
  ])('allows %s importing: %s', async (file, code) => {
    expect(await errorsFor(file, `${code}\nexport const x = 1;\n`)).toHaveLength(0);
  });
});
