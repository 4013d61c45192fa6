import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor, localeRefusal, OrganisationsService, refusal } from '@bluecarbon/identity';
import { decodeCursor, type Page, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import type { CreateDocumentDto, CreateRevisionDto, UpdateDocumentDto } from '../dto/document.dto';
import { Document, type SubjectType } from '../entities/document.entity';
import { DocumentEvents } from '../events/document-events.service';
import { DocumentsProblems } from '../documents-problems';
import { DocumentsRepository } from '../repositories/documents.repository';
import { PublicationsRepository } from '../repositories/publications.repository';
import { documentResource, readDecision, translationResource, translationWriteDecision, workingCopyDecision } from './document-access';
import { type RevisionSummary, RevisionWriter } from './revision-writer';
import { SegmentationPool } from './segmentation-pool';
import { type RevisionView, toRevisionView } from './document-view';

const RESOURCE = 'document';
const REVISION = 'document_revision';

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly writer: RevisionWriter,
    private readonly segmentation: SegmentationPool,
    private readonly events: DocumentEvents,
    private readonly organisations: OrganisationsService,
    private readonly documents: DocumentsRepository,
    private readonly publications: PublicationsRepository,
  ) {}

  /** The document if the actor may see it; 404 (audited) otherwise, also for other cities' drafts. */
  async get(ctx: ActorContext, id: string, manager: EntityManager = this.dataSource.manager): Promise<Document> {
    const { actor } = ctx;
    const document = await this.documents.find(manager, id);
    if (!document) throw Problems.notFound(RESOURCE);
    if (readDecision(actor, document) !== 'allow') {
      await this.access.recordDenial(ctx, { action: 'read', resource: RESOURCE, subjectId: id, decision: 'not_found' });
      throw Problems.notFound(RESOURCE);
    }
    return document;
  }

  /**
   * The document if the actor may read its working copy in `locale` (current revision, drafts of
   * translations); 404 (audited) otherwise, also to partners who read its publications.
   */
  async getForLocale(ctx: ActorContext, id: string, locale: string): Promise<Document> {
    const document = await this.get(ctx, id);
    await this.assertWorkingCopy(ctx, document, locale);
    return document;
  }

  async assertWorkingCopy(ctx: ActorContext, document: Document, locale: string): Promise<void> {
    const { actor } = ctx;
    const decision = workingCopyDecision(actor, document, locale);
    if (decision === 'allow') return;
    await this.access.recordDenial(ctx, { action: 'read', resource: 'translation', subjectId: document.id, decision });
    throw decision === 'forbidden' ? localeRefusal(actor, locale) : Problems.notFound('translation');
  }

  /** Throws unless the actor may write the translation into `locale` (see translationWriteDecision); refusals audited. */
  async assertTranslationWrite(
    ctx: ActorContext,
    document: Document,
    locale: string,
    action: 'translate' | 'review_translation',
    subjectId: string,
  ): Promise<void> {
    const { actor } = ctx;
    const decision = translationWriteDecision(actor, document, locale, action);
    if (decision === 'allow') return;
    await this.access.recordDenial(ctx, { action, resource: 'translation', subjectId, decision });
    throw decision === 'not_found' ? Problems.notFound('translation') : refusal(actor, action, translationResource(document, locale));
  }

  /** Documents the actor may see, newest first. Filtering by the policy happens per row: visibility has several routes. */
  async list(actor: AuthenticatedActor, limit: number, cursor?: string): Promise<Page<Document>> {
    const after = cursor ? decodeCursor(cursor, 'time') : null;
    const visible: Document[] = [];
    let position = after;
    // Pages of candidates until a page of visible ones is full (most callers see most rows).
    for (let round = 0; round < 20 && visible.length <= limit; round++) {
      const rows = await this.documents.page(position, 200);
      visible.push(...rows.filter((row) => readDecision(actor, row) === 'allow'));
      const last = rows.at(-1);
      if (rows.length < 200 || !last) break;
      position = { sortKey: last.createdAt.toISOString(), id: last.id };
    }
    return toPage(visible.slice(0, limit + 1), limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
  }

  /**
   * The documents about one subject (another lib's record, e.g. a project) that the actor may
   * read; the caller decides first whether the actor may see the subject at all.
   */
  async listOfSubject(actor: AuthenticatedActor, subject: { type: SubjectType; id: string }, limit: number, cursor?: string): Promise<Page<Document>> {
    const after = cursor ? decodeCursor(cursor, 'time') : null;
    const page = toPage(await this.documents.ofSubject(subject.type, subject.id, after, limit), limit, (row) => ({
      sortKey: row.createdAt.toISOString(),
      id: row.id,
    }));
    return { ...page, items: page.items.filter((row) => readDecision(actor, row) === 'allow') };
  }

  async create(ctx: ActorContext, input: CreateDocumentDto): Promise<{ document: Document; revision: RevisionSummary }> {
    const { actor } = ctx;
    const owner = await this.ownerOf(actor, input.jurisdictionCode ?? null);
    // No state: the record does not exist yet, so creating in another city is refused (403), not hidden.
    await this.access.assert(ctx, 'create', { kind: RESOURCE, jurisdictionCode: input.jurisdictionCode ?? null, jurisdictionId: owner.jurisdictionId });
    const targetLocales = targetsOf(input.targetLocales, input.sourceLocale);
    const source = await this.segmentation.revisionSource(input.markdown, input.sourceLocale);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.documents.insert(manager, {
        title: input.title,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        sourceLocale: input.sourceLocale,
        targetLocales,
        ownerOrganisationId: owner.organisationId,
        jurisdictionId: owner.jurisdictionId,
        jurisdictionCode: input.jurisdictionCode ?? null,
        status: 'draft',
        dueOn: input.dueOn ?? null,
        currentRevision: 0,
        createdBy: actor.userId,
      });
      const revision = await this.writer.write(manager, created, source, actor.userId, input.message ?? null);
      await this.documents.setCurrentRevision(manager, created.id, revision.revision);
      const document = await this.documents.get(manager, created.id);
      await this.events.record(manager, {
        type: 'documents.document.created',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: document.id,
        document,
        after: { title: document.title, sourceLocale: document.sourceLocale, targetLocales, revision },
        // Translators of these locales are told they have work (notifications).
        payload: { targetLocales: document.targetLocales },
      });
      return { document, revision };
    });
  }

  /** A new revision (If-Match on the document): segmented, aligned and stored in one transaction. */
  async addRevision(
    ctx: ActorContext,
    id: string,
    input: CreateRevisionDto,
    ifMatch: number,
  ): Promise<{ document: Document; revision: RevisionSummary; created: boolean }> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    await this.access.assert(ctx, 'update', documentResource(current), id);
    // The same text again is no new revision: nothing to align, translate or audit.
    const stored = await this.documents.revisionText(this.dataSource.manager, id, current.currentRevision);
    if (stored && stored.markdown === input.markdown) {
      if (ifMatch !== current.version) throw Problems.preconditionFailed(RESOURCE, current.version);
      const segments = Number(stored.segment_count);
      return {
        document: current,
        revision: { revision: current.currentRevision, segments, counts: { unchanged: segments, moved: 0, changed: 0, new: 0, removed: 0 } },
        created: false,
      };
    }
    // A stale If-Match is refused before any parsing; the transaction checks again, under the row lock.
    if (ifMatch !== current.version) throw Problems.preconditionFailed(RESOURCE, current.version);
    // Segmented before the transaction (the source locale never changes): a long parse holds no row lock.
    const source = await this.segmentation.revisionSource(input.markdown, current.sourceLocale);
    return this.dataSource.transaction(async (manager) => {
      // The version check runs first and locks the row: two concurrent saves cannot both write.
      await updateVersioned(manager, Document, id, ifMatch, { currentRevision: current.currentRevision + 1 }, RESOURCE);
      const revision = await this.writer.write(manager, current, source, actor.userId, input.message ?? null);
      const document = await this.documents.get(manager, id);
      await this.events.record(manager, {
        type: 'documents.revision.created',
        actor,
        context: ctx,
        subjectType: 'document_revision',
        subjectId: id,
        document,
        after: { ...revision, message: input.message ?? null },
        // Changed segments leave their translations outdated: their translators are told.
        payload: { revision: revision.revision, targetLocales: document.targetLocales, outdatedSegments: revision.counts.changed },
      });
      return { document, revision, created: true };
    });
  }

  /** Title, target locales, due date (If-Match). The source locale never changes: its segments would mean nothing. */
  async update(ctx: ActorContext, id: string, input: UpdateDocumentDto, ifMatch: number): Promise<Document> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    await this.access.assert(ctx, 'update', documentResource(current), id);
    const changes: Partial<Document> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.targetLocales !== undefined) {
      changes.targetLocales = targetsOf(input.targetLocales, current.sourceLocale);
      await this.refuseDroppingPublished(current, changes.targetLocales);
    }
    if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
    return this.dataSource.transaction(async (manager) => {
      const document = await updateVersioned(manager, Document, id, ifMatch, changes, RESOURCE);
      await this.events.record(manager, {
        type: 'documents.document.updated',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: id,
        document,
        before: { title: current.title, targetLocales: current.targetLocales, dueOn: current.dueOn },
        after: { title: document.title, targetLocales: document.targetLocales, dueOn: document.dueOn },
      });
      return document;
    });
  }

  /**
   * A published locale stays a target: dropping it would hide a publication partners read
   * without anyone deciding to withdraw it. The caller is told which locale (409).
   */
  private async refuseDroppingPublished(document: Document, targets: string[]): Promise<void> {
    const dropped = document.targetLocales.filter((locale) => !targets.includes(locale));
    if (!dropped.length) return;
    const published = await this.publications.publishedLocales(document.id, dropped);
    if (published.length) throw DocumentsProblems.localePublished(published);
  }

  async currentMarkdown(document: Document, manager: EntityManager = this.dataSource.manager): Promise<string> {
    return (await this.documents.revisionText(manager, document.id, document.currentRevision))?.markdown ?? '';
  }

  /** The source the actor may read: the current revision for those who read the working copy, else the last published one. */
  async readableMarkdown(actor: AuthenticatedActor, document: Document): Promise<string> {
    if (workingCopyDecision(actor, document, document.sourceLocale) === 'allow') return this.currentMarkdown(document);
    return (await this.publishedSource(document))?.markdown ?? '';
  }

  /** The source revision of the latest publication in any locale, or null before the first. */
  async publishedSource(document: Document): Promise<{ revision: number; markdown: string; publishedAt: Date } | null> {
    const row = await this.publications.latestSource(document.id);
    return row ? { revision: row.number, markdown: row.markdown, publishedAt: row.published_at } : null;
  }

  /**
   * The revisions of a document, newest first. Every revision is part of the working copy (an
   * unpublished one as much as the current): whoever reads only the publications gets 404.
   */
  async revisions(ctx: ActorContext, id: string, limit: number, cursor?: string): Promise<Page<RevisionView>> {
    const document = await this.get(ctx, id);
    await this.assertRevisionsReadable(ctx, document);
    const before = cursor ? Number(decodeCursor(cursor, 'int4', 'none').sortKey) : null;
    const page = toPage(await this.documents.revisions(id, before, limit), limit, (row) => ({ sortKey: String(row.number), id: '' }));
    return { items: page.items.map(toRevisionView), nextCursor: page.nextCursor };
  }

  /** One revision with its Markdown; 404 for a number the document never had. */
  async revision(ctx: ActorContext, id: string, number: number): Promise<RevisionView & { markdown: string }> {
    const document = await this.get(ctx, id);
    await this.assertRevisionsReadable(ctx, document);
    const row = await this.documents.revision(id, number);
    if (!row) throw Problems.notFound(REVISION);
    return { ...toRevisionView(row), markdown: row.markdown };
  }

  private async assertRevisionsReadable(ctx: ActorContext, document: Document): Promise<void> {
    if (workingCopyDecision(ctx.actor, document, document.sourceLocale) === 'allow') return;
    await this.access.recordDenial(ctx, { action: 'read', resource: REVISION, subjectId: document.id, decision: 'not_found' });
    throw Problems.notFound(REVISION);
  }

  /** A city's documents belong to its organisation; shared ones to the author's own organisation. */
  private async ownerOf(actor: AuthenticatedActor, jurisdictionCode: string | null): Promise<{ organisationId: string; jurisdictionId: string | null }> {
    if (jurisdictionCode) {
      const city = await this.organisations.ofJurisdiction(jurisdictionCode);
      if (city) return { organisationId: city.id, jurisdictionId: city.jurisdictionId };
    }
    const home = actor.memberships[0];
    if (!home) throw Problems.forbidden();
    return { organisationId: home.organisationId, jurisdictionId: null };
  }
}

/** Target locales without duplicates and without the source locale; at least one must remain. */
function targetsOf(requested: readonly string[], sourceLocale: string): string[] {
  const targets = [...new Set(requested)].filter((locale) => locale !== sourceLocale);
  if (!targets.length) throw DocumentsProblems.noTargetLocale();
  return targets;
}
