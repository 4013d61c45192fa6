import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { DocumentsProblems } from '../documents-problems';
import { documentResource, workingCopyDecision } from '../documents/document-access';
import { DocumentsService } from '../documents/documents.service';
import { SegmentedRevisions } from '../documents/segmented-revisions';
import { computeProgress, type Progress } from '../domain/progress';
import { rebuildHtml, rebuildMarkdown, renderHtml } from '../domain/rebuild';
import type { TranslationState } from '../domain/translation-state';
import { Document } from '../entities/document.entity';
import { DocumentEvents } from '../events/document-events.service';
import { requireTarget } from '../translations/translations.service';
import { firstRow } from '@bluecarbon/platform';

export interface Rendered {
  documentId: string;
  locale: string;
  /** The language of the fallback segments (the document's source). */
  sourceLocale: string;
  revision: number;
  /** True when some segments show the source text because their translation is not ready. */
  partial: boolean;
  fallbackOrdinals: number[];
  publishedAt: Date | null;
  markdown: string;
  html: string;
}

/** Which translations a rendering uses: publications only approved ones, previews anything translated. */
const USABLE: Record<'published' | 'preview', ReadonlySet<TranslationState>> = {
  published: new Set(['approved']),
  preview: new Set(['translated', 'reviewed', 'approved']),
};

@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly events: DocumentEvents,
    private readonly revisions: SegmentedRevisions,
  ) {}

  /** Counts and percentages by state and outdated, per target locale. */
  async progress(ctx: ActorContext, documentId: string): Promise<Record<string, Progress>> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    return this.readableProgress(actor, document);
  }

  /**
   * Progress in the locales whose working copy the actor reads: counts and words of a revision
   * not yet published describe it as much as its text, so partners who read only the
   * publications get none, and a language team its own locales.
   */
  async readableProgress(actor: AuthenticatedActor, document: Document): Promise<Record<string, Progress>> {
    const progress = await this.progressOf(document);
    return Object.fromEntries(Object.entries(progress).filter(([locale]) => workingCopyDecision(actor, document, locale) === 'allow'));
  }

  async progressOf(document: Document, manager: EntityManager = this.dataSource.manager): Promise<Record<string, Progress>> {
    const rows: { locale: string; state: TranslationState; outdated: boolean; words: number }[] = await manager.query(
      `SELECT l.locale, coalesce(t.state, 'untranslated') AS state, coalesce(t.outdated, false) AS outdated, s.words
         FROM document_segment s CROSS JOIN unnest($2::text[]) AS l(locale)
         LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = l.locale
        WHERE s.document_id = $1 AND s.archived_at IS NULL`,
      [document.id, document.targetLocales],
    );
    return Object.fromEntries(
      document.targetLocales.map((locale) => [
        locale,
        computeProgress(rows.filter((row) => row.locale === locale).map((row) => ({ ...row, words: Number(row.words) }))),
      ]),
    );
  }

  /**
   * Publishes the current revision in one locale: complete when every segment is approved and
   * none outdated; otherwise only when asked for as partial, the rest falling back to the source.
   */
  async publish(ctx: ActorContext, documentId: string, locale: string, partial: boolean): Promise<Rendered> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    await this.access.assert(ctx, 'publish', documentResource(document), documentId);
    requireTarget(document, locale);
    return this.dataSource.transaction(async (manager) => {
      const progress = (await this.progressOf(document, manager))[locale];
      if (!progress) throw DocumentsProblems.localeNotTargeted(locale, document.targetLocales);
      if (!progress.publishable && !partial) throw DocumentsProblems.notPublishable(await this.pending(manager, document.id, locale), progress.segments);
      const rendered = await this.assemble(manager, document, locale, 'published');
      const row: { published_at: Date } = firstRow(
        await manager.query(
          `INSERT INTO document_publication (document_id, locale, revision, partial, fallback_ordinals, markdown, html, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING published_at`,
          [document.id, locale, document.currentRevision, rendered.partial, rendered.fallbackOrdinals, rendered.markdown, rendered.html, actor.userId],
        ),
      );
      // A published translation makes the document public; it stays published afterwards.
      if (document.status === 'draft') await manager.update(Document, { id: document.id }, { status: 'published', version: () => 'version + 1' } as never);
      await this.events.record(manager, {
        type: 'documents.locale.published',
        actor,
        context: ctx,
        subjectType: 'document',
        subjectId: document.id,
        document,
        after: { locale, revision: document.currentRevision, partial: rendered.partial, fallbackSegments: rendered.fallbackOrdinals.length },
        payload: { locale, revision: document.currentRevision, partial: rendered.partial },
      });
      return { ...rendered, publishedAt: row.published_at };
    });
  }

  /** Segments not ready for a complete publication: not approved, or approved for an older source. */
  private async pending(manager: EntityManager, documentId: string, locale: string): Promise<number> {
    const { count }: { count: string } = firstRow(
      await manager.query(
        `SELECT count(*) AS count FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
        WHERE s.document_id = $1 AND s.archived_at IS NULL AND (t.state IS DISTINCT FROM 'approved' OR t.outdated)`,
        [documentId, locale],
      ),
    );
    return Number(count);
  }

  /**
   * The latest publication in `locale`, or (`current`) the current revision assembled from
   * what is translated so far: the working copy, for those who may read it only. The source
   * locale renders the current source to them, and the last published source to everyone else.
   */
  async render(ctx: ActorContext, documentId: string, locale: string, which: 'published' | 'current'): Promise<Rendered> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    if (locale !== document.sourceLocale) requireTarget(document, locale);
    if (which === 'current') {
      await this.documents.assertWorkingCopy(ctx, document, locale);
      return this.assemble(this.dataSource.manager, document, locale, 'preview');
    }
    if (locale === document.sourceLocale) {
      if (workingCopyDecision(actor, document, locale) === 'allow') return this.assemble(this.dataSource.manager, document, locale, 'preview');
      return this.publishedSource(document);
    }
    const [row]: { revision: number; partial: boolean; fallback_ordinals: number[]; markdown: string; html: string; published_at: Date }[] =
      await this.dataSource.query(
        `SELECT revision, partial, fallback_ordinals, markdown, html, published_at FROM document_publication
        WHERE document_id = $1 AND locale = $2 ORDER BY published_at DESC, id DESC LIMIT 1`,
        [document.id, locale],
      );
    if (!row) throw DocumentsProblems.nothingToRender(locale);
    return {
      documentId,
      locale,
      sourceLocale: document.sourceLocale,
      revision: row.revision,
      partial: row.partial,
      fallbackOrdinals: row.fallback_ordinals,
      publishedAt: row.published_at,
      markdown: row.markdown,
      html: row.html,
    };
  }

  /** The source as it was last published, for readers outside the working copy. */
  private async publishedSource(document: Document): Promise<Rendered> {
    const source = await this.documents.publishedSource(document);
    if (!source) throw DocumentsProblems.nothingToRender(document.sourceLocale);
    return {
      documentId: document.id,
      locale: document.sourceLocale,
      sourceLocale: document.sourceLocale,
      revision: source.revision,
      partial: false,
      fallbackOrdinals: [],
      publishedAt: source.publishedAt,
      markdown: source.markdown,
      html: await renderHtml(source.markdown, document.sourceLocale),
    };
  }

  /** Rebuilds the current revision with translations in place of the source where usable. */
  private async assemble(manager: EntityManager, document: Document, locale: string, mode: 'published' | 'preview'): Promise<Rendered> {
    const segmented = await this.revisions.get(
      document.id,
      document.currentRevision,
      document.sourceLocale,
      async () => {
        const [revision]: { markdown: string }[] = await manager.query(`SELECT markdown FROM document_revision WHERE document_id = $1 AND number = $2`, [
          document.id,
          document.currentRevision,
        ]);
        return revision?.markdown ?? '';
      },
      manager,
    );
    const targets = new Map<number, string>();
    if (locale !== document.sourceLocale) {
      const rows: { ordinal: number; text: string; state: TranslationState }[] = await manager.query(
        `SELECT s.ordinal, t.text, t.state FROM document_segment s JOIN translation t ON t.segment_id = s.id AND t.locale = $2
          WHERE s.document_id = $1 AND s.archived_at IS NULL AND NOT t.outdated AND t.text IS NOT NULL`,
        [document.id, locale],
      );
      for (const row of rows) if (USABLE[mode].has(row.state)) targets.set(row.ordinal, row.text);
    }
    const lookup = (segment: { ordinal: number }): string | undefined => targets.get(segment.ordinal);
    const rebuilt = await rebuildMarkdown(segmented, lookup);
    const fallbackOrdinals = locale === document.sourceLocale ? [] : rebuilt.fallbackOrdinals;
    return {
      documentId: document.id,
      locale,
      sourceLocale: document.sourceLocale,
      revision: document.currentRevision,
      partial: fallbackOrdinals.length > 0,
      fallbackOrdinals,
      publishedAt: null,
      markdown: rebuilt.markdown,
      html: await rebuildHtml(segmented, lookup, locale),
    };
  }
}
