import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Serial numbers on sales and retirements (libs/projects): a sale takes a contiguous range of
 * its vintage's issued serials, a retirement a contiguous range of its sale's, so every tonne
 * sold or retired is named. The service allocates them under the row lock that guards the
 * availability check (the next range starts after the last one taken); the unique indexes
 * refuse a second range starting at the same serial should anything insert without that lock.
 * Existing rows get their ranges in the order they were recorded.
 */
export class CreditSerials1767620000000 implements MigrationInterface {
  name = 'CreditSerials1767620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE credit_sale ADD COLUMN serial_prefix text, ADD COLUMN serial_first bigint, ADD COLUMN serial_last bigint`);
    await queryRunner.query(`
      UPDATE credit_sale s SET serial_prefix = x.prefix, serial_first = x.first, serial_last = x.first + s.tonnes - 1
        FROM (SELECT s2.id, i.prefix,
                     i.first + coalesce(sum(s2.tonnes) OVER (PARTITION BY s2.project_id, s2.vintage ORDER BY s2.created_at, s2.id
                                                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS first
                FROM credit_sale s2
                JOIN (SELECT project_id, vintage, min(serial_prefix) AS prefix, min(serial_first) AS first FROM project_issuance GROUP BY project_id, vintage) i
                  ON i.project_id = s2.project_id AND i.vintage = s2.vintage) x
       WHERE x.id = s.id`);
    await queryRunner.query(`
      ALTER TABLE credit_sale ALTER COLUMN serial_prefix SET NOT NULL, ALTER COLUMN serial_first SET NOT NULL, ALTER COLUMN serial_last SET NOT NULL,
        ADD CONSTRAINT credit_sale_serials_check CHECK (serial_last - serial_first + 1 = tonnes)`);
    await queryRunner.query(`CREATE UNIQUE INDEX credit_sale_serial_idx ON credit_sale (project_id, vintage, serial_first)`);

    await queryRunner.query(`ALTER TABLE credit_retirement ADD COLUMN serial_first bigint, ADD COLUMN serial_last bigint`);
    await queryRunner.query(`
      UPDATE credit_retirement r SET serial_first = x.first, serial_last = x.first + r.tonnes - 1
        FROM (SELECT r2.id,
                     s.serial_first + coalesce(sum(r2.tonnes) OVER (PARTITION BY r2.sale_id ORDER BY r2.retired_at, r2.id
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS first
                FROM credit_retirement r2 JOIN credit_sale s ON s.id = r2.sale_id) x
       WHERE x.id = r.id`);
    await queryRunner.query(`
      ALTER TABLE credit_retirement ALTER COLUMN serial_first SET NOT NULL, ALTER COLUMN serial_last SET NOT NULL,
        ADD CONSTRAINT credit_retirement_serials_check CHECK (serial_last - serial_first + 1 = tonnes)`);
    await queryRunner.query(`CREATE UNIQUE INDEX credit_retirement_serial_idx ON credit_retirement (sale_id, serial_first)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE credit_retirement DROP COLUMN serial_first, DROP COLUMN serial_last`);
    await queryRunner.query(`ALTER TABLE credit_sale DROP COLUMN serial_prefix, DROP COLUMN serial_first, DROP COLUMN serial_last`);
  }
}
