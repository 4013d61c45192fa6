import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit auctions (libs/projects, issue 11 item 3): buyers become organisations that sign in
 * (kind `buyer`, members with the role `bidder`), a buyer of the directory may be linked to
 * one, and an auction sells a lot of one project's vintage to the best bid. Bids are serialised
 * under the auction's row lock; closing claims the auction's row, so it closes once.
 */
export class CreditAuctions1767600000000 implements MigrationInterface {
  name = 'CreditAuctions1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check`);
    await queryRunner.query(
      `ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check CHECK (kind IN ('steward', 'jurisdiction', 'international', 'language_team', 'platform', 'buyer'))`,
    );
    await queryRunner.query(`ALTER TABLE membership DROP CONSTRAINT membership_role_check`);
    await queryRunner.query(
      `ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('admin', 'steward', 'coordinator', 'contributor', 'observer', 'translator', 'reviewer', 'bidder'))`,
    );
    await queryRunner.query(`ALTER TABLE credit_buyer ADD COLUMN organisation_id uuid UNIQUE REFERENCES organisation (id)`);
    await queryRunner.query(`ALTER TABLE credit_buyer ADD COLUMN contact_name text`);
    await queryRunner.query(`
      CREATE TABLE credit_auction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id),
        jurisdiction_code text NOT NULL,
        jurisdiction_id uuid,
        vintage int NOT NULL,
        tonnes bigint NOT NULL CHECK (tonnes > 0),
        reserve_price numeric(20, 6) NOT NULL CHECK (reserve_price >= 0),
        bid_increment numeric(20, 6) NOT NULL CHECK (bid_increment > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        mode text NOT NULL CHECK (mode IN ('sealed', 'ascending')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        -- Ascending auctions: a bid in the last N minutes moves the end to N minutes after it.
        extension_minutes int NOT NULL DEFAULT 0 CHECK (extension_minutes BETWEEN 0 AND 1440),
        use_of_proceeds text NOT NULL,
        source text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'failed')),
        clearing_price numeric(20, 6),
        winning_bid_id uuid,
        sale_id uuid REFERENCES credit_sale (id),
        failure_reason text,
        closed_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at),
        CHECK ((status = 'closed') = (sale_id IS NOT NULL))
      )`);
    // The closing job's claim: open auctions by end time.
    await queryRunner.query(`CREATE INDEX credit_auction_due_idx ON credit_auction (ends_at) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX credit_auction_project_idx ON credit_auction (project_id, vintage)`);
    await queryRunner.query(`CREATE INDEX credit_auction_created_idx ON credit_auction (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE credit_bid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        auction_id uuid NOT NULL REFERENCES credit_auction (id),
        buyer_id uuid NOT NULL REFERENCES credit_buyer (id),
        -- "Bidder 2": the order of the buyer's first bid in this auction, all other bidders see of them.
        bidder_number int NOT NULL CHECK (bidder_number > 0),
        amount numeric(20, 6) NOT NULL CHECK (amount >= 0),
        placed_by uuid,
        placed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX credit_bid_auction_idx ON credit_bid (auction_id, amount DESC, placed_at, id)`);
    await queryRunner.query(
      `ALTER TABLE credit_auction ADD CONSTRAINT credit_auction_winning_bid_fkey FOREIGN KEY (winning_bid_id) REFERENCES credit_bid (id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE credit_auction DROP CONSTRAINT credit_auction_winning_bid_fkey`);
    await queryRunner.query(`DROP TABLE credit_bid`);
    await queryRunner.query(`DROP TABLE credit_auction`);
    await queryRunner.query(`ALTER TABLE credit_buyer DROP COLUMN contact_name`);
    await queryRunner.query(`ALTER TABLE credit_buyer DROP COLUMN organisation_id`);
    await queryRunner.query(`ALTER TABLE membership DROP CONSTRAINT membership_role_check`);
    await queryRunner.query(
      `ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('admin', 'steward', 'coordinator', 'contributor', 'observer', 'translator', 'reviewer'))`,
    );
    await queryRunner.query(`ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check`);
    await queryRunner.query(
      `ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check CHECK (kind IN ('steward', 'jurisdiction', 'international', 'language_team', 'platform'))`,
    );
  }
}
