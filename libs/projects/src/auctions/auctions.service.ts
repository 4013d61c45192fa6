import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents } from '@bluecarbon/identity';
import { decodeCursor, type Page, type PageQuery, Problems, toPage } from '@bluecarbon/platform';
import { bidderOrganisations, decideBid, seesBidders } from '../access/auction-access';
import { cityRecordResource } from '../access/projects-access';
import { extendedEnd, judgeBid, MAX_PRICE, phaseOf } from '../domain/auction';
import { isCurrency } from '../domain/credits';
import { ISSUING_STATUSES } from '../domain/project-lifecycle';
import type { AuctionQuery, OpenAuctionDto, PlaceBidDto } from '../dto/auction.dto';
import type { Auction } from '../entities/auction.entity';
import { ProjectsProblems } from '../projects-problems';
import { trimDecimal } from '../projects/project-view';
import { ProjectsService } from '../projects/projects.service';
import { AuctionsRepository } from '../repositories/auctions.repository';
import { ProjectsRepository } from '../repositories/projects.repository';
import { CreditLedger } from '../sales/credit-ledger';
import { AuctionProblems } from './auction-problems';
import { AuctionSettlement } from './auction-settlement';
import { type AuctionReader, type AuctionView, type BidView, toAuctionView, toBidView } from './auction-view';

const RESOURCE = 'auction';

/** Times the database stores and people mean: ISO 8601 allows year 0000 or 9999, neither is an auction's. */
function withinCalendar(time: Date): boolean {
  const year = time.getUTCFullYear();
  return !Number.isNaN(time.getTime()) && year >= 2000 && year <= 2300;
}

/**
 * Credit auctions of a city's lot. Opening checks the lot against what the vintage has left
 * (less what open auctions already offer) under the project's row lock. Each bid runs under
 * the auction's row lock, on the database's clock: concurrent bids are judged one after the
 * other against the price the previous one left, so of two equal bids the second is outbid.
 * The row keeps the count, the best bid and the bidder numbers, so a bid costs the same on a
 * lot of ten bids or of sixty thousand.
 */
@Injectable()
export class AuctionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly projects: ProjectsService,
    private readonly projectRows: ProjectsRepository,
    private readonly auctions: AuctionsRepository,
    private readonly ledger: CreditLedger,
    private readonly settlement: AuctionSettlement,
  ) {}

  async open(ctx: ActorContext, projectId: string, input: OpenAuctionDto): Promise<AuctionView> {
    const project = await this.projects.load(ctx, projectId, 'read');
    await this.access.assert(ctx, 'create', cityRecordResource(project, RESOURCE), project.id);
    if (!ISSUING_STATUSES.includes(project.status) && project.status !== 'closed') throw ProjectsProblems.projectNotIssuing(project.status, ctx.locale);
    if (!isCurrency(input.currency)) throw Problems.invalidFields([{ field: 'currency', rule: 'currencyCode' }]);
    // The first bid may be the reserve, and the next must still be a price (judgeBid's ceiling).
    const ceiling = new Decimal(MAX_PRICE).minus(input.reservePrice);
    if (ceiling.lessThan(input.bidIncrement)) throw Problems.invalidFields([{ field: 'bidIncrement', rule: 'max', args: [ceiling.toFixed()] }]);
    const auction = await this.dataSource.transaction(async (manager) => {
      await this.projectRows.lockById(manager, project.id);
      const now = await this.auctions.now(manager);
      const startsAt = input.startsAt ? new Date(input.startsAt) : now;
      const endsAt = new Date(input.endsAt);
      for (const [field, time] of [
        ['startsAt', startsAt],
        ['endsAt', endsAt],
      ] as const) {
        if (!withinCalendar(time)) throw Problems.invalidFields([{ field, rule: 'auctionTimeRange' }]);
      }
      if (endsAt <= now) throw Problems.invalidFields([{ field: 'endsAt', rule: 'auctionEndInFuture' }]);
      if (endsAt <= startsAt) throw Problems.invalidFields([{ field: 'endsAt', rule: 'auctionEndAfterStart' }]);
      const available = await this.ledger.available(manager, project.id, input.vintage);
      const offered = await this.auctions.tonnesInOpenLots(manager, project.id, input.vintage);
      if (input.tonnes > available - offered) throw AuctionProblems.lotUnavailable(input.vintage, input.tonnes, available, offered);
      const created = await this.auctions.insert(manager, {
        projectId: project.id,
        jurisdictionCode: project.jurisdictionCode,
        jurisdictionId: project.jurisdictionId,
        vintage: input.vintage,
        tonnes: String(input.tonnes),
        reservePrice: input.reservePrice,
        bidIncrement: input.bidIncrement,
        currency: input.currency,
        mode: input.mode,
        startsAt,
        endsAt,
        extensionMinutes: input.mode === 'ascending' ? (input.extensionMinutes ?? 0) : 0,
        useOfProceeds: input.useOfProceeds,
        createdBy: ctx.actor.userId,
      });
      await this.events.record(manager, {
        type: 'projects.auction.opened',
        actor: ctx.actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: created.id,
        jurisdiction: { id: created.jurisdictionId, code: created.jurisdictionCode },
        after: { ...created },
        payload: { auctionId: created.id, projectId: project.id, vintage: created.vintage, tonnes: input.tonnes, mode: created.mode, endsAt: created.endsAt },
      });
      return created;
    });
    return this.view(ctx, auction);
  }

  async list(ctx: ActorContext, query: AuctionQuery): Promise<Page<AuctionView>> {
    if (query.projectId) await this.projects.load(ctx, query.projectId, 'read');
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const page = toPage(await this.auctions.list({ projectId: query.projectId }, after, query.limit), query.limit, (row) => ({
      sortKey: row.createdAt.toISOString(),
      id: row.id,
    }));
    const items: AuctionView[] = [];
    for (const row of page.items) items.push(await this.view(ctx, row));
    return { ...page, items };
  }

  async get(ctx: ActorContext, id: string): Promise<AuctionView> {
    return this.view(ctx, await this.load(ctx, id));
  }

  /** A page of bids as the caller may see them: a sealed auction's bids are the caller's own until it closes (unless the caller sees bidders). */
  async bids(ctx: ActorContext, id: string, query: PageQuery): Promise<Page<BidView>> {
    const auction = await this.load(ctx, id);
    const reader = await this.reader(ctx, auction);
    const sealed = auction.mode === 'sealed' && auction.status === 'open' && !reader.seesBidders;
    const after = query.cursor ? decodeCursor(query.cursor, 'text').id : null;
    const rows = await this.auctions.bidsPage(auction.id, sealed ? reader.buyerIds : null, after, query.limit);
    if (!rows) throw Problems.invalidCursor();
    const page = toPage(rows, query.limit, (bid) => ({ sortKey: trimDecimal(bid.amount), id: bid.id }));
    return { ...page, items: page.items.map((bid) => toBidView(bid, reader)) };
  }

  async bid(ctx: ActorContext, id: string, input: PlaceBidDto): Promise<AuctionView> {
    const auction = await this.load(ctx, id);
    const resource = cityRecordResource(auction, 'bid');
    const decision = decideBid(ctx.actor, resource);
    if (decision !== 'allow') {
      await this.access.recordDenial(ctx, { action: 'bid', resource: 'bid', subjectId: auction.id, decision });
      throw decision === 'not_found' ? Problems.notFound(RESOURCE) : AuctionProblems.notABidder();
    }
    const buyer = (await this.auctions.buyersOfOrganisations(bidderOrganisations(ctx.actor)))[0];
    if (!buyer) {
      await this.access.recordDenial(ctx, { action: 'bid', resource: 'bid', subjectId: auction.id, decision: 'forbidden' });
      throw AuctionProblems.notABidder();
    }
    const after = await this.dataSource.transaction(async (manager) => {
      const locked = await this.auctions.lock(manager, auction.id);
      const now = await this.auctions.now(manager);
      const phase = phaseOf(locked, now);
      if (phase !== 'open') throw AuctionProblems.notOpen(phase, locked.startsAt, locked.endsAt, ctx.locale);
      const bidderNumber = await this.auctions.bidderNumberOf(manager, locked.id, buyer.id);
      const refusal = judgeBid(locked, { highest: locked.bestAmount, bidderHasBid: bidderNumber !== null }, input.amount);
      if (refusal) throw AuctionProblems.refused(refusal, locked.currency);
      const placed = await this.auctions.recordBid(manager, locked, {
        buyerId: buyer.id,
        bidderNumber,
        amount: input.amount,
        placedBy: ctx.actor.userId,
        placedAt: now,
      });
      const endsAt = extendedEnd(locked, now);
      if (endsAt) await this.auctions.extend(manager, locked.id, endsAt);
      await this.events.record(manager, {
        type: 'projects.auction.bid_placed',
        actor: ctx.actor,
        context: ctx,
        subjectType: 'bid',
        subjectId: placed.id,
        jurisdiction: { id: locked.jurisdictionId, code: locked.jurisdictionCode },
        after: { ...placed },
        // Subscribers learn the price and the bidder's number, never the buyer nor who placed it.
        unannouncedActor: true,
        payload: {
          auctionId: locked.id,
          bidId: placed.id,
          bidderNumber: placed.bidderNumber,
          amount: input.amount,
          currency: locked.currency,
          endsAt: (endsAt ?? locked.endsAt).toISOString(),
          extended: endsAt !== null,
        },
      });
      return this.auctions.get(manager, locked.id);
    });
    return this.view(ctx, after);
  }

  /** The steward or the lot's city closes an auction whose end has passed, as the worker would. */
  async close(ctx: ActorContext, id: string): Promise<AuctionView> {
    const auction = await this.load(ctx, id);
    await this.access.assert(ctx, 'update', cityRecordResource(auction, RESOURCE), auction.id);
    const closed = await this.dataSource.transaction(async (manager) => {
      const locked = await this.auctions.lock(manager, auction.id);
      const phase = phaseOf(locked, await this.auctions.now(manager));
      if (phase === 'closed' || phase === 'failed') throw AuctionProblems.alreadyClosed(phase, ctx.locale);
      if (phase !== 'ended') throw AuctionProblems.notEnded(locked.endsAt);
      return this.settlement.settle(manager, locked, { actor: ctx.actor, context: ctx });
    });
    return this.view(ctx, closed);
  }

  /** An auction is a city's record without a lifecycle of its own: every signed-in role may read it. */
  private async load(ctx: ActorContext, id: string): Promise<Auction> {
    const auction = await this.auctions.findById(id);
    if (!auction) throw Problems.notFound(RESOURCE);
    await this.access.assert(ctx, 'read', cityRecordResource(auction, RESOURCE), auction.id);
    return auction;
  }

  private async reader(ctx: ActorContext, auction: Auction): Promise<AuctionReader> {
    const buyers = await this.auctions.buyersOfOrganisations(bidderOrganisations(ctx.actor));
    return { seesBidders: seesBidders(ctx.actor, auction), buyerIds: buyers.map((buyer) => buyer.id) };
  }

  private async view(ctx: ActorContext, auction: Auction): Promise<AuctionView> {
    const reader = await this.reader(ctx, auction);
    return toAuctionView(auction, await this.auctions.standing(auction, reader.buyerIds), reader, await this.auctions.now(this.dataSource.manager));
  }
}
