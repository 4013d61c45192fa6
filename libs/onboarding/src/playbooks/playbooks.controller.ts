import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { Idempotent, IfMatch, VersionedResponse } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { CreatePlaybookDraftDto, PlaybookResponse, UpdatePlaybookDraftDto } from '../dto/playbook.dto';
import type { Playbook } from '../entities/playbook.entity';
import { PlaybooksService } from './playbooks.service';

@ApiTags('onboarding')
@Controller('onboarding/playbooks')
export class PlaybooksController {
  constructor(private readonly playbooks: PlaybooksService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Playbook versions: published ones for everyone, drafts too for stewards and admins' })
  @ApiOkResponse({ type: [PlaybookResponse] })
  async list(@CurrentActor() actor: AuthenticatedActor): Promise<PlaybookResponse[]> {
    return (await this.playbooks.list(actor)).map(toResponse);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'A playbook version with its steps, dependencies and evidence kinds' })
  @VersionedResponse({ type: PlaybookResponse })
  async get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<PlaybookResponse> {
    return toResponse(await this.playbooks.get(ctx, params.id));
  }

  @Post()
  @Idempotent()
  @RequirePermission('create', 'playbook')
  @ApiOperation({ summary: 'Start a draft version of a playbook (stewards and admins)' })
  @VersionedResponse({ type: PlaybookResponse, status: 201, location: '/api/v1/onboarding/playbooks/:id' })
  async createDraft(@Ctx() ctx: ActorContext, @Body() body: CreatePlaybookDraftDto): Promise<PlaybookResponse> {
    return toResponse(await this.playbooks.createDraft(ctx, body));
  }

  @Put(':id')
  @RequirePermission('update', 'playbook')
  @ApiOperation({ summary: 'Replace the definition of a draft; If-Match required; published versions never change (409)' })
  @VersionedResponse({ type: PlaybookResponse })
  async updateDraft(
    @Ctx() ctx: ActorContext,
    @Param() params: IdParams,
    @Body() body: UpdatePlaybookDraftDto,
    @IfMatch() ifMatch: number,
  ): Promise<PlaybookResponse> {
    return toResponse(await this.playbooks.updateDraft(ctx, params.id, body, ifMatch));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('publish', 'playbook')
  @ApiOperation({ summary: 'Validate and publish a draft (422 names every issue, cycles as paths); If-Match required' })
  @ApiUnprocessableEntityResponse({ description: 'The definition does not validate: every issue with its path' })
  @VersionedResponse({ type: PlaybookResponse })
  async publish(@Ctx() ctx: ActorContext, @Param() params: IdParams, @IfMatch() ifMatch: number): Promise<PlaybookResponse> {
    return toResponse(await this.playbooks.publish(ctx, params.id, ifMatch));
  }
}

function toResponse(playbook: Playbook): PlaybookResponse {
  const { id, key, playbookVersion, status, definition, publishedAt, version } = playbook;
  return { id, key, playbookVersion, status, definition, publishedAt, version };
}
