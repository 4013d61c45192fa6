import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, localeOf } from '@bluecarbon/platform';
import { DocumentIdParams, ReviewTranslationDto, SaveTranslationDto, SegmentsQuery, TranslationParams } from '../dto/document.dto';
import { withMessages } from './findings-view';
import { TranslationsService } from './translations.service';

@ApiTags('documents')
@Controller('documents/:id/segments')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: 'Segments of the current revision with their translation in the locale (outdated ones with the old source and a diff)' })
  async list(@CurrentActor() actor: AuthenticatedActor, @Param() params: DocumentIdParams, @Query() query: SegmentsQuery, @Req() request: FastifyRequest) {
    const page = await this.translations.list(actor, params.id, query.locale, query.limit, query.cursor, request);
    return { items: page.items.map((view) => withMessages(view, localeOf(request))), nextCursor: page.nextCursor };
  }

  @Get(':segmentId/translations/:locale')
  @SignedIn()
  @ApiOkResponse({ description: 'One segment and its translation; ETag "0" while untranslated' })
  async get(@CurrentActor() actor: AuthenticatedActor, @Param() params: TranslationParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { view } = await this.translations.get(actor, params.id, params.segmentId, params.locale, request);
    reply.header('ETag', etagOf(view.version));
    return withMessages(view, localeOf(request));
  }

  @Put(':segmentId/translations/:locale')
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'Save a translation (If-Match: "0" for the first one); QA runs and its findings are returned' })
  @ApiOkResponse({ description: 'The saved translation with QA findings' })
  async save(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: TranslationParams,
    @Body() body: SaveTranslationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.translations.save(actor, params.id, params.segmentId, params.locale, body, ifMatch, request);
    reply.header('ETag', etagOf(view.version));
    return withMessages(view, localeOf(request));
  }

  @Post(':segmentId/translations/:locale/review')
  @HttpCode(200)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: 'Review, approve or reject a translation (If-Match); QA errors and an outdated source block approval' })
  @ApiOkResponse({ description: 'The reviewed translation' })
  async review(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: TranslationParams,
    @Body() body: ReviewTranslationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.translations.review(actor, params.id, params.segmentId, params.locale, body.decision, ifMatch, request);
    reply.header('ETag', etagOf(view.version));
    return withMessages(view, localeOf(request));
  }

  @Get(':segmentId/translations/:locale/history')
  @SignedIn()
  @ApiOkResponse({ description: 'Every change of the translation, oldest first' })
  async history(@CurrentActor() actor: AuthenticatedActor, @Param() params: TranslationParams, @Req() request: FastifyRequest) {
    return this.translations.historyOf(actor, params.id, params.segmentId, params.locale, request);
  }

  @Get(':segmentId/translations/:locale/suggestions')
  @SignedIn()
  @ApiOkResponse({ description: 'Translation-memory matches (in-context 101, exact 100, fuzzy) with diffs, and glossary terms' })
  async suggestions(@CurrentActor() actor: AuthenticatedActor, @Param() params: TranslationParams, @Req() request: FastifyRequest) {
    return this.translations.suggestions(actor, params.id, params.segmentId, params.locale, request);
  }
}
