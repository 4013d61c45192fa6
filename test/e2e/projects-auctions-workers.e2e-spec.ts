import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OutboxRelay } from '@bluecarbon/platform';
import { AuctionCloseJob, AuctionScheduler } from '@bluecarbon/projects/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createOrganisation, dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { auctionOf, bidOf, linkedBuyerOf } from '../support/projects-fixtures';
import { engineName, type TestApi, testConfig } from '../support/test-app';

/**
 * Two workers are two Nest contexts of the worker app with their own connection pools, like
 * two processes. On the embedded engine a second process cannot open the same database, so
 * there the two closers share one context (and its one serialised session).
 */
describe(`auction closing by two workers on the ${engineName()} engine`, () => {
  const contexts: INestApplicationContext[] = [];
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let first: INestApplicationContext;
  let second: INestApplicationContext;
  /** The fixtures need only the database: the first worker's. */
  let db: TestApi;

  async function startWorker(): Promise<INestApplicationContext> {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.overrides)), { logger: false });
    await context.init();
    // The test drives the closers and the relay, not their timers.
    await context.get(AuctionScheduler).onApplicationShutdown();
    await context.get(OutboxRelay).stop();
    contexts.push(context);
    return context;
  }

  beforeAll(async () => {
    // The job closes every due auction: other test files' auctions must not be in reach.
    database = await isolatedDatabase();
    first = await startWorker();
    second = engineName() === 'server' ? await startWorker() : first;
    db = { app: first } as unknown as TestApi;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await database?.drop();
  });

  it('closes each due auction exactly once: one sale and one close event each, whichever worker took it', async () => {
    const city = await createOrganisation(db, { kind: 'jurisdiction' });
    const buyers = [
      await linkedBuyerOf(db, await createOrganisation(db, { kind: 'buyer' })),
      await linkedBuyerOf(db, await createOrganisation(db, { kind: 'buyer' })),
    ];
    const auctions: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      const { auctionId } = await auctionOf(db, city, { tonnes: 100, endsIn: -1 });
      await bidOf(db, auctionId, buyers[0]!, '300');
      await bidOf(db, auctionId, buyers[1]!, `${301 + index}`);
      auctions.push(auctionId);
    }
    const { auctionId: running } = await auctionOf(db, city, { endsIn: 3600 });

    const [byFirst, bySecond] = await Promise.all([first.get(AuctionCloseJob).runOnce(), second.get(AuctionCloseJob).runOnce()]);
    expect(byFirst + bySecond).toBe(8);
    expect(await first.get(AuctionCloseJob).runOnce()).toBe(0);

    const rows: { id: string; status: string; clearing_price: string; sales: number; buyer_id: string; closes: number; events: number }[] = await dataSourceOf(
      db,
    ).query(
      `SELECT a.id, a.status, a.clearing_price::text,
              (SELECT count(*)::int FROM credit_sale s WHERE s.project_id = a.project_id) AS sales,
              (SELECT s.buyer_id FROM credit_sale s WHERE s.id = a.sale_id) AS buyer_id,
              (SELECT count(*)::int FROM audit_event e WHERE e.action = 'projects.auction.closed' AND e.subject_id = a.id::text) AS closes,
              (SELECT count(*)::int FROM outbox_event o WHERE o.type = 'projects.auction.closed' AND o.payload->>'auctionId' = a.id::text) AS events
         FROM credit_auction a WHERE a.id = ANY($1) ORDER BY a.clearing_price`,
      [auctions],
    );
    expect(rows).toHaveLength(8);
    rows.forEach((row, index) => {
      expect(row).toMatchObject({ status: 'closed', sales: 1, closes: 1, events: 1, buyer_id: buyers[1] });
      expect(Number(row.clearing_price)).toBe(301 + index);
    });
    const [stillOpen] = await dataSourceOf(db).query(`SELECT status FROM credit_auction WHERE id = $1`, [running]);
    expect(stillOpen.status).toBe('open');
  });
});
