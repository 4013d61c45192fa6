import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
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
  async putTerms(@Ctx() ctx: ActorContext, @Param() params: GlossaryTermParams, @Body() body: PutGlossaryTermsDto) {
    return this.glossary.putTerms(ctx, params.conceptId, params.locale, body);
  }
}
