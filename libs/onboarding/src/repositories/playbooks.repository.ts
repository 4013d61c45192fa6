import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow } from '@bluecarbon/platform';
import type { PlaybookDefinition } from '../domain/playbook-definition';

/** Named queries over `playbook` that the entity manager does not answer on its own. */
@Injectable()
export class PlaybooksRepository {
  /** The key's draft, if there is one (a key has at most one). */
  async draftId(manager: EntityManager, key: string): Promise<string | undefined> {
    const [draft]: { id: string }[] = await manager.query(`SELECT id FROM playbook WHERE key = $1 AND status = 'draft'`, [key]);
    return draft?.id;
  }

  /** The version number a new draft of the key takes. */
  async nextVersion(manager: EntityManager, key: string): Promise<number> {
    const { next }: { next: number | string } = firstRow(
      await manager.query(`SELECT coalesce(max(playbook_version), 0) + 1 AS next FROM playbook WHERE key = $1`, [key]),
    );
    return Number(next);
  }

  /** Publishes a shipped definition as version 1; nothing when another request did it first. */
  async publishFirstVersion(manager: EntityManager, key: string, definition: PlaybookDefinition): Promise<void> {
    await manager.query(
      `INSERT INTO playbook (key, playbook_version, status, definition, published_at)
       VALUES ($1, 1, 'published', $2, now()) ON CONFLICT (key, playbook_version) DO NOTHING`,
      [key, JSON.stringify(definition)],
    );
  }
}
