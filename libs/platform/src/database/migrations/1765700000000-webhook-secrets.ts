import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook signing secrets leave the Idempotency-Key records: a create's answer was stored whole,
 * secret included, to be replayed. The secrets in webhook_subscription itself are sealed by the
 * application at start (WebhookSecrets.sealLegacy): SQL has no key to seal them with.
 */
export class WebhookSecrets1765700000000 implements MigrationInterface {
  name = 'WebhookSecrets1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE idempotency_record SET response = response - 'secret'
        WHERE path = '/api/v1/onboarding/webhooks' AND jsonb_typeof(response) = 'object' AND response ? 'secret'`,
    );
  }

  async down(): Promise<void> {
    // Nothing to restore: the removed secrets must not come back.
  }
}
