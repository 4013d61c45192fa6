import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a quick health check to a slow calculation or upload. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * This process's Prometheus metrics. A registry per app rather than prom-client's global
 * one: tests start several apps in one process, and each must count only its own traffic.
 * Modules add what they measure with `gauge()` (read at scrape time, never on a timer).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'bluecarbon_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'bluecarbon_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly outboxDeliveries = new Counter({
    name: 'bluecarbon_outbox_deliveries_total',
    help: 'Outbox events this relay delivered, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly outboxFailures = new Counter({
    name: 'bluecarbon_outbox_delivery_failures_total',
    help: 'Outbox deliveries that failed (retried later, or dead-lettered), by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  constructor() {
    // CPU, memory, event-loop delay, handles: prom-client reads them at scrape time.
    collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge read when scraped: `read` returns one value, or values by label. */
  gauge<L extends string>(
    name: string,
    help: string,
    read: () => Promise<number | { labels: Record<L, string>; value: number }[]> | number | { labels: Record<L, string>; value: number }[],
    labelNames: readonly L[] = [],
  ): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        const values = await read();
        if (typeof values === 'number') this.set(values);
        else for (const { labels, value } of values) this.set(labels as never, value);
      },
    });
  }

  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
