import { Writable } from 'node:stream';
import { runWithContext } from '../context/request-context';
import { createLogger, PinoNestLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { stream, lines };
}

describe('structured logger', () => {
  it('redacts personal fields at any of the first three levels', () => {
    const { stream, lines } = capture();
    const log = createLogger('test', 'info', stream);
    log.info({ email: 'a@b.c', profile: { name: 'Mayerlin', gender: 'f', skills: 3 }, body: { contact: { phone: '+593' } } }, 'saved');
    const out = lines.join('');
    expect(out).not.toContain('a@b.c');
    expect(out).not.toContain('Mayerlin');
    expect(out).not.toContain('+593');
    expect(JSON.parse(out).profile).toEqual({ name: '[redacted]', gender: '[redacted]', skills: 3 });
  });

  it('redacts API keys in request headers', () => {
    const { stream, lines } = capture();
    createLogger('test', 'info', stream).info({ req: { headers: { authorization: 'Bearer mk_secret', 'x-api-key': 'mk_secret' } } });
    expect(lines.join('')).not.toContain('mk_secret');
  });

  it('redacts inside arrays and leaves the logged object itself unchanged', () => {
    const { stream, lines } = capture();
    const body = { people: [{ name: 'Mayerlin', skills: 3 }], headers: { 'x-api-key': 'mk_secret', accept: 'json' } };
    createLogger('test', 'info', stream).info(body, 'saved');
    const out = JSON.parse(lines.join(''));
    expect({ people: out.people, headers: out.headers }).toEqual({ people: [{ name: '[redacted]', skills: 3 }], headers: { 'x-api-key': '[redacted]', accept: 'json' } });
    expect(body.people[0].name).toBe('Mayerlin');
    expect(body.headers['x-api-key']).toBe('mk_secret');
  });

  it('keeps the message and stack of an error it censors a field of', () => {
    const { stream, lines } = capture();
    const err = Object.assign(new Error('boom'), { email: 'a@b.c' });
    createLogger('test', 'info', stream).error({ err }, 'failed');
    const out = JSON.parse(lines.join(''));
    expect(out.err).toMatchObject({ message: 'boom', email: '[redacted]', type: 'Error' });
    expect(out.err.stack).toContain('boom');
    expect(err.email).toBe('a@b.c');
  });

  it('adapts Nest log calls with their context', () => {
    const { stream, lines } = capture();
    new PinoNestLogger(createLogger('svc', 'info', stream)).log('started', 'Bootstrap');
    expect(JSON.parse(lines[0])).toMatchObject({ service: 'svc', context: 'Bootstrap', msg: 'started', level: 30 });
  });

  it('stamps every line written inside a request or job context with it, and no line outside one', async () => {
    const { stream, lines } = capture();
    const log = createLogger('svc', 'info', stream);
    log.info('before');
    await runWithContext({ requestId: 'req-1' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.info({ n: 1 }, 'inside, after an await');
      new PinoNestLogger(log).warn('through Nest', 'Ctx');
    });
    runWithContext({ requestId: 'req-2', queue: 'events', jobId: 'outbox-7' }, () => log.info('in a job'));
    log.info('after');
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((l) => [l.msg, l.requestId, l.queue, l.jobId])).toEqual([
      ['before', undefined, undefined, undefined],
      ['inside, after an await', 'req-1', undefined, undefined],
      ['through Nest', 'req-1', undefined, undefined],
      ['in a job', 'req-2', 'events', 'outbox-7'],
      ['after', undefined, undefined, undefined],
    ]);
  });
});
