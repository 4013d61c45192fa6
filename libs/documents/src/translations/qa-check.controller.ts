import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { TranslationParams } from '../dto/document.dto';
import { CheckQaDto, QaCheckView } from '../dto/qa-check.dto';
import { findingsWithMessages } from './findings-view';
import { QaCheckService } from './qa-check.service';

@ApiTags('documents')
@Controller('documents/:id/segments')
export class QaCheckController {
  constructor(private readonly qa: QaCheckService) {}

  // POST for a body of up to 20,000 characters; nothing is written.
  @Post(':segmentId/translations/:locale/qa')
  @HttpCode(200)
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'QA of a translation being typed, as a save would run it, without saving (for the editor, on a debounce)' })
  @ApiOkResponse({ type: QaCheckView, description: "The findings with messages in the caller's language" })
  async checkTranslation(@Ctx() ctx: ActorContext, @Param() params: TranslationParams, @Body() body: CheckQaDto): Promise<QaCheckView> {
    const result = await this.qa.check(ctx, params.id, params.segmentId, params.locale, body.text);
    return { findings: findingsWithMessages(result.findings, ctx.locale), blocking: result.blocking };
  }
}
