import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { ApiPageResponse, IfMatch, type Page, VersionedResponse } from '@bluecarbon/platform';
import { IdParams, ReasonDto } from '../dto/common.dto';
import { CreateProjectDto, ProjectQuery, UpdateProjectDto, ValidateProjectDto } from '../dto/project.dto';
import { ProjectView } from './project-view';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @RequirePermission('create', 'project')
  @ApiOperation({ summary: 'Draft a project of your city under an approved adaptation; the boundary is checked and measured' })
  @VersionedResponse({ type: ProjectView, status: 201, location: '/api/v1/projects/:id' })
  create(@Ctx() ctx: ActorContext, @Body() body: CreateProjectDto): Promise<ProjectView> {
    return this.projects.create(ctx, body);
  }

  @Get()
  @RequirePermission('read', 'project')
  @ApiOperation({ summary: 'Projects you may see (drafts only of your own city), oldest first' })
  @ApiPageResponse(ProjectView)
  list(@Ctx() ctx: ActorContext, @Query() query: ProjectQuery): Promise<Page<ProjectView>> {
    return this.projects.list(ctx, query);
  }

  @Get(':id')
  @RequirePermission('read', 'project')
  @ApiOperation({ summary: 'A project with its boundary, measured area, strata and the actions its state allows' })
  @VersionedResponse({ type: ProjectView })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<ProjectView> {
    return this.projects.get(ctx, params.id);
  }

  @Put(':id')
  @RequirePermission('update', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Change a draft; the area check starts over; If-Match required' })
  @VersionedResponse({ type: ProjectView })
  update(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: UpdateProjectDto, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.update(ctx, params.id, body, ifMatch);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('submit', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Hand the draft to the steward for validation' })
  @VersionedResponse({ type: ProjectView })
  submit(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.submit(ctx, params.id, ifMatch);
  }

  @Post(':id/validate')
  @HttpCode(200)
  @RequirePermission('review', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: validate a submitted project (acknowledging an area difference over 5%)' })
  @VersionedResponse({ type: ProjectView })
  validate(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: ValidateProjectDto, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.validate(ctx, params.id, body, ifMatch);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('review', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: send a submitted or validated project back to draft with a reason' })
  @VersionedResponse({ type: ProjectView })
  reject(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: ReasonDto, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.reject(ctx, params.id, body.reason, ifMatch);
  }

  @Post(':id/register')
  @HttpCode(200)
  @RequirePermission('review', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: register a validated project' })
  @VersionedResponse({ type: ProjectView })
  register(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.register(ctx, params.id, ifMatch);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission('review', 'project')
  @ApiConflictResponse({ description: 'The project’s state does not allow it (project_transition_not_allowed)' })
  @ApiOperation({ summary: 'Steward: close a registered or crediting project' })
  @VersionedResponse({ type: ProjectView })
  close(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<ProjectView> {
    return this.projects.close(ctx, params.id, ifMatch);
  }
}
