import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent, IfMatch, VersionedResponse } from '@bluecarbon/platform';
import type { ActorContext } from '../access/actor';
import { Ctx } from '../access/current-actor.decorator';
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
  @ApiOperation({ summary: 'An organisation: its kind, name and jurisdiction' })
  @VersionedResponse({ type: OrganisationResponse })
  async get(@Param() params: OrganisationParams): Promise<OrganisationResponse> {
    return toResponse(await this.organisations.get(params.organisationId));
  }

  @Post()
  @Idempotent()
  @RequirePermission('administer', 'organisation')
  @ApiOperation({ summary: 'Create an organisation (platform admins)' })
  @VersionedResponse({ type: OrganisationResponse, status: 201, location: '/api/v1/organisations/:id' })
  async create(@Ctx() ctx: ActorContext, @Body() body: CreateOrganisationDto): Promise<OrganisationResponse> {
    return toResponse(await this.organisations.create(ctx, body));
  }

  @Patch(':organisationId')
  @RequirePermission('update', 'organisation')
  @ApiOperation({ summary: 'Rename an organisation (its steward or coordinator), or link its Jurisdiction record (admins); If-Match required' })
  @VersionedResponse({ type: OrganisationResponse })
  async update(
    @Ctx() ctx: ActorContext,
    @Param() params: OrganisationParams,
    @Body() body: UpdateOrganisationDto,
    @IfMatch() ifMatch: number,
  ): Promise<OrganisationResponse> {
    return toResponse(await this.organisations.update(ctx, params.organisationId, body, ifMatch));
  }
}

function toResponse(organisation: Organisation): OrganisationResponse {
  const { id, kind, name, jurisdictionCode, jurisdictionId, version } = organisation;
  return { id, kind, name, jurisdictionCode, jurisdictionId, version };
}
