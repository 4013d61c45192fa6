import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdentitySettings, SecretBox } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { WebhooksRepository } from '../repositories/webhooks.repository';

const PLAIN_PREFIX = 'whsec_';

/**
 * Webhook signing secrets, sealed at rest with identity's SecretBox (the TOTP key setting,
 * MFA_ENCRYPTION_KEY, under its own HKDF purpose). A migration cannot seal the rows written
 * before this (SQL has no key), so the stored form tells them apart: `whsec_…` is a legacy
 * plain secret, `v1.…` a sealed one. Legacy rows are sealed when a process starts, and read
 * as they are until then.
 */
@Injectable()
export class WebhookSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('Webhooks');
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly webhooks: WebhooksRepository,
  ) {
    this.box = new SecretBox(new IdentitySettings(config).mfaKey, 'webhook-secret-v1');
  }

  /** A new secret: `plain` is shown to the subscriber once, `sealed` is what the table keeps. */
  create(): { plain: string; sealed: string } {
    const plain = `${PLAIN_PREFIX}${randomBytes(24).toString('base64url')}`;
    return { plain, sealed: this.box.seal(plain) };
  }

  /** The secret to sign with, or null when it was sealed under another key. */
  open(stored: string): string | null {
    return stored.startsWith(PLAIN_PREFIX) ? stored : this.box.open(stored);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.sealLegacy();
  }

  /** Seals every secret still stored in plain text; safe to run from several processes at once. */
  async sealLegacy(): Promise<void> {
    const rows = await this.webhooks.plainSecrets(this.dataSource.manager, PLAIN_PREFIX);
    for (const row of rows) await this.webhooks.sealSecret(this.dataSource.manager, row.id, row.secret, this.box.seal(row.secret));
    if (rows.length) this.logger.log({ count: rows.length }, 'sealed webhook secrets stored in plain text');
  }
}
