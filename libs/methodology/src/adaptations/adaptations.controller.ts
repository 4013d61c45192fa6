import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, IfMatch, type Locale, type Page, VersionedResponse } from '@bluecarbon/platform';
import type { AdaptationUpgradeReport } from '../domain/diff';
import {
  AdaptationListQuery,
  AdaptationResponse,
  CreateAdaptationDto,
  ReviseAdaptationDto,
  UpdateAdaptationDto,
  UpgradeReportQuery,
} from '../dto/adaptation.dto';
import { IdParams, OptionalReasonDto, ReasonDto } from '../dto/common.dto';
import { UpgradeReportResponse } from '../dto/views.dto';
import { AdaptationDecisionsService } from './adaptation-decisions.service';
import type { LoadedAdaptation } from './adaptation-loader.service';
import { adaptationView } from './adaptation-view';
import { AdaptationsService } from './adaptations.service';

@ApiTags('methodology')
@Controller('adaptations')
export class AdaptationsController {
  constructor(
    private readonly adaptations: AdaptationsService,
    private readonly decisions: AdaptationDecisionsService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Adaptation revisions the caller may see (own city’s, every submitted and approved one)' })
  @ApiPageResponse(AdaptationResponse)
  async list(@Ctx() ctx: ActorContext, @Query() query: AdaptationListQuery): Promise<Page<AdaptationResponse>> {
    const page = await this.adaptations.list(ctx.actor, query);
    const items = await Promise.all(page.items.map(async (row) => adaptationView(row, await this.adaptations.versionOf(row), ctx.locale)));
    return { items, nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'adaptation')
  @ApiOperation({ summary: 'Adopt a published version for a jurisdiction (revision 1, a draft)' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion', status: 201, location: '/api/v1/adaptations/:id' })
  async create(@Ctx() ctx: ActorContext, @Body() body: CreateAdaptationDto): Promise<AdaptationResponse> {
    return answer(await this.adaptations.create(ctx, body), ctx.locale);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'An adaptation revision: its overrides, their review and any upgrade report' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion' })
  async get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<AdaptationResponse> {
    return answer(await this.adaptations.get(ctx, params.id), ctx.locale);
  }

  @Put(':id')
  @RequirePermission('update', 'adaptation')
  @ApiOperation({ summary: 'Replace a draft’s overrides (If-Match); submitted and decided revisions do not change (409)' })
  @ApiConflictResponse({ description: 'The revision is not a draft' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion' })
  async update(
    @Ctx() ctx: ActorContext,
    @Param() params: IdParams,
    @Body() body: UpdateAdaptationDto,
    @IfMatch() ifMatch: number,
  ): Promise<AdaptationResponse> {
    return answer(await this.adaptations.update(ctx, params.id, body, ifMatch), ctx.locale);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('submit', 'adaptation')
  @ApiOperation({ summary: 'Submit a draft for the steward’s approval; deviations are listed for their decision (If-Match)' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion' })
  async submit(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<AdaptationResponse> {
    return answer(await this.decisions.submit(ctx, params.id, ifMatch), ctx.locale);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('review', 'adaptation')
  @ApiOperation({ summary: 'Approve a submitted revision (steward); a reason is required when it holds deviations (If-Match)' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion' })
  async approve(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: OptionalReasonDto, @IfMatch() ifMatch: number): Promise<AdaptationResponse> {
    return answer(await this.decisions.approve(ctx, params.id, body.reason, ifMatch), ctx.locale);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('review', 'adaptation')
  @ApiOperation({ summary: 'Reject a submitted revision with a reason (steward; If-Match)' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion' })
  async reject(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: ReasonDto, @IfMatch() ifMatch: number): Promise<AdaptationResponse> {
    return answer(await this.decisions.reject(ctx, params.id, body.reason, ifMatch), ctx.locale);
  }

  @Post(':id/revisions')
  @RequirePermission('create', 'adaptation')
  @ApiOperation({ summary: 'Start the next revision of a decided one, optionally on a newer version (carried overrides applied, report attached)' })
  @VersionedResponse({ type: AdaptationResponse, field: 'editVersion', status: 201, location: '/api/v1/adaptations/:id' })
  async revise(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: ReviseAdaptationDto): Promise<AdaptationResponse> {
    return answer(await this.decisions.revise(ctx, params.id, body.version), ctx.locale);
  }

  @Get(':id/upgrade-report')
  @SignedIn()
  @ApiOperation({ summary: 'What moving to a newer version would carry over, leave out of range, or add' })
  @ApiOkResponse({ type: UpgradeReportResponse })
  async upgradeReport(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: UpgradeReportQuery): Promise<AdaptationUpgradeReport> {
    return this.decisions.upgradeReport(ctx, params.id, query.to);
  }
}

function answer(loaded: LoadedAdaptation, locale: Locale): AdaptationResponse {
  return adaptationView(loaded.row, loaded.version, locale);
}
