import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { API_PREFIX, ApiFileResponse, ApiPageResponse, Idempotent, IfMatch, PageQuery, VersionedResponse } from '@bluecarbon/platform';
import {
  CreateDocumentDto,
  CreateRevisionDto,
  DocumentIdParams,
  LocaleQuery,
  PublicationParams,
  PublishDto,
  RenderQuery,
  RevisionParams,
  UpdateDocumentDto,
} from '../dto/document.dto';
import {
  DocumentDetailResponse,
  DocumentResponse,
  DocumentRevisionResponse,
  PROGRESS_BY_LOCALE,
  ProgressResponse,
  RenderingResponse,
  RevisionResponse,
  RevisionTextResponse,
} from '../dto/views.dto';
import { PublishingService } from '../publishing/publishing.service';
import { DocumentsService } from './documents.service';
import { toDocumentView, withRevisionSummary } from './document-view';

@ApiTags('documents')
@ApiExtraModels(ProgressResponse)
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly publishing: PublishingService,
  ) {}

  @Post()
  @Idempotent()
  @RequirePermission('create', 'document')
  @ApiOperation({ summary: 'Create a document with its first revision (Markdown), segmented and ready to translate' })
  @VersionedResponse({
    type: DocumentRevisionResponse,
    status: 201,
    location: `/${API_PREFIX}/documents/:id`,
    description: 'The document and its revision summary',
  })
  async create(@Ctx() ctx: ActorContext, @Body() body: CreateDocumentDto) {
    return withRevisionSummary(await this.documents.create(ctx, body));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Documents you may see, newest first' })
  @ApiPageResponse(DocumentResponse)
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: PageQuery) {
    const page = await this.documents.list(actor, query.limit, query.cursor);
    return { items: page.items.map(toDocumentView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'A document: its current revision in Markdown and its progress per target locale' })
  @VersionedResponse({ type: DocumentDetailResponse, description: 'The document with its progress per target locale' })
  async get(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams) {
    const document = await this.documents.get(ctx, params.id);
    return {
      ...toDocumentView(document),
      markdown: await this.documents.readableMarkdown(ctx.actor, document),
      progress: await this.publishing.readableProgress(ctx.actor, document),
    };
  }

  @Patch(':id')
  @RequirePermission('update', 'document')
  @ApiOperation({ summary: 'Change the title, target locales or due date (If-Match required)' })
  @VersionedResponse({ type: DocumentResponse, description: 'The document' })
  async update(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams, @Body() body: UpdateDocumentDto, @IfMatch() ifMatch: number) {
    return toDocumentView(await this.documents.update(ctx, params.id, body, ifMatch));
  }

  @Post(':id/revisions')
  @RequirePermission('update', 'document')
  @ApiOperation({ summary: 'Save a new revision (If-Match required): unchanged segments keep their translations, changed ones become outdated' })
  @VersionedResponse({ type: DocumentRevisionResponse, status: 201, description: 'The document and the alignment counts' })
  @ApiOkResponse({ type: DocumentRevisionResponse, description: "The text is the current revision's: no revision made, the current one returned" })
  async addRevision(
    @Ctx() ctx: ActorContext,
    @Param() params: DocumentIdParams,
    @Body() body: CreateRevisionDto,
    @IfMatch() ifMatch: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const saved = await this.documents.addRevision(ctx, params.id, body, ifMatch);
    // The same text again: 200 with the current revision, nothing created.
    if (!saved.created) reply.status(200);
    return withRevisionSummary(saved);
  }

  @Get(':id/revisions')
  @SignedIn()
  @ApiOperation({ summary: 'The revisions of a document, newest first: author, message and how each aligned with the one before' })
  @ApiPageResponse(RevisionResponse)
  async listRevisions(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams, @Query() query: PageQuery) {
    return this.documents.revisions(ctx, params.id, query.limit, query.cursor);
  }

  @Get(':id/revisions/:number')
  @SignedIn()
  @ApiOperation({ summary: 'One revision with its Markdown (the source as it was then)' })
  @ApiOkResponse({ type: RevisionTextResponse, description: 'The revision and its Markdown' })
  async getRevision(@Ctx() ctx: ActorContext, @Param() params: RevisionParams) {
    return this.documents.revision(ctx, params.id, params.number);
  }

  @Get(':id/progress')
  @SignedIn()
  @ApiOperation({ summary: 'Translation progress per target locale: counts and percentages by state, outdated, publishable' })
  @ApiOkResponse({ schema: PROGRESS_BY_LOCALE, description: 'Counts and percentages by state and outdated, per target locale' })
  async progress(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams) {
    return this.publishing.progress(ctx, params.id);
  }

  @Post(':id/publications/:locale')
  @HttpCode(201)
  @Idempotent()
  @RequirePermission('publish', 'document')
  @ApiOperation({ summary: 'Publish a locale: every segment approved and none outdated, or partial (source fallback marked)' })
  @ApiUnprocessableEntityResponse({ description: 'The locale is not one of the document’s targets (documents_locale_not_targeted)' })
  @ApiCreatedResponse({ type: RenderingResponse, description: 'The published rendering' })
  async publish(@Ctx() ctx: ActorContext, @Param() params: PublicationParams, @Body() body: PublishDto) {
    return this.publishing.publish(ctx, params.id, params.locale, body.partial ?? false);
  }

  @Get(':id/render')
  @SignedIn()
  @ApiOperation({ summary: 'Markdown and HTML of the latest publication in a locale, or of the current revision (revision=current)' })
  @ApiOkResponse({ type: RenderingResponse, description: 'The rendering, with the segments that fell back to the source' })
  async render(
    @Ctx() ctx: ActorContext,
    @Param() params: DocumentIdParams,
    @Query() query: RenderQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    // Serialised once per rendering kept (a 2,000-segment one is hundreds of kB), not per request.
    const json = await this.publishing.renderJson(ctx, params.id, query.locale, query.revision ?? 'published');
    reply.type('application/json; charset=utf-8');
    return json;
  }

  @Get(':id/markdown')
  @SignedIn()
  @ApiOperation({ summary: 'Markdown export of the current revision in a locale (translated so far, source elsewhere)' })
  @ApiFileResponse('text/markdown', 'The Markdown file; X-Fallback-Segments counts the segments left in the source')
  async markdown(
    @Ctx() ctx: ActorContext,
    @Param() params: DocumentIdParams,
    @Query() query: LocaleQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const rendered = await this.publishing.render(ctx, params.id, query.locale, 'current');
    reply
      .type('text/markdown; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${params.id}.${query.locale}.md"`)
      .header('X-Fallback-Segments', String(rendered.fallbackOrdinals.length))
      // The file's language, not the caller's: with source fallback it is in both.
      .header('Content-Language', rendered.partial ? `${rendered.locale}, ${rendered.sourceLocale}` : rendered.locale);
    return rendered.markdown;
  }
}
