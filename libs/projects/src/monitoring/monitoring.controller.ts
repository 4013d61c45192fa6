import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { ApiPageResponse, IfMatch, type Page, PageQuery, VersionedResponse } from '@bluecarbon/platform';
import { IdParams, ReasonDto } from '../dto/common.dto';
import { CreateMonitoringReportDto, UpdateMonitoringReportDto } from '../dto/monitoring.dto';
import { ApprovedMonitoringReportView, IssuanceView, MonitoringReportView } from './monitoring-view';
import { MonitoringService } from './monitoring.service';

@ApiTags('projects')
@Controller()
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @Post('projects/:id/monitoring-reports')
  @RequirePermission('create', 'monitoring_report')
  @ApiConflictResponse({ description: 'The project is not registered, or the period overlaps another report' })
  @ApiOperation({ summary: 'Draft a monitoring report of a registered project: a period of whole calendar years and what was measured' })
  @VersionedResponse({ type: MonitoringReportView, status: 201, location: '/api/v1/monitoring-reports/:id' })
  create(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: CreateMonitoringReportDto): Promise<MonitoringReportView> {
    return this.monitoring.create(ctx, params.id, body);
  }

  @Get('projects/:id/monitoring-reports')
  @RequirePermission('read', 'monitoring_report')
  @ApiOperation({ summary: "A project's monitoring reports, oldest period first" })
  @ApiPageResponse(MonitoringReportView)
  list(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: PageQuery): Promise<Page<MonitoringReportView>> {
    return this.monitoring.list(ctx, params.id, query);
  }

  @Get('projects/:id/issuances')
  @RequirePermission('read', 'project')
  @ApiOperation({ summary: 'Credits issued to the project, per vintage, with serial ranges, buffer, breakdown and methodology checksum' })
  @ApiPageResponse(IssuanceView)
  issuances(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: PageQuery): Promise<Page<IssuanceView>> {
    return this.monitoring.issuances(ctx, params.id, query);
  }

  @Get('monitoring-reports/:id')
  @RequirePermission('read', 'monitoring_report')
  @ApiOperation({ summary: 'A monitoring report: its period, what was measured, its state' })
  @VersionedResponse({ type: MonitoringReportView })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<MonitoringReportView> {
    return this.monitoring.get(ctx, params.id);
  }

  @Put('monitoring-reports/:id')
  @RequirePermission('update', 'monitoring_report')
  @ApiConflictResponse({ description: 'The report’s state does not allow it (monitoring_transition_not_allowed)' })
  @ApiOperation({ summary: 'Change a draft report; If-Match required' })
  @VersionedResponse({ type: MonitoringReportView })
  update(
    @Ctx() ctx: ActorContext,
    @Param() params: IdParams,
    @Body() body: UpdateMonitoringReportDto,
    @IfMatch() ifMatch: number,
  ): Promise<MonitoringReportView> {
    return this.monitoring.update(ctx, params.id, body, ifMatch);
  }

  @Post('monitoring-reports/:id/submit')
  @HttpCode(200)
  @RequirePermission('submit', 'monitoring_report')
  @ApiConflictResponse({ description: 'The report’s state does not allow it (monitoring_transition_not_allowed)' })
  @ApiOperation({ summary: 'Hand a draft report to the steward for approval; If-Match required' })
  @VersionedResponse({ type: MonitoringReportView })
  submit(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<MonitoringReportView> {
    return this.monitoring.submit(ctx, params.id, ifMatch);
  }

  @Post('monitoring-reports/:id/approve')
  @HttpCode(200)
  @RequirePermission('review', 'monitoring_report')
  @ApiConflictResponse({ description: 'The report’s state does not allow it (monitoring_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: approve; the calculator runs with the project’s adaptation and the credits are issued per vintage' })
  @VersionedResponse({ type: ApprovedMonitoringReportView })
  approve(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<MonitoringReportView & { issuances: IssuanceView[] }> {
    return this.monitoring.approve(ctx, params.id, ifMatch);
  }

  @Post('monitoring-reports/:id/reject')
  @HttpCode(200)
  @RequirePermission('review', 'monitoring_report')
  @ApiConflictResponse({ description: 'The report’s state does not allow it (monitoring_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: send a submitted report back to draft with a reason' })
  @VersionedResponse({ type: MonitoringReportView })
  reject(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: ReasonDto, @IfMatch() ifMatch: number): Promise<MonitoringReportView> {
    return this.monitoring.reject(ctx, params.id, body.reason, ifMatch);
  }
}
