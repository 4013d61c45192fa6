import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// Two first admins created at once must not found two platform organisations.
const PLATFORM_ORGANISATION_LOCK = 7_351_020_232;

/** Organisations (`organisation`): the entity's own finders cover the rest. */
@Injectable()
export class OrganisationsRepository {
  /** Serialises founding the platform organisation until the caller's transaction ends. */
  async lockPlatformFounding(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [PLATFORM_ORGANISATION_LOCK]);
  }
}
