import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembered answers to POSTs sent with an Idempotency-Key, so a retried create is not doubled. */
export class Idempotency1764200000000 implements MigrationInterface {
  name = 'Idempotency1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_record (
        scope text NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash text NOT NULL,
        status int,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_record`);
  }
}
