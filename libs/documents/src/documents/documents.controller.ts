import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { API_PREFIX, etagOf, Idempotent, PageQuery } from '@bluecarbon/platform';
import { CreateDocumentDto, CreateRevisionDto, DocumentIdParams, LocaleQuery, PublicationParams, PublishDto, RenderQuery, UpdateDocumentDto } from '../dto/document.dto';
import type { Document } from '../entities/document.entity';
import { PublishingService } from '../publishing/publishing.service';
import { DocumentsService } from './documents.service';

@ApiTags('documents')
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
  @ApiCreatedResponse({ description: 'The document and its revision summary' })
  async create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateDocumentDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { document, revision } = await this.documents.create(actor, body, request);
    reply.header('ETag', etagOf(document.version)).header('Location', `/${API_PREFIX}/documents/${document.id}`);
    return { ...toResponse(document), revisionSummary: revision };
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: 'Documents you may see, newest first' })
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: PageQuery) {
    const page = await this.documents.list(actor, query.limit, query.cursor);
    return { items: page.items.map(toResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ description: 'The document with its progress per target locale' })
  async get(@CurrentActor() actor: AuthenticatedActor, @Param() params: DocumentIdParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const document = await this.documents.get(actor, params.id, request);
    reply.header('ETag', etagOf(document.version));
    return { ...toResponse(document), markdown: await this.documents.readableMarkdown(actor, document), progress: await this.publishing.readableProgress(actor, document) };
  }

  @Patch(':id')
  @RequirePermission('update', 'document')
  @ApiOperation({ summary: 'Change the title, target locales or due date (If-Match required)' })
  @ApiOkResponse({ description: 'The document' })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: DocumentIdParams,
    @Body() body: UpdateDocumentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.documents.update(actor, params.id, body, ifMatch, request);
    reply.header('ETag', etagOf(document.version));
    return toResponse(document);
  }

  @Post(':id/revisions')
  @RequirePermission('update', 'document')
  @ApiOperation({ summary: 'Save a new revision (If-Match required): unchanged segments keep their translations, changed ones become outdated' })
  @ApiCreatedResponse({ description: 'The document and the alignment counts' })
  @ApiOkResponse({ description: 'The text is the current revision\'s: no revision made, the current one returned' })
  async addRevision(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: DocumentIdParams,
    @Body() body: CreateRevisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { document, revision, created } = await this.documents.addRevision(actor, params.id, body, ifMatch, request);
    // The same text again: 200 with the current revision, nothing created.
    if (!created) reply.status(200);
    reply.header('ETag', etagOf(document.version));
    return { ...toResponse(document), revisionSummary: revision };
  }

  @Get(':id/progress')
  @SignedIn()
  @ApiOkResponse({ description: 'Counts and percentages by state and outdated, per target locale' })
  async progress(@CurrentActor() actor: AuthenticatedActor, @Param() params: DocumentIdParams, @Req() request: FastifyRequest) {
    return this.publishing.progress(actor, params.id, request);
  }

  @Post(':id/publications/:locale')
  @HttpCode(201)
  @Idempotent()
  @RequirePermission('publish', 'document')
  @ApiOperation({ summary: 'Publish a locale: every segment approved and none outdated, or partial (source fallback marked)' })
  @ApiCreatedResponse({ description: 'The published rendering' })
  async publish(@CurrentActor() actor: AuthenticatedActor, @Param() params: PublicationParams, @Body() body: PublishDto, @Req() request: FastifyRequest) {
    return this.publishing.publish(actor, params.id, params.locale, body.partial ?? false, request);
  }

  @Get(':id/render')
  @SignedIn()
  @ApiOperation({ summary: 'Markdown and HTML of the latest publication in a locale, or of the current revision (revision=current)' })
  @ApiOkResponse({ description: 'The rendering, with the segments that fell back to the source' })
  async render(@CurrentActor() actor: AuthenticatedActor, @Param() params: DocumentIdParams, @Query() query: RenderQuery, @Req() request: FastifyRequest) {
    return this.publishing.render(actor, params.id, query.locale, query.revision ?? 'published', request);
  }

  @Get(':id/markdown')
  @SignedIn()
  @ApiProduces('text/markdown')
  @ApiOperation({ summary: 'Markdown export of the current revision in a locale (translated so far, source elsewhere)' })
  async markdown(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: DocumentIdParams,
    @Query() query: LocaleQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const rendered = await this.publishing.render(actor, params.id, query.locale, 'current', request);
    reply
      .type('text/markdown; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${params.id}.${query.locale}.md"`)
      .header('X-Fallback-Segments', String(rendered.fallbackOrdinals.length))
      // The file's language, not the caller's: with source fallback it is in both.
      .header('Content-Language', rendered.partial ? `${rendered.locale}, ${rendered.sourceLocale}` : rendered.locale);
    return rendered.markdown;
  }
}

function toResponse(document: Document) {
  const { id, title, subjectType, subjectId, sourceLocale, targetLocales, jurisdictionCode, ownerOrganisationId, status, dueOn, currentRevision, createdAt, updatedAt, version } =
    document;
  return { id, title, subjectType, subjectId, sourceLocale, targetLocales, jurisdictionCode, ownerOrganisationId, status, dueOn, currentRevision, createdAt, updatedAt, version };
}
