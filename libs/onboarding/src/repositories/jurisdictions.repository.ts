import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Named queries over `jurisdiction` that the entity manager does not answer on its own. They
 * run in the caller's transaction (creating a jurisdiction, accepting an application).
 */
@Injectable()
export class JurisdictionsRepository {
  async exists(manager: EntityManager, code: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM jurisdiction WHERE code = $1`, [code]);
    return Boolean(row);
  }

  async idByCode(manager: EntityManager, code: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM jurisdiction WHERE code = $1`, [code]);
    return row?.id;
  }

  /** Accepting its application moves the jurisdiction on. */
  async markOnboarding(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE jurisdiction SET status = 'onboarding', updated_at = now(), version = version + 1 WHERE id = $1`, [id]);
  }

  /** Its case completed: the jurisdiction becomes an active partner (only from `onboarding`). */
  async activate(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE jurisdiction SET status = 'active', updated_at = now(), version = version + 1 WHERE id = $1 AND status = 'onboarding'`, [id]);
  }
}
