import { setTimeout as delay } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyBaseLogger } from 'fastify';
import { ShutdownState } from '../shutdown-state';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * A rolling restart without failed requests. On SIGTERM (or SIGINT) readiness turns 503 at
 * once while the listener keeps serving for `drainMs` (balancers notice and stop sending);
 * every answer meanwhile says `Connection: close`. Then the listener closes, waiting for the
 * answers still in flight, and only after that the modules those answers need (calculation
 * threads, background jobs, the database pool): Nest's own signal handling would end them
 * first.
 */
export function closeGracefullyOnSignal(app: NestFastifyApplication, drainMs: number, log: FastifyBaseLogger): void {
  const state = app.get(ShutdownState);
  const onSignal = (signal: NodeJS.Signals): void => {
    if (state.draining) return; // a second signal changes nothing; the drain is already bounded
    state.beginDrain();
    log.info({ signal, drainMs }, `${signal}: not ready any more; serving for ${drainMs} ms, then closing`);
    void (async () => {
      await delay(drainMs);
      await app.getHttpAdapter().close();
      await app.close();
      log.info('stopped');
      process.exit(0);
    })().catch((error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}
