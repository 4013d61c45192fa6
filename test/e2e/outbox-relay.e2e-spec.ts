import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type ClaimedEvent, MAX_DELIVERY_ATTEMPTS, OutboxRelay, OutboxService } from '@bluecarbon/platform';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, testConfig } from '../support/test-app';

/**
 * Two workers are two Nest contexts with their own connection pools, like two processes.
 * On the embedded engine a second process cannot open the same database, so there the two
 * relays share one context (and its one serialised session).
 */
describe(`outbox relay on the ${engineName()} engine`, () => {
  const contexts: INestApplicationContext[] = [];
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let config: ReturnType<typeof testConfig>;

  async function startWorker(): Promise<INestApplicationContext> {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await context.init();
    // The relays are driven by the test, not by their timers.
    await context.get(OutboxRelay).stop();
    contexts.push(context);
    return context;
  }

  let first: INestApplicationContext;
  let second: INestApplicationContext;

  beforeAll(async () => {
    // The relay claims every pending event: other test files' events must not be in reach.
    database = await isolatedDatabase();
    config = testConfig(database.overrides);
    first = await startWorker();
    second = engineName() === 'server' ? await startWorker() : first;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await database.drop();
  });

  async function enqueue(context: INestApplicationContext, type: string, count: number): Promise<string[]> {
    const dataSource = context.get<DataSource>(getDataSourceToken());
    const outbox = context.get(OutboxService);
    return dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) ids.push(await outbox.enqueue(manager, type, { index }));
      return ids;
    });
  }

  function relayFor(context: INestApplicationContext): OutboxRelay {
    return new OutboxRelay(context.get(OutboxService));
  }

  async function drain(relays: OutboxRelay[], done: () => boolean): Promise<void> {
    for (let round = 0; round < 200 && !done(); round += 1) {
      await Promise.all(relays.map((relay) => relay.runOnce(7)));
    }
  }

  it('two workers deliver every event exactly once', async () => {
    const type = `test.double-delivery.${randomUUID()}`;
    const ids = await enqueue(first, type, 120);
    const deliveries = new Map<string, string[]>();
    const relays = [relayFor(first), relayFor(second)];
    relays.forEach((relay, index) =>
      relay.register(type, async (event: ClaimedEvent) => {
        deliveries.set(event.id, [...(deliveries.get(event.id) ?? []), `worker-${index}`]);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }),
    );
    await drain(relays, () => ids.every((id) => deliveries.has(id)));

    expect([...deliveries.keys()].sort()).toEqual([...ids].sort());
    expect([...deliveries.values()].filter((workers) => workers.length !== 1)).toEqual([]);
    const dataSource = first.get<DataSource>(getDataSourceToken());
    const [row] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox_event WHERE type = $1 AND delivered_at IS NULL`, [type]);
    expect(row.pending).toBe(0);
    if (engineName() === 'server') {
      // Both workers did part of the work; otherwise this test proves nothing about SKIP LOCKED.
      const byWorker = new Set([...deliveries.values()].flat());
      expect(byWorker.size).toBe(2);
    }
  });

  it('retries a failed delivery later and dead-letters it after too many attempts', async () => {
    const type = `test.failing.${randomUUID()}`;
    const [id] = await enqueue(first, type, 1);
    const relay = relayFor(first);
    let calls = 0;
    relay.register(type, async () => {
      calls += 1;
      throw new Error('receiver down');
    });
    const dataSource = first.get<DataSource>(getDataSourceToken());
    const readRow = async () =>
      (await dataSource.query(`SELECT attempts, last_error, dead_at, available_at > now() AS later FROM outbox_event WHERE id = $1`, [id]))[0];

    await relay.runOnce();
    expect(calls).toBe(1);
    expect(await readRow()).toMatchObject({ attempts: 1, last_error: 'receiver down', dead_at: null, later: true });

    // Not due yet: a second pass must not touch it.
    await relay.runOnce();
    expect(calls).toBe(1);

    await dataSource.query(`UPDATE outbox_event SET available_at = now(), attempts = $2 WHERE id = $1`, [id, MAX_DELIVERY_ATTEMPTS - 1]);
    await relay.runOnce();
    expect(calls).toBe(2);
    const dead = await readRow();
    expect(dead.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(dead.dead_at).not.toBeNull();
  });

  it('redelivers an event whose worker died mid-delivery once its lease expires', async () => {
    const type = `test.crash.${randomUUID()}`;
    const [id] = await enqueue(first, type, 1);
    const outbox = first.get(OutboxService);
    // A worker claims the event and dies before marking it delivered.
    const claimed = await outbox.claim(100, 1);
    expect(claimed.map((event) => event.id)).toContain(id);

    const survivor = relayFor(second);
    const seen: string[] = [];
    survivor.register(type, async (event) => {
      seen.push(event.id);
    });
    await survivor.runOnce(100);
    expect(seen).toEqual([]); // still leased to the dead worker

    await new Promise((resolve) => setTimeout(resolve, 1100));
    await survivor.runOnce(100);
    expect(seen).toEqual([id]);
  });

  it('a relay told to stop finishes the delivery in hand and releases the rest, which another takes at once', async () => {
    const type = `test.stopping.${randomUUID()}`;
    const ids = await enqueue(first, type, 5);
    const stopping = relayFor(first);
    const byStopping: string[] = [];
    let stopped: Promise<void> | undefined;
    stopping.register(type, async (event) => {
      // SIGTERM arrives while the first event is being delivered.
      stopped ??= stopping.stop();
      byStopping.push(event.id);
    });
    expect(await stopping.runOnce(100, 600)).toBe(1);
    await stopped;
    expect(byStopping).toHaveLength(1);

    // The four released events are due now (no ten-minute lease to wait out), and their
    // aborted claim does not count as an attempt.
    const dataSource = first.get<DataSource>(getDataSourceToken());
    const rows: { attempts: number; locked_until: Date | null }[] = await dataSource.query(
      `SELECT attempts, locked_until FROM outbox_event WHERE type = $1 AND delivered_at IS NULL`,
      [type],
    );
    expect(rows).toEqual(Array.from({ length: 4 }, () => ({ attempts: 0, locked_until: null })));
    const survivor = relayFor(second);
    const bySurvivor: string[] = [];
    survivor.register(type, async (event) => {
      bySurvivor.push(event.id);
    });
    await survivor.runOnce(100);
    expect([...byStopping, ...bySurvivor].sort()).toEqual([...ids].sort());
  });
});
