import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';

/** A file's description, without its content. */
export interface EvidenceFileRow {
  step_id: string;
  kind: string;
  file_name: string;
  content_type: string;
  sha256: string;
}

/** What the audit keeps of removed evidence. */
export interface RemovedEvidenceRow {
  id: string;
  kind: string;
  file_name: string | null;
  sha256: string | null;
}

/** Named queries over `onboarding_evidence` (inserts go through the entity). */
@Injectable()
export class EvidenceRepository {
  async describe(manager: EntityManager, id: string): Promise<EvidenceFileRow | undefined> {
    const [row]: EvidenceFileRow[] = await manager.query(`SELECT step_id, kind, file_name, content_type, sha256 FROM onboarding_evidence WHERE id = $1`, [id]);
    return row;
  }

  /** The file's bytes, read only once the caller may see them. */
  async content(manager: EntityManager, id: string): Promise<Uint8Array | undefined> {
    const [file]: { content: Uint8Array }[] = await manager.query(`SELECT content FROM onboarding_evidence WHERE id = $1`, [id]);
    return file?.content;
  }

  async stepOf(manager: EntityManager, id: string): Promise<string | undefined> {
    const [row]: { step_id: string }[] = await manager.query(`SELECT step_id FROM onboarding_evidence WHERE id = $1`, [id]);
    return row?.step_id;
  }

  /** The step's evidence, oldest first. */
  ofStep(manager: EntityManager, stepId: string): Promise<{ id: string; kind: string }[]> {
    return manager.query(`SELECT id, kind FROM onboarding_evidence WHERE step_id = $1 ORDER BY created_at`, [stepId]);
  }

  async remove(manager: EntityManager, id: string): Promise<RemovedEvidenceRow | undefined> {
    const removed = returnedRows<RemovedEvidenceRow>(
      await manager.query(`DELETE FROM onboarding_evidence WHERE id = $1 RETURNING id, kind, file_name, sha256`, [id]),
    );
    return removed[0];
  }
}
