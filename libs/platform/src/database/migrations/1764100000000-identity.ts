import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, users, memberships, sessions (refresh tokens), second factors, invitations
 * and the shared login rate-limit counters.
 */
export class Identity1764100000000 implements MigrationInterface {
  name = 'Identity1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('steward', 'jurisdiction', 'international', 'language_team', 'platform')),
        name jsonb NOT NULL,
        -- Stable code of the partner (e.g. CN-GD-ENPING); the Jurisdiction record links by id later.
        jurisdiction_code text UNIQUE,
        jurisdiction_id uuid UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (kind = 'jurisdiction' OR (jurisdiction_code IS NULL AND jurisdiction_id IS NULL)),
        CHECK (kind <> 'jurisdiction' OR jurisdiction_code IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        -- Null until an invitation is accepted: such an account cannot sign in.
        password_hash text,
        preferred_locale text NOT NULL DEFAULT 'en',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        totp_secret text,
        totp_pending_secret text,
        totp_enabled_at timestamptz,
        -- The RFC 6238 time step of the last accepted code: a code is never accepted twice.
        totp_last_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await queryRunner.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'steward', 'coordinator', 'contributor', 'observer', 'translator', 'reviewer')),
        locales text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (user_id, organisation_id, role)
      )`);
    await queryRunner.query(`CREATE INDEX membership_organisation_idx ON membership (organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        -- Every token rotated from one sign-in shares the family: reuse of any revokes them all.
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await queryRunner.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL,
        locales text[] NOT NULL DEFAULT '{}',
        -- The invitee's language: the mail and the first sign-in use it.
        locale text NOT NULL DEFAULT 'en',
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX invitation_organisation_idx ON invitation (organisation_id, created_at)`);
    // Fixed-window counters shared by every API replica (per IP, per account).
    await queryRunner.query(`
      CREATE TABLE rate_limit_counter (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        count int NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rate_limit_counter', 'invitation', 'recovery_code', 'refresh_token', 'membership', 'app_user', 'organisation']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
