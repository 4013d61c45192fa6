import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions, the audit trail and the transactional outbox. */
export class PlatformFoundation1764000000000 implements MigrationInterface {
  name = 'PlatformFoundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Fuzzy translation-memory and glossary search; works on Chinese only under a UTF-8 LC_CTYPE.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_organisation_id uuid,
        jurisdiction_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        before jsonb,
        after jsonb,
        request_id text,
        ip text
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, at)`);
    await queryRunner.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at)`);
    await queryRunner.query(`CREATE INDEX audit_event_at_idx ON audit_event (at, id)`);
    await queryRunner.query(`CREATE INDEX audit_event_jurisdiction_idx ON audit_event (jurisdiction_id, at)`);
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz,
        dead_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (available_at) WHERE delivered_at IS NULL AND dead_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox_event`);
    await queryRunner.query(`DROP TABLE audit_event`);
  }
}
