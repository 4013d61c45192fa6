import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '@bluecarbon/platform';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { DocumentsProblems } from '../documents-problems';
import { DocumentIdParams, XliffExportQuery } from '../dto/document.dto';
import { XliffImportResponse } from '../dto/views.dto';
import { XLIFF_CONTENT_TYPES } from './xliff-body-parser';
import { XliffService } from './xliff.service';

@ApiTags('documents')
@Controller('documents/:id/xliff')
export class XliffController {
  constructor(private readonly xliff: XliffService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary:
      'XLIFF 2.0 (or 1.2 with version=1.2) of the current revision for one target locale (one unit per segment, ids stable; states mapped, outdated sources in notes, translation versions in mda:metadata, in 1.2 in extradata)',
  })
  @ApiFileResponse('application/xliff+xml', 'The XLIFF file')
  async export(
    @Ctx() ctx: ActorContext,
    @Param() params: DocumentIdParams,
    @Query() query: XliffExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { xml, fileName } = await this.xliff.export(ctx, params.id, query.target, query.version);
    reply.type('application/xliff+xml; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`);
    return xml;
  }

  @Post()
  @HttpCode(200)
  @RequirePermission('translate', 'translation')
  @ApiConsumes(...XLIFF_CONTENT_TYPES)
  @ApiBody({ description: 'The XLIFF 2.0 or 1.2 file as the request body', schema: { type: 'string' } })
  @ApiOperation({
    summary:
      "Import a CAT tool's XLIFF 2.0 or 1.2 in one transaction; segments whose source or translation changed since the export are refused and reported with their text and a reason",
  })
  @ApiOkResponse({ type: XliffImportResponse, description: 'Counts per decision, the refused segments (staleSource, changedSince) and QA errors' })
  async import(@Ctx() ctx: ActorContext, @Param() params: DocumentIdParams, @Body() body: unknown) {
    if (!Buffer.isBuffer(body)) throw DocumentsProblems.xliffContentType();
    return this.xliff.import(ctx, params.id, body);
  }
}
