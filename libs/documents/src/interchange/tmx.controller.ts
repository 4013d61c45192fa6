import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '@bluecarbon/platform';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { DocumentsProblems } from '../documents-problems';
import { TmxPairQuery } from '../dto/interchange.dto';
import { TmxImportResponse } from '../dto/views.dto';
import { XML_BODY_CONTENT_TYPES } from './xliff-body-parser';
import { TmxService } from './tmx.service';

@ApiTags('documents')
@Controller('memory/tmx')
export class TmxController {
  constructor(private readonly tmx: TmxService) {}

  @Get()
  @RequirePermission('translate', 'translation')
  @ApiOperation({
    summary:
      'TMX 1.4b of the translation memory for one locale pair, each unit with its origin (who, when, document and segment); never another city’s working copy',
  })
  @ApiFileResponse('application/x-tmx+xml', 'The TMX file')
  async export(@Ctx() ctx: ActorContext, @Query() query: TmxPairQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { xml, fileName } = await this.tmx.export(ctx, query.source, query.target);
    reply.type('application/x-tmx+xml; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`);
    return xml;
  }

  @Post()
  @HttpCode(200)
  @RequirePermission('review_translation', 'translation')
  @ApiConsumes(...XML_BODY_CONTENT_TYPES)
  @ApiBody({ description: 'The TMX file as the request body', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Import a TMX into the memory of one locale pair (reviewers of the target); units missing a language, empty or too long are refused and reported',
  })
  @ApiOkResponse({ type: TmxImportResponse, description: 'Counts (imported, already present) and the refused units with a reason' })
  async import(@Ctx() ctx: ActorContext, @Query() query: TmxPairQuery, @Body() body: unknown) {
    if (!Buffer.isBuffer(body)) throw DocumentsProblems.xmlContentType();
    return this.tmx.import(ctx, body, query.source, query.target);
  }
}
