import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's own time zone (IANA name) for dates in answers and mails. Null: they never chose
 * one, and their jurisdiction's time zone (else UTC) applies, so a later move of the city's
 * default still reaches everyone who did not choose.
 */
export class UserTimeZone1767000000000 implements MigrationInterface {
  name = 'UserTimeZone1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN time_zone text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN time_zone`);
  }
}
