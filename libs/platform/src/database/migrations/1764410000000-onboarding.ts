import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner onboarding: jurisdictions, applications, playbooks, cases and their steps with
 * evidence and comments, webhook subscriptions and their delivery log, and the reminder
 * ledger whose primary key keeps reminders to one per step and day across workers.
 */
export class Onboarding1764410000000 implements MigrationInterface {
  name = 'Onboarding1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE jurisdiction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- ISO 3166-2 based: BR-SE, CN-GD-ENPING, BR-RJ-NITEROI
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{2}(-[A-Z0-9]{1,16}){0,3}$'),
        name jsonb NOT NULL,
        level text NOT NULL CHECK (level IN ('country', 'state', 'province', 'city', 'district')),
        parent_id uuid REFERENCES jurisdiction (id),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        primary_locale text NOT NULL,
        time_zone text NOT NULL,
        status text NOT NULL CHECK (status IN ('prospect', 'applicant', 'onboarding', 'active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX jurisdiction_status_idx ON jurisdiction (status, country)`);

    await queryRunner.query(`
      CREATE TABLE onboarding_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
        organisation_name jsonb NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        mangrove_area_ha numeric(14, 2) CHECK (mangrove_area_ha >= 0),
        motivation text NOT NULL,
        preferred_locale text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        decision_reason text,
        decided_by uuid,
        decided_at timestamptz,
        organisation_id uuid,
        case_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    // One open application per jurisdiction: a second one while the first is pending is a 409.
    await queryRunner.query(`CREATE UNIQUE INDEX onboarding_application_pending_idx ON onboarding_application (jurisdiction_id) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX onboarding_application_created_idx ON onboarding_application (created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE playbook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        playbook_version int NOT NULL CHECK (playbook_version > 0),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        definition jsonb NOT NULL,
        created_by uuid,
        published_by uuid,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (key, playbook_version)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX playbook_one_draft_idx ON playbook (key) WHERE status = 'draft'`);
    // Cases pin a published version: the database itself refuses to change one, whatever the code does.
    await queryRunner.query(`
      CREATE FUNCTION playbook_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'playbook % version % is published and cannot change', OLD.key, OLD.playbook_version
            USING ERRCODE = '23514';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER playbook_published_is_immutable BEFORE UPDATE OR DELETE ON playbook
        FOR EACH ROW EXECUTE FUNCTION playbook_published_is_immutable()`);

    await queryRunner.query(`
      CREATE TABLE onboarding_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
        playbook_id uuid NOT NULL REFERENCES playbook (id),
        status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
        started_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX onboarding_case_one_open_idx ON onboarding_case (jurisdiction_id) WHERE status = 'in_progress'`);
    await queryRunner.query(`CREATE INDEX onboarding_case_jurisdiction_idx ON onboarding_case (jurisdiction_id, started_at)`);

    await queryRunner.query(`
      CREATE TABLE onboarding_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES onboarding_case (id) ON DELETE CASCADE,
        key text NOT NULL,
        position int NOT NULL,
        state text NOT NULL CHECK (state IN ('locked', 'open', 'submitted', 'changes_requested', 'approved', 'waived')),
        depends_on text[] NOT NULL DEFAULT '{}',
        evidence_kinds text[] NOT NULL DEFAULT '{}',
        owner_role text NOT NULL,
        reviewer_role text NOT NULL,
        due_in_days int NOT NULL,
        assignee_id uuid,
        opened_at timestamptz,
        due_on date,
        submitted_at timestamptz,
        decided_at timestamptz,
        decided_by uuid,
        decision_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (case_id, key)
      )`);
    await queryRunner.query(`CREATE INDEX onboarding_step_due_idx ON onboarding_step (due_on) WHERE state IN ('open', 'changes_requested')`);

    await queryRunner.query(`
      CREATE TABLE onboarding_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        step_id uuid NOT NULL REFERENCES onboarding_step (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('file', 'link', 'document', 'data_record')),
        file_name text,
        content_type text,
        size_bytes int,
        sha256 text,
        content bytea,
        url text,
        reference_type text,
        reference_id text,
        note text,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'file' OR (content IS NOT NULL AND sha256 IS NOT NULL AND file_name IS NOT NULL)),
        CHECK (kind <> 'link' OR url IS NOT NULL),
        CHECK (kind NOT IN ('document', 'data_record') OR reference_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX onboarding_evidence_step_idx ON onboarding_evidence (step_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE onboarding_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        step_id uuid NOT NULL REFERENCES onboarding_step (id) ON DELETE CASCADE,
        author_id uuid NOT NULL,
        author_organisation_id uuid,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX onboarding_comment_step_idx ON onboarding_comment (step_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE onboarding_step_reminder (
        step_id uuid NOT NULL REFERENCES onboarding_step (id) ON DELETE CASCADE,
        reminder_day date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (step_id, reminder_day)
      )`);

    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        -- Which partner's events it may receive; null for the steward's and ICLEI's, who see all.
        jurisdiction_code text,
        url text NOT NULL,
        secret text NOT NULL,
        event_types text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscription_org_idx ON webhook_subscription (organisation_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts int NOT NULL DEFAULT 0,
        last_status_code int,
        last_error text,
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'webhook_delivery',
      'webhook_subscription',
      'onboarding_step_reminder',
      'onboarding_comment',
      'onboarding_evidence',
      'onboarding_step',
      'onboarding_case',
      'playbook',
      'onboarding_application',
      'jurisdiction',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION playbook_published_is_immutable()`);
  }
}
