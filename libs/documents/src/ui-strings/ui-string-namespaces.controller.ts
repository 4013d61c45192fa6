import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SignedIn } from '@bluecarbon/identity';
import { UiStringsNamespaceResponse, UiStringsNamespacesResponse } from '../dto/views.dto';
import { UiStringsService } from './ui-strings.service';

export class NamespaceOnlyParams {
  @ApiProperty({ example: 'portal', pattern: '^[a-z][a-z0-9-]{0,63}$' })
  @Matches(/^[a-z][a-z0-9-]{0,63}$/)
  namespace!: string;
}

/** The namespaces as a whole: which exist, and what each locale still lacks. */
@ApiTags('documents')
@Controller('ui-strings')
export class UiStringNamespacesController {
  constructor(private readonly uiStrings: UiStringsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Every UI string namespace, with its key count per locale' })
  @ApiOkResponse({ type: UiStringsNamespacesResponse })
  async list() {
    return { items: await this.uiStrings.namespaces() };
  }

  @Get(':namespace')
  @SignedIn()
  @ApiOperation({
    summary: 'What each locale of a namespace lacks: keys of the source locale (en) absent or empty, and plural forms the locale needs',
  })
  @ApiOkResponse({ type: UiStringsNamespaceResponse })
  uiStringGaps(@Param() params: NamespaceOnlyParams) {
    return this.uiStrings.gaps(params.namespace);
  }
}
