import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, IfMatch, VersionedResponse } from '@bluecarbon/platform';
import { DocumentIdParams, ReviewTranslationDto, SaveTranslationDto, SegmentsQuery, TranslationParams } from '../dto/document.dto';
import { SegmentResponse, SuggestionsResponse, TranslationChangeResponse } from '../dto/views.dto';
import { withMessages } from './findings-view';
import { TranslationsService } from './translations.service';

@ApiTags('documents')
@Controller('documents/:id/segments')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Segments of the current revision with their translation in the locale (outdated ones with the old source and a diff)' })
  @ApiPageResponse(SegmentResponse)
  async list(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams, @Query() query: SegmentsQuery) {
    const page = await this.translations.list(ctx, params.id, query.locale, query.limit, query.cursor);
    return { items: page.items.map((view) => withMessages(view, ctx.locale)), nextCursor: page.nextCursor };
  }

  @Get(':segmentId/translations/:locale')
  @SignedIn()
  @ApiOperation({ summary: 'One segment and its translation in a locale, with QA findings' })
  @VersionedResponse({ type: SegmentResponse, description: 'One segment and its translation; ETag "0" while untranslated' })
  async get(@Ctx() ctx: ActorContext, @Param() params: TranslationParams) {
    const { view } = await this.translations.get(ctx, params.id, params.segmentId, params.locale);
    return withMessages(view, ctx.locale);
  }

  @Put(':segmentId/translations/:locale')
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'Save a translation (If-Match: "0" for the first one); QA runs and its findings are returned' })
  @VersionedResponse({ type: SegmentResponse, description: 'The saved translation with QA findings' })
  async save(@Ctx() ctx: ActorContext, @Param() params: TranslationParams, @Body() body: SaveTranslationDto, @IfMatch() ifMatch: number) {
    return withMessages(await this.translations.save(ctx, params.id, params.segmentId, params.locale, body, ifMatch), ctx.locale);
  }

  @Post(':segmentId/translations/:locale/review')
  @HttpCode(200)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({
    summary: 'Review, approve or reject a translation (If-Match); a rejection says why (comment); QA errors and an outdated source block approval',
  })
  @ApiUnprocessableEntityResponse({ description: 'QA errors block approval (documents_qa_blocks_approval)' })
  @VersionedResponse({ type: SegmentResponse, description: 'The reviewed translation' })
  async review(@Ctx() ctx: ActorContext, @Param() params: TranslationParams, @Body() body: ReviewTranslationDto, @IfMatch() ifMatch: number) {
    return withMessages(await this.translations.review(ctx, params.id, params.segmentId, params.locale, body, ifMatch), ctx.locale);
  }

  @Get(':segmentId/translations/:locale/history')
  @SignedIn()
  @ApiOperation({ summary: 'Every change of the translation, oldest first' })
  @ApiOkResponse({ type: [TranslationChangeResponse] })
  async history(@Ctx() ctx: ActorContext, @Param() params: TranslationParams) {
    return this.translations.historyOf(ctx, params.id, params.segmentId, params.locale);
  }

  @Get(':segmentId/translations/:locale/suggestions')
  @SignedIn()
  @ApiOperation({ summary: 'Translation-memory matches (in-context 101, exact 100, fuzzy) with diffs, and glossary terms' })
  @ApiOkResponse({ type: SuggestionsResponse })
  async suggestions(@Ctx() ctx: ActorContext, @Param() params: TranslationParams) {
    return this.translations.suggestions(ctx, params.id, params.segmentId, params.locale);
  }
}
