import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import Piscina from 'piscina';
import { AppConfig, Metrics, workerFile } from '@bluecarbon/platform';
import { type RevisionSource, revisionSourceOf, type RevisionSourceTask } from './revision-source';

/**
 * From this size a revision is segmented in a worker thread. Below it the thread hop and the
 * copy of the answer cost more than they save; above it the parse holds the event loop (a
 * 10,000-segment document about 0.5 s of CPU), and two imports at once run on two cores.
 */
export const SEGMENT_IN_WORKER_FROM_CHARS = 64 * 1024;
/** Threads retire after this long idle, and start again on demand. */
const IDLE_TIMEOUT_MS = 60_000;

/** Segments revision sources: small ones in place, large ones in a pool of worker threads. */
@Injectable()
export class SegmentationPool implements OnModuleDestroy {
  private readonly pool: Piscina<RevisionSourceTask, RevisionSource>;

  constructor(config: AppConfig, metrics: Metrics) {
    this.pool = new Piscina({
      ...workerFile(__filename, 'segmentation.worker'),
      minThreads: 0,
      maxThreads: config.env.SEGMENTATION_POOL_SIZE,
      idleTimeout: IDLE_TIMEOUT_MS,
    });
    metrics.gauge('bluecarbon_segmentation_pool_threads', 'Segmentation threads alive', () => this.pool.threads.length);
    metrics.gauge('bluecarbon_segmentation_pool_queue', 'Revisions waiting for a segmentation thread', () => this.pool.queueSize);
    metrics.gauge('bluecarbon_segmentation_pool_completed', 'Revisions segmented in worker threads since the process started', () => this.pool.completed);
  }

  async revisionSource(input: string, locale: string): Promise<RevisionSource> {
    const task = { input, locale };
    return input.length < SEGMENT_IN_WORKER_FROM_CHARS ? revisionSourceOf(task) : this.pool.run(task);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
