import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Guard = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
type Plugin = ReturnType<FastifyAdapter['registerPlugin']>;

/**
 * Bull Board's Fastify adapter with a guard in front of every one of its routes: an onRequest hook in
 * the board's own plugin context, so it covers exactly the board's routes (pages, API, static files)
 * whatever the URL's spelling (the router is case-insensitive and decodes percent escapes). Without a
 * guard set every request is refused: the board is never open by accident.
 */
export class GuardedBoardAdapter extends FastifyAdapter {
  guard: Guard | null = null;

  override registerPlugin(): Plugin {
    const inner = super.registerPlugin();
    const plugin: Plugin = (fastify, opts, done) => {
      fastify.addHook('onRequest', async (req, reply) => {
        if (this.guard) return this.guard(req, reply);
        await reply.status(403).send({ error: { code: 'forbidden', message: 'The queue dashboard is closed', details: [] } });
      });
      inner(fastify, opts, done);
    };
    return plugin;
  }
}
