import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { I18NEXT_RESOURCE_SCHEMA, UiStringsImportResponse } from '../dto/views.dto';
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
  @ApiOkResponse({
    schema: I18NEXT_RESOURCE_SCHEMA,
    description:
      'The namespace, loadable as is by i18next. X-Missing-Plurals names the plural forms the locale needs and nobody wrote (`site_many, place_ordinal_two`), ' +
      'X-Unused-Plurals the forms it has that i18next never selects for a count in this locale (`site_one` in zh-CN: kept, never shown), ' +
      'X-Missing-Keys the keys of the English namespace not translated at all; each comma-separated, each key percent-encoded, empty when none.',
    headers: {
      'X-Missing-Plurals': { schema: { type: 'string' } },
      'X-Unused-Plurals': { schema: { type: 'string' } },
      'X-Missing-Keys': { schema: { type: 'string' } },
    },
  })
  async export(@Param() params: NamespaceParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const { resource, missing, unused, missingKeys } = await this.uiStrings.export(params.namespace, params.locale);
    // Header values are ASCII: keys may be any text, so each is percent-encoded.
    const list = (keys: string[]): string => keys.map(encodeURIComponent).join(', ');
    reply
      .header('X-Missing-Plurals', list(missing))
      .header('X-Unused-Plurals', list(unused))
      .header('X-Missing-Keys', list(missingKeys))
      .header('Content-Language', params.locale);
    return resource;
  }

  @Put()
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'Import an i18next JSON v4 namespace for one locale (translators of that locale)' })
  @ApiBody({ schema: { ...I18NEXT_RESOURCE_SCHEMA, example: { nav: { home: 'Home' }, item_one: '{{count}} item', item_other: '{{count}} items' } } })
  @ApiOkResponse({
    type: UiStringsImportResponse,
    description:
      'Keys imported; `unused`: plural forms the locale does not have (`site_one` in zh-CN), kept as written but never selected by i18next, each with why in your language; `missing`: forms it lacks',
  })
  async import(@Ctx() ctx: ActorContext, @Param() params: NamespaceParams, @Body() body: Record<string, unknown>) {
    return this.uiStrings.import(ctx, params.namespace, params.locale, body);
  }
}
