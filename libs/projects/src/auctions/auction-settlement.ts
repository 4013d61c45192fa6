import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DomainEvent, DomainEvents } from '@bluecarbon/identity';
import type { Auction } from '../entities/auction.entity';
import { AuctionsRepository } from '../repositories/auctions.repository';
import { ProjectsRepository } from '../repositories/projects.repository';
import { CreditLedger } from '../sales/credit-ledger';

/** Who closes: a person at the close endpoint, or the worker (no actor). */
export type ClosingSource = Pick<DomainEvent, 'actor' | 'context'>;

/**
 * Closes an auction whose row the caller holds locked, in the caller's transaction: the best
 * bid wins at its own price, and the sale is made through the ledger, with the same check as a
 * bilateral sale. Without bids, or when the vintage can no longer cover the lot, the auction
 * fails with the reason and nothing is sold. The worker's job and the close endpoint both come
 * here, so an auction is settled one way only.
 */
@Injectable()
export class AuctionSettlement {
  constructor(
    private readonly auctions: AuctionsRepository,
    private readonly projects: ProjectsRepository,
    private readonly ledger: CreditLedger,
    private readonly events: DomainEvents,
  ) {}

  async settle(manager: EntityManager, auction: Auction, source: ClosingSource): Promise<Auction> {
    // The row keeps its best bid (the domain's winningBid of all of them), under the lock the caller holds.
    const winner = auction.bestBidId ? await this.auctions.bidById(manager, auction.bestBidId) : null;
    const jurisdiction = { id: auction.jurisdictionId, code: auction.jurisdictionCode };
    let outcome: Parameters<AuctionsRepository['settle']>[2] = {
      status: 'failed',
      clearingPrice: null,
      winningBidId: null,
      saleId: null,
      failureReason: 'no_bids',
    };
    if (winner) {
      // The auction names its project by foreign key: it exists.
      const project = await this.projects.findById(auction.projectId, manager);
      if (!project) throw new Error(`auction ${auction.id} names no project`);
      const sold = await this.ledger.sell(manager, project, {
        vintage: auction.vintage,
        tonnes: Number(auction.tonnes),
        unitPrice: winner.amount,
        currency: auction.currency,
        saleDate: auction.endsAt.toISOString().slice(0, 10),
        buyerId: winner.buyerId,
        useOfProceeds: auction.useOfProceeds,
        kind: 'auction',
        createdBy: source.actor?.userId ?? null,
      });
      if ('sale' in sold) {
        outcome = { status: 'closed', clearingPrice: winner.amount, winningBidId: winner.id, saleId: sold.sale.id, failureReason: null };
        await this.events.record(manager, {
          ...source,
          type: 'projects.sale.recorded',
          subjectType: 'sale',
          subjectId: sold.sale.id,
          jurisdiction,
          after: { ...sold.sale },
          payload: {
            saleId: sold.sale.id,
            auctionId: auction.id,
            projectId: auction.projectId,
            vintage: auction.vintage,
            tonnes: Number(auction.tonnes),
            unitPrice: winner.amount,
            currency: auction.currency,
          },
        });
      } else {
        outcome = { ...outcome, failureReason: 'credits_unavailable' };
      }
    }
    const settled = await this.auctions.settle(manager, auction.id, outcome);
    // The caller holds the row lock on an open auction: nobody else can have settled it.
    if (!settled) throw new Error(`auction ${auction.id} was settled under its lock by someone else`);
    await this.events.record(manager, {
      ...source,
      type: settled.status === 'closed' ? 'projects.auction.closed' : 'projects.auction.failed',
      subjectType: 'auction',
      subjectId: settled.id,
      jurisdiction,
      before: { status: auction.status },
      after: { status: settled.status, clearingPrice: settled.clearingPrice, saleId: settled.saleId, failureReason: settled.failureReason },
      payload: {
        auctionId: settled.id,
        projectId: settled.projectId,
        vintage: settled.vintage,
        tonnes: Number(settled.tonnes),
        clearingPrice: settled.clearingPrice,
        currency: settled.currency,
        saleId: settled.saleId,
        failureReason: settled.failureReason,
      },
    });
    return settled;
  }
}
