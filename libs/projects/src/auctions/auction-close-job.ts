import { Injectable, Logger } from '@nestjs/common';
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
  private readonly logger = new Logger('Auctions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auctions: AuctionsRepository,
    private readonly settlement: AuctionSettlement,
  ) {}

  /** Returns how many auctions this run closed (with a sale or failed). */
  async runOnce(): Promise<number> {
    let closed = 0;
    // An auction whose settlement fails is left open for the next run, and this run goes on with
    // the others: the earliest due one must not hold back every auction due after it.
    const failed: string[] = [];
    for (;;) {
      let claimed: string | null = null;
      try {
        claimed = await this.dataSource.transaction(async (manager) => {
          const due = await this.auctions.claimDue(manager, failed);
          if (!due) return null;
          claimed = due.id;
          await this.settlement.settle(manager, due, { actor: null, context: { origin: { requestId: 'auction-close-job' } } });
          return due.id;
        });
      } catch (error) {
        if (!claimed) throw error;
        this.logger.error({ auctionId: claimed, err: error }, 'closing an auction failed; it stays open for the next run');
        failed.push(claimed);
        continue;
      }
      if (!claimed) return closed;
      closed += 1;
    }
  }
}
