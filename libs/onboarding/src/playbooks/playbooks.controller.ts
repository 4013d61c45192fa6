import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, Idempotent } from '@bluecarbon/platform';
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
  @ApiOkResponse({ type: [PlaybookResponse] })
  async list(@CurrentActor() actor: AuthenticatedActor): Promise<PlaybookResponse[]> {
    return (await this.playbooks.list(actor)).map(toResponse);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: PlaybookResponse })
  async get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlaybookResponse> {
    const playbook = await this.playbooks.get(actor, params.id, request);
    reply.header('ETag', etagOf(playbook.version));
    return toResponse(playbook);
  }

  @Post()
  @Idempotent()
  @RequirePermission('create', 'playbook')
  @ApiOperation({ summary: 'Start a draft version of a playbook (stewards and admins)' })
  @ApiCreatedResponse({ type: PlaybookResponse })
  async createDraft(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreatePlaybookDraftDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlaybookResponse> {
    const playbook = await this.playbooks.createDraft(actor, body, request);
    reply.header('ETag', etagOf(playbook.version)).header('Location', `/api/v1/onboarding/playbooks/${playbook.id}`);
    return toResponse(playbook);
  }

  @Put(':id')
  @RequirePermission('update', 'playbook')
  @ApiOperation({ summary: 'Replace the definition of a draft; If-Match required; published versions never change (409)' })
  @ApiOkResponse({ type: PlaybookResponse })
  async updateDraft(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: UpdatePlaybookDraftDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlaybookResponse> {
    const playbook = await this.playbooks.updateDraft(actor, params.id, body, ifMatch, request);
    reply.header('ETag', etagOf(playbook.version));
    return toResponse(playbook);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('publish', 'playbook')
  @ApiOperation({ summary: 'Validate and publish a draft (422 names every issue, cycles as paths); If-Match required' })
  @ApiOkResponse({ type: PlaybookResponse })
  async publish(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlaybookResponse> {
    const playbook = await this.playbooks.publish(actor, params.id, ifMatch, request);
    reply.header('ETag', etagOf(playbook.version));
    return toResponse(playbook);
  }
}

function toResponse(playbook: Playbook): PlaybookResponse {
  const { id, key, playbookVersion, status, definition, publishedAt, version } = playbook;
  return { id, key, playbookVersion, status, definition, publishedAt, version };
}
