import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail to people: each user's choice per kind of notification, one delivery row per (event,
 * recipient) so that an event the relay hands over twice is mailed once, and the queue of
 * notices waiting for a user's daily digest.
 */
export class Notifications1767400000000 implements MigrationInterface {
  name = 'Notifications1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Kinds absent from `choices` take the default (immediately); no row means all defaults, version 1.
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        choices jsonb NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_delivery (
        event_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('immediately', 'daily', 'never')),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (event_id, user_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_digest_item (
        event_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (event_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX notification_digest_pending_idx ON notification_digest_item (user_id, created_at) WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX notification_delivery_created_idx ON notification_delivery (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_digest_item`);
    await queryRunner.query(`DROP TABLE notification_delivery`);
    await queryRunner.query(`DROP TABLE notification_preferences`);
  }
}
