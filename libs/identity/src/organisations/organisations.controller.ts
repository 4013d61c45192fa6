import { Body, Controller, Get, Headers, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, Idempotent } from '@bluecarbon/platform';
import type { AuthenticatedActor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { RequirePermission, SignedIn } from '../access/permission.decorator';
import { CreateOrganisationDto, OrganisationResponse, UpdateOrganisationDto } from '../dto/organisation.dto';
import { OrganisationParams } from '../dto/params.dto';
import type { Organisation } from '../entities/organisation.entity';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'All organisations (the directory every member can see)' })
  @ApiOkResponse({ type: [OrganisationResponse] })
  async list(): Promise<OrganisationResponse[]> {
    return (await this.organisations.list()).map(toResponse);
  }

  @Get(':organisationId')
  @SignedIn()
  @ApiOkResponse({ type: OrganisationResponse })
  async get(@Param() params: OrganisationParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganisationResponse> {
    const organisation = await this.organisations.get(params.organisationId);
    reply.header('ETag', etagOf(organisation.version));
    return toResponse(organisation);
  }

  @Post()
  @Idempotent()
  @RequirePermission('administer', 'organisation')
  @ApiOperation({ summary: 'Create an organisation (platform admins)' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  async create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateOrganisationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganisationResponse> {
    const organisation = await this.organisations.create(actor, body, request);
    reply.header('ETag', etagOf(organisation.version)).header('Location', `/api/v1/organisations/${organisation.id}`);
    return toResponse(organisation);
  }

  @Patch(':organisationId')
  @RequirePermission('update', 'organisation')
  @ApiOperation({ summary: 'Rename an organisation (its steward or coordinator), or link its Jurisdiction record (admins); If-Match required' })
  @ApiOkResponse({ type: OrganisationResponse })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: OrganisationParams,
    @Body() body: UpdateOrganisationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganisationResponse> {
    const organisation = await this.organisations.update(actor, params.organisationId, body, ifMatch, request);
    reply.header('ETag', etagOf(organisation.version));
    return toResponse(organisation);
  }
}

function toResponse(organisation: Organisation): OrganisationResponse {
  const { id, kind, name, jurisdictionCode, jurisdictionId, version } = organisation;
  return { id, kind, name, jurisdictionCode, jurisdictionId, version };
}
