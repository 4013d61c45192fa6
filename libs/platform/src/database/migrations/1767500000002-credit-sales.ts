import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sales of issued credits, their retirement, buyers, and FX rates to USD (libs/projects).
 * Amounts are numeric, never floating point. What a sale may take (issued − buffer − sold of
 * its project and vintage) is checked in the service under the project's row lock.
 */
export class CreditSales1767500000002 implements MigrationInterface {
  name = 'CreditSales1767500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE credit_buyer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name jsonb NOT NULL,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        contact_email text,
        public_consent boolean NOT NULL DEFAULT false,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`
      CREATE TABLE credit_sale (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id),
        jurisdiction_code text NOT NULL,
        jurisdiction_id uuid,
        vintage int NOT NULL,
        tonnes bigint NOT NULL CHECK (tonnes > 0),
        unit_price numeric(20, 6) NOT NULL CHECK (unit_price >= 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        sale_date date NOT NULL,
        buyer_id uuid NOT NULL REFERENCES credit_buyer (id),
        use_of_proceeds text NOT NULL,
        kind text NOT NULL DEFAULT 'bilateral' CHECK (kind IN ('bilateral', 'auction')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX credit_sale_project_idx ON credit_sale (project_id, vintage)`);
    await queryRunner.query(`CREATE INDEX credit_sale_created_idx ON credit_sale (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE credit_retirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sale_id uuid NOT NULL REFERENCES credit_sale (id),
        project_id uuid NOT NULL REFERENCES project (id),
        jurisdiction_code text NOT NULL,
        vintage int NOT NULL,
        tonnes bigint NOT NULL CHECK (tonnes > 0),
        beneficiary text NOT NULL,
        purpose text,
        created_by uuid,
        retired_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX credit_retirement_sale_idx ON credit_retirement (sale_id)`);
    await queryRunner.query(`
      CREATE TABLE fx_rate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        rate_date date NOT NULL,
        usd_per_unit numeric(24, 10) NOT NULL CHECK (usd_per_unit > 0),
        source text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (currency, rate_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE fx_rate`);
    await queryRunner.query(`DROP TABLE credit_retirement`);
    await queryRunner.query(`DROP TABLE credit_sale`);
    await queryRunner.query(`DROP TABLE credit_buyer`);
  }
}
