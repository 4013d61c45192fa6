import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bid's cost no longer grows with the lot's bids: the auction row keeps its bid count, its
 * best bid (id and amount) and the next bidder number, updated under the lot's row lock by
 * each bid; each buyer's number is assigned once, in credit_auction_bidder, and every bid names
 * it (foreign key). Existing auctions are backfilled from their bids.
 */
export class AuctionStanding1767750000000 implements MigrationInterface {
  name = 'AuctionStanding1767750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE credit_auction_bidder (
        auction_id uuid NOT NULL REFERENCES credit_auction (id),
        buyer_id uuid NOT NULL REFERENCES credit_buyer (id),
        bidder_number int NOT NULL CHECK (bidder_number > 0),
        PRIMARY KEY (auction_id, buyer_id),
        UNIQUE (auction_id, bidder_number),
        UNIQUE (auction_id, buyer_id, bidder_number)
      )`);
    await queryRunner.query(`
      INSERT INTO credit_auction_bidder (auction_id, buyer_id, bidder_number)
      SELECT auction_id, buyer_id, min(bidder_number) FROM credit_bid GROUP BY auction_id, buyer_id`);
    await queryRunner.query(`
      ALTER TABLE credit_bid ADD CONSTRAINT credit_bid_bidder_fkey
        FOREIGN KEY (auction_id, buyer_id, bidder_number) REFERENCES credit_auction_bidder (auction_id, buyer_id, bidder_number)`);
    await queryRunner.query(`
      ALTER TABLE credit_auction
        ADD COLUMN bid_count int NOT NULL DEFAULT 0 CHECK (bid_count >= 0),
        ADD COLUMN best_bid_id uuid REFERENCES credit_bid (id),
        ADD COLUMN best_amount numeric(20, 6),
        ADD COLUMN next_bidder_number int NOT NULL DEFAULT 1 CHECK (next_bidder_number > 0)`);
    await queryRunner.query(`
      UPDATE credit_auction a SET bid_count = s.bids, next_bidder_number = s.last_number + 1
        FROM (SELECT auction_id, count(*)::int AS bids, max(bidder_number) AS last_number FROM credit_bid GROUP BY auction_id) s
       WHERE s.auction_id = a.id`);
    // Best first: the highest amount, then the earlier, then the smaller id (the domain's winningBid).
    await queryRunner.query(`
      UPDATE credit_auction a SET best_bid_id = b.id, best_amount = b.amount
        FROM (SELECT DISTINCT ON (auction_id) auction_id, id, amount FROM credit_bid ORDER BY auction_id, amount DESC, placed_at, id) b
       WHERE b.auction_id = a.id`);
    await queryRunner.query(
      `ALTER TABLE credit_auction ADD CONSTRAINT credit_auction_best_bid_check CHECK ((bid_count = 0) = (best_bid_id IS NULL) AND (best_bid_id IS NULL) = (best_amount IS NULL))`,
    );
    // A bidder's own bids, best first, without walking the lot's other bids.
    await queryRunner.query(`CREATE INDEX credit_bid_buyer_idx ON credit_bid (auction_id, buyer_id, amount DESC, placed_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX credit_bid_buyer_idx`);
    await queryRunner.query(`ALTER TABLE credit_auction DROP CONSTRAINT credit_auction_best_bid_check`);
    await queryRunner.query(
      `ALTER TABLE credit_auction DROP COLUMN next_bidder_number, DROP COLUMN best_amount, DROP COLUMN best_bid_id, DROP COLUMN bid_count`,
    );
    await queryRunner.query(`ALTER TABLE credit_bid DROP CONSTRAINT credit_bid_bidder_fkey`);
    await queryRunner.query(`DROP TABLE credit_auction_bidder`);
  }
}
