import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@bluecarbon/identity';
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
}
