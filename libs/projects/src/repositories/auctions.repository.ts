import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId, returnedRows } from '@bluecarbon/platform';
import { Auction, Bid } from '../entities/auction.entity';
import { Buyer } from '../entities/sale.entity';

/** A view shows the reader's best bids, not all of them: a bidder in a long ascending auction may place hundreds (`GET /auctions/{id}/bids` lists them). */
export const OWN_BIDS_SHOWN = 20;

/** Bids best first: the highest amount, then the earlier (ties go to the first bidder), then by id. */
const BEST_FIRST = { 'b.amount': 'DESC', 'b.placed_at': 'ASC', 'b.id': 'ASC' } as const;

/** The bids of one auction as a reader needs them: the best, the count, the reader's own (best first, at most OWN_BIDS_SHOWN). */
export interface BidStanding {
  best: Bid | null;
  count: number;
  own: Bid[];
}

/** Named queries on auctions and their bids. */
@Injectable()
export class AuctionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Auction | null> {
    return manager.findOneBy(Auction, { id });
  }

  /** An auction known to exist (auctions are never deleted), as the transaction sees it. */
  get(manager: EntityManager, id: string): Promise<Auction> {
    return manager.findOneByOrFail(Auction, { id });
  }

  /** The auction's row (auctions are never deleted) locked until the transaction ends: bids and the close of one auction run one at a time. */
  lock(manager: EntityManager, id: string): Promise<Auction> {
    return manager.createQueryBuilder(Auction, 'a').setLock('pessimistic_write').where('a.id = :id', { id }).getOneOrFail();
  }

  /**
   * One open auction whose end has passed on the database's clock, locked; auctions another
   * transaction holds are skipped, so closers on any number of replicas never take the same one.
   */
  claimDue(manager: EntityManager, skip: readonly string[] = []): Promise<Auction | null> {
    const query = manager
      .createQueryBuilder(Auction, 'a')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`a.status = 'open' AND a.ends_at <= clock_timestamp()`);
    if (skip.length) query.andWhere('a.id NOT IN (:...skip)', { skip });
    return query.orderBy('a.ends_at').limit(1).getOne();
  }

  /** The database's clock now (not the transaction's start: a bid may have waited for the lock). */
  async now(manager: EntityManager): Promise<Date> {
    const rows: { now: Date | string }[] = await manager.query(`SELECT clock_timestamp() AS now`);
    return new Date(rows[0]?.now ?? Number.NaN);
  }

  async insert(manager: EntityManager, values: Partial<Auction>): Promise<Auction> {
    const inserted = await manager.insert(Auction, values);
    return manager.findOneByOrFail(Auction, { id: insertedId(inserted) });
  }

  /** Tonnes of a project's vintage offered in auctions still open: not for a second lot. */
  async tonnesInOpenLots(manager: EntityManager, projectId: string, vintage: number): Promise<number> {
    const [row]: { tonnes: string }[] = await manager.query(
      `SELECT coalesce(sum(tonnes), 0)::text AS tonnes FROM credit_auction WHERE project_id = $1 AND vintage = $2 AND status = 'open'`,
      [projectId, vintage],
    );
    return Number(row?.tonnes ?? 0);
  }

  async extend(manager: EntityManager, id: string, endsAt: Date): Promise<void> {
    await manager.query(`UPDATE credit_auction SET ends_at = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [id, endsAt]);
  }

  /** Marks the auction closed or failed unless someone did first; null then. */
  async settle(
    manager: EntityManager,
    id: string,
    values: Pick<Auction, 'status' | 'clearingPrice' | 'winningBidId' | 'saleId' | 'failureReason'>,
  ): Promise<Auction | null> {
    // UPDATE … RETURNING answers [rows, count] through query(): returnedRows reads the rows.
    const updated = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE credit_auction SET status = $2, clearing_price = $3, winning_bid_id = $4, sale_id = $5, failure_reason = $6,
                closed_at = clock_timestamp(), updated_at = now(), version = version + 1
          WHERE id = $1 AND status = 'open' RETURNING id`,
        [id, values.status, values.clearingPrice, values.winningBidId, values.saleId, values.failureReason],
      ),
    );
    return updated.length ? manager.findOneByOrFail(Auction, { id }) : null;
  }

  list(filter: { projectId?: string }, after: { sortKey: string; id: string } | null, limit: number): Promise<Auction[]> {
    const query = this.dataSource.getRepository(Auction).createQueryBuilder('a');
    if (filter.projectId) query.andWhere('a.project_id = :projectId', { projectId: filter.projectId });
    if (after) query.andWhere(`(date_trunc('milliseconds', a.created_at), a.id) > (:at::timestamptz, :id::uuid)`, { at: after.sortKey, id: after.id });
    return query
      .orderBy(`date_trunc('milliseconds', a.created_at)`)
      .addOrderBy('a.id')
      .limit(limit + 1)
      .getMany();
  }

  /** Every bid of the auction, best first (amount, then the earlier). */
  bids(auctionId: string, manager: EntityManager = this.dataSource.manager): Promise<Bid[]> {
    return manager.createQueryBuilder(Bid, 'b').where('b.auction_id = :auctionId', { auctionId }).orderBy(BEST_FIRST).getMany();
  }

  /**
   * What a view or a bid needs of the bids, without reading them all (a busy lot has thousands):
   * the best one, how many there are, and those of the reader's buyers.
   */
  async standing(auctionId: string, buyerIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<BidStanding> {
    const best = await manager.createQueryBuilder(Bid, 'b').where('b.auction_id = :auctionId', { auctionId }).orderBy(BEST_FIRST).limit(1).getOne();
    if (!best) return { best: null, count: 0, own: [] };
    const count = await manager.createQueryBuilder(Bid, 'b').where('b.auction_id = :auctionId', { auctionId }).getCount();
    const own = buyerIds.length
      ? await manager
          .createQueryBuilder(Bid, 'b')
          .where('b.auction_id = :auctionId AND b.buyer_id IN (:...buyerIds)', { auctionId, buyerIds })
          .orderBy(BEST_FIRST)
          .limit(OWN_BIDS_SHOWN)
          .getMany()
      : [];
    return { best, count, own };
  }

  /** The buyer's number in this auction: the one of its first bid, or the next free one. */
  async bidderNumber(manager: EntityManager, auctionId: string, buyerId: string): Promise<number> {
    const [row]: { number: number }[] = await manager.query(
      `SELECT coalesce(max(bidder_number) FILTER (WHERE buyer_id = $2), max(bidder_number) + 1, 1)::int AS number FROM credit_bid WHERE auction_id = $1`,
      [auctionId, buyerId],
    );
    return Number(row?.number ?? 1);
  }

  async insertBid(manager: EntityManager, values: Partial<Bid>): Promise<Bid> {
    const inserted = await manager.insert(Bid, values);
    return manager.findOneByOrFail(Bid, { id: insertedId(inserted) });
  }

  /** The buyers of the directory that these organisations bid for. */
  buyersOfOrganisations(organisationIds: string[]): Promise<Buyer[]> {
    if (!organisationIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Buyer)
      .createQueryBuilder('b')
      .where('b.organisation_id IN (:...organisationIds)', { organisationIds })
      .orderBy('b.created_at')
      .getMany();
  }
}
