import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
import { Problems, returnedRows } from '@bluecarbon/platform';
import type { CreateGlossaryConceptDto, PutGlossaryTermsDto } from '../dto/glossary.dto';
import type { TermStatus } from '../domain/glossary';
import { DocumentEvents } from '../events/document-events.service';
import { GlossaryService } from './glossary.service';

const RESOURCE = 'glossary_concept';

type Terms = Record<string, { text: string; status: TermStatus }[]>;

export interface StoredConcept {
  id: string;
  note: string | null;
  version: number;
  terms: Terms;
}

export interface ConceptHistoryEntry {
  action: 'created' | 'updated' | 'deleted';
  version: number;
  note: string | null;
  terms: Terms;
  actorId: string | null;
  at: Date;
}

/**
 * Glossary writes. Language teams keep the glossary: reviewers of a locale write its terms,
 * as they approve its translations. A concept is created once (POST; an id in use is 409),
 * changed with If-Match on its edit counter (stale 412, missing 428, unknown 404), and
 * deleted with If-Match by someone who reviews every locale it has terms in. Every state,
 * the last one before a deletion included, is kept in glossary_concept_history.
 */
@Injectable()
export class GlossaryEditor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DocumentEvents,
    private readonly glossary: GlossaryService,
  ) {}

  async get(conceptId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredConcept> {
    const rows: { id: string; note: string | null; version: number; locale: string | null; text: string | null; status: TermStatus | null }[] =
      await manager.query(
        `SELECT c.id, c.note, c.version, t.locale, t.text, t.status FROM glossary_concept c LEFT JOIN glossary_term t ON t.concept_id = c.id
        WHERE c.id = $1 ORDER BY t.locale, t.status, t.text`,
        [conceptId],
      );
    const [first] = rows;
    if (!first) throw Problems.notFound(RESOURCE);
    const terms: Terms = {};
    for (const row of rows) if (row.locale && row.text && row.status) (terms[row.locale] ??= []).push({ text: row.text, status: row.status });
    return { id: first.id, note: first.note, version: Number(first.version), terms };
  }

  async create(ctx: ActorContext, input: CreateGlossaryConceptDto): Promise<StoredConcept> {
    await this.assertReviewer(ctx, input.locale, input.id);
    const concept = await this.dataSource.transaction(async (manager) => {
      const inserted = returnedRows<{ id: string }>(
        await manager.query(`INSERT INTO glossary_concept (id, note) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`, [input.id, input.note ?? null]),
      );
      if (!inserted.length) throw Problems.conflict(RESOURCE);
      await this.replaceTerms(manager, input.id, input.locale, input.terms);
      const created = await this.get(input.id, manager);
      await this.remember(manager, 'created', created, ctx.actor);
      await this.record(manager, 'documents.glossary.created', ctx, input.id, null, created);
      return created;
    });
    this.glossary.invalidate();
    return concept;
  }

  /** Replaces a concept's terms in one locale (and its note, if sent); QA uses them from the next save. */
  async putTerms(ctx: ActorContext, conceptId: string, locale: string, input: PutGlossaryTermsDto, ifMatch: number): Promise<StoredConcept> {
    await this.assertReviewer(ctx, locale, conceptId);
    const current = await this.get(conceptId);
    const concept = await this.dataSource.transaction(async (manager) => {
      await this.bump(manager, conceptId, ifMatch, input.note);
      await this.replaceTerms(manager, conceptId, locale, input.terms);
      const updated = await this.get(conceptId, manager);
      await this.remember(manager, 'updated', updated, ctx.actor);
      await this.record(
        manager,
        'documents.glossary.updated',
        ctx,
        conceptId,
        { locale, terms: current.terms[locale] ?? [], note: current.note },
        { locale, terms: updated.terms[locale] ?? [], note: updated.note },
      );
      return updated;
    });
    this.glossary.invalidate();
    return concept;
  }

  async delete(ctx: ActorContext, conceptId: string, ifMatch: number): Promise<void> {
    const current = await this.get(conceptId);
    // Terms of a locale belong to its reviewers: all of them go with the concept.
    for (const locale of Object.keys(current.terms)) await this.assertReviewer(ctx, locale, conceptId);
    if (!Object.keys(current.terms).length) await this.access.assert(ctx, 'review_translation', shared(null), conceptId);
    await this.dataSource.transaction(async (manager) => {
      const gone = returnedRows<{ id: string }>(
        await manager.query(
          `WITH terms AS (DELETE FROM glossary_term WHERE concept_id = $1 AND EXISTS (SELECT 1 FROM glossary_concept WHERE id = $1 AND version = $2))
           DELETE FROM glossary_concept WHERE id = $1 AND version = $2 RETURNING id`,
          [conceptId, ifMatch],
        ),
      );
      if (!gone.length) await this.refuseStale(manager, conceptId);
      await this.remember(manager, 'deleted', current, ctx.actor);
      await this.record(manager, 'documents.glossary.deleted', ctx, conceptId, current, null);
    });
    this.glossary.invalidate();
  }

  /** Every state of a concept, oldest first; a deleted concept's history stays readable. */
  async history(conceptId: string): Promise<ConceptHistoryEntry[]> {
    const rows: { action: ConceptHistoryEntry['action']; version: number; note: string | null; terms: Terms; actor_id: string | null; at: Date }[] =
      await this.dataSource.query(`SELECT action, version, note, terms, actor_id, at FROM glossary_concept_history WHERE concept_id = $1 ORDER BY at, id`, [
        conceptId,
      ]);
    if (!rows.length) throw Problems.notFound(RESOURCE);
    return rows.map((row) => ({ action: row.action, version: Number(row.version), note: row.note, terms: row.terms, actorId: row.actor_id, at: row.at }));
  }

  private async assertReviewer(ctx: ActorContext, locale: string, conceptId: string): Promise<void> {
    await this.access.assert(ctx, 'review_translation', shared(locale), conceptId);
  }

  /** The edit counter moves only from the version the client read (SQL-side check). */
  private async bump(manager: EntityManager, conceptId: string, expected: number, note: string | undefined): Promise<void> {
    const updated = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE glossary_concept SET version = version + 1, note = coalesce($3, note), updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
        [conceptId, expected, note ?? null],
      ),
    );
    if (!updated.length) await this.refuseStale(manager, conceptId);
  }

  private async refuseStale(manager: EntityManager, conceptId: string): Promise<never> {
    const [row]: { version: number }[] = await manager.query(`SELECT version FROM glossary_concept WHERE id = $1`, [conceptId]);
    if (!row) throw Problems.notFound(RESOURCE);
    throw Problems.preconditionFailed(RESOURCE, Number(row.version));
  }

  private async replaceTerms(manager: EntityManager, conceptId: string, locale: string, input: { text: string; status: string }[]): Promise<void> {
    const terms = [...new Map(input.map((term) => [term.text, term])).values()];
    await manager.query(`DELETE FROM glossary_term WHERE concept_id = $1 AND locale = $2`, [conceptId, locale]);
    await manager.query(`INSERT INTO glossary_term (concept_id, locale, text, status) SELECT $1, $2, * FROM unnest($3::text[], $4::text[])`, [
      conceptId,
      locale,
      terms.map((term) => term.text),
      terms.map((term) => term.status),
    ]);
  }

  private async remember(manager: EntityManager, action: ConceptHistoryEntry['action'], concept: StoredConcept, actor: ActorContext['actor']): Promise<void> {
    await manager.query(`INSERT INTO glossary_concept_history (concept_id, action, version, note, terms, actor_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`, [
      concept.id,
      action,
      concept.version,
      concept.note,
      JSON.stringify(concept.terms),
      actor.userId,
    ]);
  }

  private record(manager: EntityManager, type: string, ctx: ActorContext, conceptId: string, before: object | null, after: object | null): Promise<void> {
    return this.events.record(manager, {
      type,
      actor: ctx.actor,
      context: ctx,
      subjectType: RESOURCE,
      subjectId: conceptId,
      document: null,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    });
  }
}

/** The glossary belongs to no city: the policy sees a shared translation in `locale`. */
function shared(locale: string | null) {
  return { kind: 'translation', locale, jurisdictionCode: null, jurisdictionId: null };
}
