import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '@bluecarbon/platform';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { DocumentsProblems } from '../documents-problems';
import { TbxImportResponse } from '../dto/views.dto';
import { XML_BODY_CONTENT_TYPES } from './xliff-body-parser';
import { TbxService } from './tbx.service';

@ApiTags('documents')
@Controller('glossary/tbx')
export class TbxController {
  constructor(private readonly tbx: TbxService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The glossary as TBX-Basic (ISO 30042:2019): one conceptEntry per concept, term statuses as administrativeStatus' })
  @ApiFileResponse('application/x-tbx+xml', 'The TBX file')
  async export(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { xml, fileName } = await this.tbx.export();
    reply.type('application/x-tbx+xml; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`);
    return xml;
  }

  @Post()
  @HttpCode(200)
  @RequirePermission('review_translation', 'translation')
  @ApiConsumes(...XML_BODY_CONTENT_TYPES)
  @ApiBody({ description: 'The TBX (TBX-Basic, or TBX v2 martif) file as the request body', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Merge a TBX into the glossary in the locales you review: new terms added, statuses applied, nothing deleted; the rest refused and reported',
  })
  @ApiOkResponse({ type: TbxImportResponse, description: 'Counts (added, changed, unchanged) and the refused entries with a reason' })
  async import(@Ctx() ctx: ActorContext, @Body() body: unknown) {
    if (!Buffer.isBuffer(body)) throw DocumentsProblems.xmlContentType();
    return this.tbx.import(ctx, body);
  }
}
