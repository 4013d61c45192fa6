import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { UiStringsService } from './ui-strings.service';

export class NamespaceParams {
  @ApiProperty({ example: 'portal', pattern: '^[a-z][a-z0-9-]{0,63}$' })
  @Matches(/^[a-z][a-z0-9-]{0,63}$/)
  namespace!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn([...SUPPORTED_LOCALES])
  locale!: string;
}

@ApiTags('documents')
@Controller('ui-strings/:namespace/:locale')
export class UiStringsController {
  constructor(private readonly uiStrings: UiStringsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'An i18next JSON v4 namespace in one locale (plural suffixes by Intl.PluralRules)' })
  @ApiOkResponse({ description: 'The namespace; X-Missing-Plurals names plural forms the locale needs and nobody wrote' })
  async export(@Param() params: NamespaceParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const { resource, missing } = await this.uiStrings.export(params.namespace, params.locale);
    reply.header('X-Missing-Plurals', String(missing.length));
    return resource;
  }

  @Put()
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'Import an i18next JSON v4 namespace for one locale (translators of that locale)' })
  @ApiBody({ schema: { type: 'object', example: { nav: { home: 'Home' }, item_one: '{{count}} item', item_other: '{{count}} items' } } })
  @ApiOkResponse({ description: 'Keys imported, plural forms the locale does not have and those it lacks' })
  async import(@Ctx() ctx: ActorContext, @Param() params: NamespaceParams, @Body() body: Record<string, unknown>) {
    return this.uiStrings.import(ctx, params.namespace, params.locale, body);
  }
}
