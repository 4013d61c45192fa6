import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { DocumentsProblems } from '../documents-problems';
import { documentResource, workingCopyDecision } from '../documents/document-access';
import { DerivedOutputs } from '../documents/derived-outputs';
import { DocumentsService } from '../documents/documents.service';
import { SegmentedRevisions } from '../documents/segmented-revisions';
import { computeProgress, type Progress } from '../domain/progress';
import { renderDocument, renderHtml } from '../domain/rebuild';
import type { TranslationState } from '../domain/translation-state';
import type { Document } from '../entities/document.entity';
import { DocumentEvents } from '../events/document-events.service';
import { DocumentsRepository } from '../repositories/documents.repository';
import { PublicationsRepository } from '../repositories/publications.repository';
import { TranslationsRepository } from '../repositories/translations.repository';
import { requireTarget } from '../translations/translations.service';

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
const USABLE: Record<'published' | 'preview', readonly TranslationState[]> = {
  published: ['approved'],
  preview: ['translated', 'reviewed', 'approved'],
};

@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly events: DocumentEvents,
    private readonly revisions: SegmentedRevisions,
    private readonly outputs: DerivedOutputs,
    private readonly documentRows: DocumentsRepository,
    private readonly publications: PublicationsRepository,
    private readonly translations: TranslationsRepository,
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
    const rows = await this.publications.progressRows(manager, document.id, document.targetLocales);
    return Object.fromEntries(document.targetLocales.map((locale) => [locale, computeProgress(rows.filter((row) => row.locale === locale))]));
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
      if (!progress.publishable && !partial) {
        throw DocumentsProblems.notPublishable(await this.publications.pendingCount(manager, document.id, locale), progress.segments);
      }
      const rendered = await this.assemble(manager, document, locale, 'published');
      const publishedAt = await this.publications.insert(manager, {
        documentId: document.id,
        locale,
        revision: document.currentRevision,
        partial: rendered.partial,
        fallbackOrdinals: rendered.fallbackOrdinals,
        markdown: rendered.markdown,
        html: rendered.html,
        publishedBy: actor.userId,
      });
      // A published translation makes the document public; it stays published afterwards.
      if (document.status === 'draft') await this.documentRows.markPublished(manager, document.id);
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
      return { ...rendered, publishedAt };
    });
  }

  /**
   * The latest publication in `locale`, or (`current`) the current revision assembled from
   * what is translated so far: the working copy, for those who may read it only. The source
   * locale renders the current source to them, and the last published source to everyone else.
   */
  async render(ctx: ActorContext, documentId: string, locale: string, which: 'published' | 'current'): Promise<Rendered> {
    const found = await this.find(ctx, documentId, locale, which);
    return 'json' in found ? withOwnOrdinals(found.rendered) : found;
  }

  /** render() as the JSON body of its answer; an assembled one is kept serialised with it. */
  async renderJson(ctx: ActorContext, documentId: string, locale: string, which: 'published' | 'current'): Promise<Buffer> {
    const found = await this.find(ctx, documentId, locale, which);
    return 'json' in found ? found.json : Buffer.from(JSON.stringify(found), 'utf8');
  }

  private async find(ctx: ActorContext, documentId: string, locale: string, which: 'published' | 'current'): Promise<Rendered | Assembled> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    if (locale !== document.sourceLocale) requireTarget(document, locale);
    if (which === 'current') {
      await this.documents.assertWorkingCopy(ctx, document, locale);
      return this.assembled(this.dataSource.manager, document, locale, 'preview');
    }
    if (locale === document.sourceLocale) {
      if (workingCopyDecision(actor, document, locale) === 'allow') return this.assembled(this.dataSource.manager, document, locale, 'preview');
      return this.publishedSource(document);
    }
    const row = await this.publications.latest(document.id, locale);
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
    return withOwnOrdinals((await this.assembled(manager, document, locale, mode)).rendered);
  }

  /** The rendering as kept (callers must not change it), with its JSON. */
  private assembled(manager: EntityManager, document: Document, locale: string, mode: 'published' | 'preview'): Promise<Assembled> {
    const states = USABLE[mode];
    const translated = locale !== document.sourceLocale;
    // Everything the rebuild reads: the revision (its segmentation never changes), the locale and the texts used.
    return this.outputs.fresh(
      ['render', document.id, document.currentRevision, document.sourceLocale, locale],
      async () => (translated ? this.translations.currentTextsFingerprint(manager, document.id, locale, states) : ''),
      async () => (translated ? this.translations.currentTexts(manager, document.id, locale, states) : { fingerprint: '', rows: [] }),
      async (rows) => {
        const segmented = await this.revisions.get(
          document.id,
          document.currentRevision,
          document.sourceLocale,
          () => this.documents.currentMarkdown(document, manager),
          manager,
        );
        const targets = new Map(rows.map((row) => [row.ordinal, row.text]));
        const rebuilt = await renderDocument(segmented, (segment) => targets.get(segment.ordinal), locale);
        const fallbackOrdinals = translated ? rebuilt.fallbackOrdinals : [];
        const rendered: Rendered = {
          documentId: document.id,
          locale,
          sourceLocale: document.sourceLocale,
          revision: document.currentRevision,
          partial: fallbackOrdinals.length > 0,
          fallbackOrdinals,
          publishedAt: null,
          markdown: rebuilt.markdown,
          html: rebuilt.html,
        };
        return { rendered, json: Buffer.from(JSON.stringify(rendered), 'utf8') };
      },
    );
  }
}

/** A rendering assembled from the current revision, and its JSON: both kept between requests. */
interface Assembled {
  rendered: Rendered;
  json: Buffer;
}

/** A copy of a kept rendering whose ordinals the caller may change. */
function withOwnOrdinals(rendered: Rendered): Rendered {
  return { ...rendered, fallbackOrdinals: [...rendered.fallbackOrdinals] };
}
