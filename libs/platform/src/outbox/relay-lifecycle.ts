import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OutboxRelay } from './outbox-relay';

export const RUN_OUTBOX_RELAY = Symbol('RUN_OUTBOX_RELAY');

/**
 * Starts the relay once every module has registered its handlers, and drains it on stop:
 * before shutdown, because TypeORM closes the pool in its own `onApplicationShutdown`, which
 * Nest calls before ours (deeper modules first) and a delivery in hand still needs it.
 */
@Injectable()
export class RelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    @Inject(RUN_OUTBOX_RELAY) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.relay.start(this.config.env.OUTBOX_POLL_INTERVAL_MS);
    new Logger('OutboxRelay').log('outbox relay started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
