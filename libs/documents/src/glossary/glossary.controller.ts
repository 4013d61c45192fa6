import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { CreateGlossaryConceptDto, GlossaryConceptParams, GlossaryListQuery, GlossaryTermParams, PutGlossaryTermsDto } from '../dto/glossary.dto';
import { searchConcepts } from '../domain/glossary-search';
import { API_PREFIX, IfMatch, VersionedResponse } from '@bluecarbon/platform';
import { GlossaryConceptResponse, GlossaryHistoryResponse, GlossaryListResponse } from '../dto/views.dto';
import { GlossaryEditor } from './glossary-editor.service';
import { GlossaryService } from './glossary.service';

@ApiTags('documents')
@Controller('glossary')
export class GlossaryController {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly editor: GlossaryEditor,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary:
      'Glossary concepts with their terms per locale (preferred, admitted, forbidden), notes and edit counters; searchable in every locale, paged with limit/offset',
  })
  @ApiOkResponse({ type: GlossaryListResponse })
  async list(@Query() query: GlossaryListQuery) {
    const versions = await this.glossary.versions();
    const { items, total } = searchConcepts(await this.glossary.concepts(), query);
    return { items: items.map((concept) => ({ ...concept, version: versions.get(concept.id) ?? 1 })), total };
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: 'Create a concept with its first terms in one locale (reviewers of that locale); an id in use is 409' })
  @VersionedResponse({
    type: GlossaryConceptResponse,
    status: 201,
    location: `/${API_PREFIX}/glossary/:id`,
    description: 'The concept; its ETag for the next write',
  })
  create(@Ctx() ctx: ActorContext, @Body() body: CreateGlossaryConceptDto) {
    return this.editor.create(ctx, body);
  }

  @Get(':conceptId')
  @SignedIn()
  @ApiOperation({ summary: 'One glossary concept with its terms per locale' })
  @VersionedResponse({ type: GlossaryConceptResponse, description: 'One concept with its terms; the ETag to send in If-Match' })
  get(@Param() params: GlossaryConceptParams) {
    return this.editor.get(params.conceptId);
  }

  @Put(':conceptId/terms/:locale')
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: "Replace an existing concept's terms in one locale (reviewers of that locale, If-Match required); QA uses them from the next save" })
  @VersionedResponse({ type: GlossaryConceptResponse, description: 'The concept with all its terms' })
  putTerms(@Ctx() ctx: ActorContext, @Param() params: GlossaryTermParams, @Body() body: PutGlossaryTermsDto, @IfMatch() ifMatch: number) {
    return this.editor.putTerms(ctx, params.conceptId, params.locale, body, ifMatch);
  }

  @Delete(':conceptId')
  @HttpCode(204)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: 'Delete a concept (reviewers of every locale it has terms in, If-Match required); its history stays' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async delete(@Ctx() ctx: ActorContext, @Param() params: GlossaryConceptParams, @IfMatch() ifMatch: number): Promise<void> {
    await this.editor.delete(ctx, params.conceptId, ifMatch);
  }

  @Get(':conceptId/history')
  @SignedIn()
  @ApiOperation({ summary: 'Every state of the concept, oldest first, the last one before a deletion included' })
  @ApiOkResponse({ type: GlossaryHistoryResponse })
  async history(@Param() params: GlossaryConceptParams) {
    return { items: await this.editor.history(params.conceptId) };
  }
}
