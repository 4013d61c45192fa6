import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, type Page } from '@bluecarbon/platform';
import type { AdaptationUpgradeReport } from '../engine/diff';
import { AdaptationListQuery, AdaptationResponse, CreateAdaptationDto, ReviseAdaptationDto, UpdateAdaptationDto, UpgradeReportQuery } from '../dto/adaptation.dto';
import { IdParams, OptionalReasonDto, ReasonDto } from '../dto/common.dto';
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
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: AdaptationListQuery): Promise<Page<AdaptationResponse>> {
    const page = await this.adaptations.list(actor, query);
    const items = await Promise.all(page.items.map(async (row) => adaptationView(row, await this.adaptations.versionOf(row))));
    return { items, nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'adaptation')
  @ApiOperation({ summary: 'Adopt a published version for a jurisdiction (revision 1, a draft)' })
  @ApiCreatedResponse({ type: AdaptationResponse })
  async create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateAdaptationDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdaptationResponse> {
    const loaded = await this.adaptations.create(actor, body, request);
    reply.header('Location', `/api/v1/adaptations/${loaded.row.id}`);
    return answer(loaded, reply);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: AdaptationResponse })
  async get(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdaptationResponse> {
    return answer(await this.adaptations.get(actor, params.id, request), reply);
  }

  @Put(':id')
  @RequirePermission('update', 'adaptation')
  @ApiOperation({ summary: 'Replace a draft’s overrides (If-Match); submitted and decided revisions do not change (409)' })
  @ApiOkResponse({ type: AdaptationResponse })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: UpdateAdaptationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdaptationResponse> {
    return answer(await this.adaptations.update(actor, params.id, body, ifMatch, request), reply);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('submit', 'adaptation')
  @ApiOperation({ summary: 'Submit a draft for the steward’s approval; deviations are listed for their decision (If-Match)' })
  @ApiOkResponse({ type: AdaptationResponse })
  async submit(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdaptationResponse> {
    return answer(await this.decisions.submit(actor, params.id, ifMatch, request), reply);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('review', 'adaptation')
  @ApiOperation({ summary: 'Approve a submitted revision (steward); a reason is required when it holds deviations (If-Match)' })
  @ApiOkResponse({ type: AdaptationResponse })
  async approve(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: OptionalReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdaptationResponse> {
    return answer(await this.decisions.approve(actor, params.id, body.reason, ifMatch, request), reply);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('review', 'adaptation')
  @ApiOperation({ summary: 'Reject a submitted revision with a reason (steward; If-Match)' })
  @ApiOkResponse({ type: AdaptationResponse })
  async reject(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdaptationResponse> {
    return answer(await this.decisions.reject(actor, params.id, body.reason, ifMatch, request), reply);
  }

  @Post(':id/revisions')
  @RequirePermission('create', 'adaptation')
  @ApiOperation({ summary: 'Start the next revision of a decided one, optionally on a newer version (carried overrides applied, report attached)' })
  @ApiCreatedResponse({ type: AdaptationResponse })
  async revise(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: ReviseAdaptationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdaptationResponse> {
    const loaded = await this.decisions.revise(actor, params.id, body.version, request);
    reply.header('Location', `/api/v1/adaptations/${loaded.row.id}`);
    return answer(loaded, reply);
  }

  @Get(':id/upgrade-report')
  @SignedIn()
  @ApiOperation({ summary: 'What moving to a newer version would carry over, leave out of range, or add' })
  async upgradeReport(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Query() query: UpgradeReportQuery, @Req() request: FastifyRequest): Promise<AdaptationUpgradeReport> {
    return this.decisions.upgradeReport(actor, params.id, query.to, request);
  }
}

function answer(loaded: LoadedAdaptation, reply: FastifyReply): AdaptationResponse {
  reply.header('ETag', etagOf(loaded.row.version));
  return adaptationView(loaded.row, loaded.version);
}
