import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { API_PREFIX, etagOf } from '@bluecarbon/platform';
import { CreateGlossaryConceptDto, GlossaryConceptParams, GlossaryTermParams, PutGlossaryTermsDto } from '../dto/glossary.dto';
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
  @ApiOkResponse({ description: 'Glossary concepts with their terms per locale (preferred, admitted, forbidden), notes and edit counters' })
  async list() {
    const versions = await this.glossary.versions();
    return { items: (await this.glossary.concepts()).map((concept) => ({ ...concept, version: versions.get(concept.id) ?? 1 })) };
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: 'Create a concept with its first terms in one locale (reviewers of that locale); an id in use is 409' })
  @ApiCreatedResponse({ description: 'The concept; its ETag for the next write' })
  async create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateGlossaryConceptDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const concept = await this.editor.create(actor, body, request);
    reply.header('ETag', etagOf(concept.version)).header('Location', `/${API_PREFIX}/glossary/${concept.id}`);
    return concept;
  }

  @Get(':conceptId')
  @SignedIn()
  @ApiOkResponse({ description: 'One concept with its terms; the ETag to send in If-Match' })
  async get(@Param() params: GlossaryConceptParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const concept = await this.editor.get(params.conceptId);
    reply.header('ETag', etagOf(concept.version));
    return concept;
  }

  @Put(':conceptId/terms/:locale')
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: "Replace an existing concept's terms in one locale (reviewers of that locale, If-Match required); QA uses them from the next save" })
  @ApiOkResponse({ description: 'The concept with all its terms' })
  async putTerms(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: GlossaryTermParams,
    @Body() body: PutGlossaryTermsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const concept = await this.editor.putTerms(actor, params.conceptId, params.locale, body, ifMatch, request);
    reply.header('ETag', etagOf(concept.version));
    return concept;
  }

  @Delete(':conceptId')
  @HttpCode(204)
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: 'Delete a concept (reviewers of every locale it has terms in, If-Match required); its history stays' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async delete(@CurrentActor() actor: AuthenticatedActor, @Param() params: GlossaryConceptParams, @Headers('if-match') ifMatch: string | undefined, @Req() request: FastifyRequest): Promise<void> {
    await this.editor.delete(actor, params.conceptId, ifMatch, request);
  }

  @Get(':conceptId/history')
  @SignedIn()
  @ApiOkResponse({ description: 'Every state of the concept, oldest first, the last one before a deletion included' })
  async history(@Param() params: GlossaryConceptParams) {
    return { items: await this.editor.history(params.conceptId) };
  }
}
