import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuctionsRepository } from '../repositories/auctions.repository';
import { AuctionSettlement } from './auction-settlement';

/**
 * Closes every open auction whose end has passed, one transaction each: the claim locks the
 * auction's row and skips rows another closer holds, so any number of workers close each
 * auction exactly once (a claimed row is no longer open when its lock is released).
 */
@Injectable()
export class AuctionCloseJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auctions: AuctionsRepository,
    private readonly settlement: AuctionSettlement,
  ) {}

  /** Returns how many auctions this run closed (with a sale or failed). */
  async runOnce(): Promise<number> {
    let closed = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const due = await this.auctions.claimDue(manager);
        if (!due) return false;
        await this.settlement.settle(manager, due, { actor: null, context: { origin: { requestId: 'auction-close-job' } } });
        return true;
      });
      if (!done) return closed;
      closed += 1;
    }
  }
}
