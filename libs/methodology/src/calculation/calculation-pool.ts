import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import Piscina from 'piscina';
import { AppConfig, Metrics, workerFile } from '@bluecarbon/platform';
import { MethodologyErrorCode } from '../domain/errors';
import { type CalculationOutcome, type CalculationTask, refusalError } from './calculation.worker';

/** Calculations that may wait per thread; beyond, callers are told to come back (503). */
const QUEUE_PER_THREAD = 4;
/** Threads retire after this long idle, and start again on demand. */
const IDLE_TIMEOUT_MS = 60_000;

/** A calculation that needs more than one request may use; retrying will not help. */
export class CalculationOverBudget extends Error {
  constructor(
    readonly budget: 'time' | 'memory',
    readonly limit: number,
  ) {
    super(`calculation over its ${budget} budget (${limit})`);
  }
}

/** This caller already holds its share of the pool (running or waiting): it must slow down. */
export class CallerAtCalculationLimit extends Error {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`caller already holds ${limit} calculations`);
  }
}

/** Every thread busy and the queue full, or a calculation waited past all reason: come back later. */
export class CalculatorBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every calculation thread is busy');
  }
}

/**
 * The bounded pool of worker threads the calculator runs in. Exact arithmetic over big
 * numbers is CPU work the event loop must never do itself: one heavy formula held every
 * request (and the readiness check) for 13 s. Each calculation gets a time budget (checked by
 * the engine as it goes), a heap limit (the thread is replaced when it runs out) and the
 * engine's digit budget; the pool size and both budgets come from the configuration.
 */
@Injectable()
export class CalculationPool implements OnModuleDestroy {
  private readonly pool: Piscina<CalculationTask, CalculationOutcome>;
  private readonly timeBudgetMs: number;
  private readonly memoryMb: number;
  /** Places (running or queued) one caller may hold: half of them, so one city never fills the pool for everyone. */
  private readonly placesPerCaller: number;
  private readonly held = new Map<string, number>();

  constructor(config: AppConfig, metrics: Metrics) {
    const size = config.env.CALCULATION_POOL_SIZE;
    this.timeBudgetMs = config.env.CALCULATION_TIME_BUDGET_MS;
    this.memoryMb = config.env.CALCULATION_MEMORY_MB;
    this.pool = new Piscina({
      ...workerFile(__filename, 'calculation.worker'),
      minThreads: 0,
      maxThreads: size,
      maxQueue: size * QUEUE_PER_THREAD,
      idleTimeout: IDLE_TIMEOUT_MS,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    this.placesPerCaller = Math.max(1, Math.floor((size * (QUEUE_PER_THREAD + 1)) / 2));
    metrics.gauge('bluecarbon_calculation_pool_queue', 'Calculations waiting for a thread (beyond the capacity: 503)', () => this.pool.queueSize);
    metrics.gauge(
      'bluecarbon_calculation_pool_queue_capacity',
      'Calculations that may wait before the calculator answers busy',
      () => this.pool.options.maxQueue,
    );
    metrics.gauge('bluecarbon_calculation_pool_threads', 'Calculation threads alive', () => this.pool.threads.length);
    metrics.gauge('bluecarbon_calculation_pool_utilization', "Share of the threads' capacity used since the pool started (0-1)", () => this.pool.utilization);
  }

  /**
   * Runs one calculation for `caller` (a user id); answers its JSON text, or throws the
   * engine's MethodologyError, CalculationOverBudget, CallerAtCalculationLimit or CalculatorBusy.
   */
  async calculate(task: Omit<CalculationTask, 'timeBudgetMs'>, caller: string): Promise<string> {
    const held = this.held.get(caller) ?? 0;
    if (held >= this.placesPerCaller) throw new CallerAtCalculationLimit(this.placesPerCaller, this.retryAfterSeconds());
    if (this.pool.queueSize >= this.pool.options.maxQueue) throw new CalculatorBusy(this.retryAfterSeconds());
    this.held.set(caller, held + 1);
    try {
      return await this.run(task);
    } finally {
      const left = (this.held.get(caller) ?? 1) - 1;
      if (left > 0) this.held.set(caller, left);
      else this.held.delete(caller);
    }
  }

  private async run(task: Omit<CalculationTask, 'timeBudgetMs'>): Promise<string> {
    // The engine stops itself at its budget; this is the backstop for a calculation that waited
    // behind a full queue or a thread that stopped answering.
    const backstop = AbortSignal.timeout(this.timeBudgetMs * (QUEUE_PER_THREAD + 2));
    let outcome: CalculationOutcome;
    try {
      outcome = await this.pool.run({ ...task, timeBudgetMs: this.timeBudgetMs }, { signal: backstop });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new CalculationOverBudget('memory', this.memoryMb);
      if ((error as Error).name === 'AbortError') throw new CalculatorBusy(this.retryAfterSeconds());
      throw error;
    }
    if (outcome.ok) return outcome.answer;
    if (outcome.refusal.code === MethodologyErrorCode.TimeBudgetExceeded) throw new CalculationOverBudget('time', this.timeBudgetMs);
    throw refusalError(outcome.refusal);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }

  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.timeBudgetMs / 1000));
  }
}
