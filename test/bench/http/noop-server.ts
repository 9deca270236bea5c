// A bare Nest app with one no-op route (GET /noop -> {"status":"ok"}), on Express or on Fastify
// (argv[2]), listening on argv[3]: the ceiling of each HTTP platform on this machine, measured by the
// HTTP benchmark with the same load generator as the real routes. No guard, no middleware, no logger.
// With argv[4] = n (Fastify only), GET /noop answers a constant body of n bytes instead: the platform's
// ceiling for an answer as large as a recommendations page.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';

/**
 * A constant body of argv[4] random bytes (a Buffer: Fastify sends it as it is), or null for the JSON
 * no-op. Random like a gzip body: autocannon spends far more per response on incompressible bytes than
 * on repeated ones, so a body of one repeated letter would overstate this ceiling.
 */
const BODY = process.argv[4] ? randomBytes(Number(process.argv[4])) : null;

@Controller()
class NoopController {
  @Get('noop')
  noop(): { status: 'ok' } | Buffer {
    return BODY ?? { status: 'ok' };
  }
}

@Module({ controllers: [NoopController] })
class NoopModule {}

async function main(): Promise<void> {
  const platform = process.argv[2];
  const port = Number(process.argv[3]);
  if (platform !== 'express' && platform !== 'fastify') throw new Error(`platform must be express or fastify, not ${platform}`);
  if (BODY && platform !== 'fastify') throw new Error('a body size is for the Fastify ceiling only (Express would send a Buffer as JSON)');
  const adapter = platform === 'fastify' ? new FastifyAdapter() : new ExpressAdapter();
  const app = await NestFactory.create(NoopModule, adapter, { logger: false });
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
  process.stdout.write(`noop ${platform} listening on ${port}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
