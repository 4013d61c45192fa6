import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId, returnedRows } from '@bluecarbon/platform';
import { winningBid } from '../domain/auction';
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

  /**
   * A page of the auction's bids, best first, after the bid `afterId` (a cursor names the last
   * bid of the previous page; bids are never edited, so its place never moves); of `onlyBuyers`
   * when given. Null when the cursor's bid is not one of those listed.
   */
  async bidsPage(auctionId: string, onlyBuyers: readonly string[] | null, afterId: string | null, limit: number): Promise<Bid[] | null> {
    const query = this.dataSource.manager.createQueryBuilder(Bid, 'b').where('b.auction_id = :auctionId', { auctionId });
    if (onlyBuyers) {
      if (!onlyBuyers.length) return afterId ? null : [];
      query.andWhere('b.buyer_id IN (:...onlyBuyers)', { onlyBuyers });
    }
    if (afterId) {
      if (!(await query.clone().andWhere('b.id = :afterId', { afterId }).getExists())) return null;
      // The cursor's bid read in SQL: placed_at has microseconds, a JavaScript Date only milliseconds.
      const last = `(SELECT c.amount FROM credit_bid c WHERE c.id = :afterId)`;
      query.andWhere(
        `b.amount <= ${last} AND (b.amount < ${last} OR (b.placed_at, b.id) > (SELECT c.placed_at, c.id FROM credit_bid c WHERE c.id = :afterId))`,
        { afterId },
      );
    }
    return query
      .orderBy(BEST_FIRST)
      .limit(limit + 1)
      .getMany();
  }

  bidById(manager: EntityManager, id: string): Promise<Bid> {
    return manager.findOneByOrFail(Bid, { id });
  }

  /**
   * What a view or a bid needs of the bids, without reading them all (a busy lot has thousands):
   * the best one and the count (kept on the auction's row), and the reader's own bids.
   */
  async standing(auction: Auction, buyerIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<BidStanding> {
    if (!auction.bestBidId) return { best: null, count: 0, own: [] };
    const best = await this.bidById(manager, auction.bestBidId);
    const own = buyerIds.length
      ? await manager
          .createQueryBuilder(Bid, 'b')
          .where('b.auction_id = :auctionId AND b.buyer_id IN (:...buyerIds)', { auctionId: auction.id, buyerIds })
          .orderBy(BEST_FIRST)
          .limit(OWN_BIDS_SHOWN)
          .getMany()
      : [];
    return { best, count: auction.bidCount, own };
  }

  /** The buyer's number in this auction, null before its first bid. */
  async bidderNumberOf(manager: EntityManager, auctionId: string, buyerId: string): Promise<number | null> {
    const [row]: { number: number }[] = await manager.query(
      `SELECT bidder_number AS number FROM credit_auction_bidder WHERE auction_id = $1 AND buyer_id = $2`,
      [auctionId, buyerId],
    );
    return row ? Number(row.number) : null;
  }

  /**
   * Records a bid in an auction whose row the caller holds locked, with what the row keeps of
   * its bids: the count, the best bid (the domain's winningBid of the best so far and this one)
   * and, for a buyer's first bid, its number. Constant work however many bids the lot has.
   */
  async recordBid(
    manager: EntityManager,
    locked: Auction,
    values: Pick<Bid, 'buyerId' | 'amount' | 'placedBy' | 'placedAt'> & { bidderNumber: number | null },
  ): Promise<Bid> {
    let bidderNumber = values.bidderNumber;
    if (bidderNumber === null) {
      bidderNumber = locked.nextBidderNumber;
      await manager.query(`INSERT INTO credit_auction_bidder (auction_id, buyer_id, bidder_number) VALUES ($1, $2, $3)`, [
        locked.id,
        values.buyerId,
        bidderNumber,
      ]);
    }
    const inserted = await manager.insert(Bid, { ...values, auctionId: locked.id, bidderNumber });
    const placed = await this.bidById(manager, insertedId(inserted));
    const best = locked.bestBidId ? winningBid([await this.bidById(manager, locked.bestBidId), placed]) : placed;
    await manager.query(
      `UPDATE credit_auction SET bid_count = bid_count + 1, best_bid_id = $2, best_amount = $3, next_bidder_number = greatest(next_bidder_number, $4 + 1) WHERE id = $1`,
      [locked.id, best?.id, best?.amount, bidderNumber],
    );
    return placed;
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
