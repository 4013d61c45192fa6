import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { GlossaryTermParams, PutGlossaryTermsDto } from '../dto/glossary.dto';
import { GlossaryService } from './glossary.service';

@ApiTags('documents')
@Controller('glossary')
export class GlossaryController {
  constructor(private readonly glossary: GlossaryService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: 'Glossary concepts with their terms per locale (preferred, admitted, forbidden) and notes' })
  async list() {
    return { items: await this.glossary.concepts() };
  }

  @Put(':conceptId/terms/:locale')
  @RequirePermission('review_translation', 'translation')
  @ApiOperation({ summary: "Replace a concept's terms in one locale (reviewers of that locale); QA uses them from the next save" })
  @ApiOkResponse({ description: 'The concept with all its terms' })
  async putTerms(@CurrentActor() actor: AuthenticatedActor, @Param() params: GlossaryTermParams, @Body() body: PutGlossaryTermsDto, @Req() request: FastifyRequest) {
    return this.glossary.putTerms(actor, params.conceptId, params.locale, body, request);
  }
}
