import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
import { Problems } from '@bluecarbon/platform';
import type { CreateGlossaryConceptDto, PutGlossaryTermsDto } from '../dto/glossary.dto';
import type { TermStatus } from '../domain/glossary';
import { DocumentEvents } from '../events/document-events.service';
import { GlossaryRepository } from '../repositories/glossary.repository';

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
    private readonly concepts: GlossaryRepository,
  ) {}

  async get(conceptId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredConcept> {
    const rows = await this.concepts.concept(manager, conceptId);
    const [first] = rows;
    if (!first) throw Problems.notFound(RESOURCE);
    const terms: Terms = {};
    for (const row of rows) if (row.locale && row.text && row.status) (terms[row.locale] ??= []).push({ text: row.text, status: row.status });
    return { id: first.id, note: first.note, version: Number(first.version), terms };
  }

  async create(ctx: ActorContext, input: CreateGlossaryConceptDto): Promise<StoredConcept> {
    await this.assertReviewer(ctx, input.locale, input.id);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.concepts.insertConcept(manager, input.id, input.note ?? null))) throw Problems.conflict(RESOURCE);
      await this.replaceTerms(manager, input.id, input.locale, input.terms);
      const created = await this.get(input.id, manager);
      await this.remember(manager, 'created', created, ctx.actor);
      await this.record(manager, 'documents.glossary.created', ctx, input.id, null, created);
      return created;
    });
  }

  /** Replaces a concept's terms in one locale (and its note, if sent); QA uses them from the next save. */
  async putTerms(ctx: ActorContext, conceptId: string, locale: string, input: PutGlossaryTermsDto, ifMatch: number): Promise<StoredConcept> {
    await this.assertReviewer(ctx, locale, conceptId);
    const current = await this.get(conceptId);
    return this.dataSource.transaction(async (manager) => {
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
  }

  async delete(ctx: ActorContext, conceptId: string, ifMatch: number): Promise<void> {
    const current = await this.get(conceptId);
    // Terms of a locale belong to its reviewers: all of them go with the concept.
    for (const locale of Object.keys(current.terms)) await this.assertReviewer(ctx, locale, conceptId);
    if (!Object.keys(current.terms).length) await this.access.assert(ctx, 'review_translation', shared(null), conceptId);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.concepts.deleteConcept(manager, conceptId, ifMatch))) await this.refuseStale(manager, conceptId);
      await this.remember(manager, 'deleted', current, ctx.actor);
      await this.record(manager, 'documents.glossary.deleted', ctx, conceptId, current, null);
    });
  }

  /**
   * Every state of a concept, oldest first; a deleted concept's history stays readable. A
   * concept of the core glossary nobody has changed since it was seeded has none yet.
   */
  async history(conceptId: string): Promise<ConceptHistoryEntry[]> {
    const rows = await this.concepts.history(conceptId);
    if (!rows.length) {
      if ((await this.concepts.version(this.dataSource.manager, conceptId)) === undefined) throw Problems.notFound(RESOURCE);
      return [];
    }
    return rows.map((row) => ({ action: row.action, version: Number(row.version), note: row.note, terms: row.terms, actorId: row.actor_id, at: row.at }));
  }

  private async assertReviewer(ctx: ActorContext, locale: string, conceptId: string): Promise<void> {
    await this.access.assert(ctx, 'review_translation', shared(locale), conceptId);
  }

  /** The edit counter moves only from the version the client read (SQL-side check). */
  private async bump(manager: EntityManager, conceptId: string, expected: number, note: string | undefined): Promise<void> {
    if (!(await this.concepts.bump(manager, conceptId, expected, note ?? null))) await this.refuseStale(manager, conceptId);
  }

  private async refuseStale(manager: EntityManager, conceptId: string): Promise<never> {
    const version = await this.concepts.version(manager, conceptId);
    if (version === undefined) throw Problems.notFound(RESOURCE);
    throw Problems.preconditionFailed(RESOURCE, version);
  }

  private async replaceTerms(manager: EntityManager, conceptId: string, locale: string, input: { text: string; status: string }[]): Promise<void> {
    // The last mention of a text wins.
    await this.concepts.replaceTerms(manager, conceptId, locale, [...new Map(input.map((term) => [term.text, term])).values()]);
  }

  private async remember(manager: EntityManager, action: ConceptHistoryEntry['action'], concept: StoredConcept, actor: ActorContext['actor']): Promise<void> {
    await this.concepts.appendHistory(manager, {
      conceptId: concept.id,
      action,
      version: concept.version,
      note: concept.note,
      terms: concept.terms,
      actorId: actor.userId,
    });
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
