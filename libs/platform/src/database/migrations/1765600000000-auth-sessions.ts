import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that access tokens name (`sid`), so that signing out or enrolling a second factor
 * ends them at once rather than when the token expires; and the single-use mailed links that
 * authorise a second factor's enrolment where a role requires one.
 */
export class AuthSessions1765600000000 implements MigrationInterface {
  name = 'AuthSessions1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    // A refresh-token family was a session all along: it keeps its id, so signed-in clients stay signed in.
    await queryRunner.query(`
      INSERT INTO auth_session (id, user_id, created_at, revoked_at)
      SELECT family_id, (array_agg(user_id))[1], min(created_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
        FROM refresh_token GROUP BY family_id`);
    await queryRunner.query(
      `ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_fkey FOREIGN KEY (family_id) REFERENCES auth_session (id) ON DELETE CASCADE`,
    );
    await queryRunner.query(`
      CREATE TABLE mfa_enrolment_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX mfa_enrolment_link_user_idx ON mfa_enrolment_link (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mfa_enrolment_link`);
    await queryRunner.query(`ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_session_fkey`);
    await queryRunner.query(`DROP TABLE auth_session`);
  }
}
