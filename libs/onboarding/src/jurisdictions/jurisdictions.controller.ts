import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, Idempotent, type Page } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { CreateJurisdictionDto, JurisdictionQuery, JurisdictionResponse, UpdateJurisdictionDto } from '../dto/jurisdiction.dto';
import type { Jurisdiction } from '../entities/jurisdiction.entity';
import { JurisdictionsService } from './jurisdictions.service';

@ApiTags('onboarding')
@Controller('onboarding/jurisdictions')
export class JurisdictionsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Partner jurisdictions: active ones for everyone; all of them for stewards and observers' })
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: JurisdictionQuery): Promise<Page<JurisdictionResponse>> {
    const page = await this.jurisdictions.list(actor, query);
    return { items: page.items.map(toJurisdictionResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: JurisdictionResponse })
  async get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JurisdictionResponse> {
    const jurisdiction = await this.jurisdictions.get(actor, params.id, request);
    reply.header('ETag', etagOf(jurisdiction.version));
    return toJurisdictionResponse(jurisdiction);
  }

  @Post()
  @Idempotent()
  @RequirePermission('create', 'jurisdiction')
  @ApiOperation({ summary: 'Add a jurisdiction (stewards and admins)' })
  @ApiCreatedResponse({ type: JurisdictionResponse })
  async create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateJurisdictionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JurisdictionResponse> {
    const jurisdiction = await this.jurisdictions.create(actor, body, request);
    reply.header('ETag', etagOf(jurisdiction.version)).header('Location', `/api/v1/onboarding/jurisdictions/${jurisdiction.id}`);
    return toJurisdictionResponse(jurisdiction);
  }

  @Patch(':id')
  @RequirePermission('update', 'jurisdiction')
  @ApiOperation({ summary: 'Edit a jurisdiction (stewards and admins); If-Match required' })
  @ApiOkResponse({ type: JurisdictionResponse })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: UpdateJurisdictionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JurisdictionResponse> {
    const jurisdiction = await this.jurisdictions.update(actor, params.id, body, ifMatch, request);
    reply.header('ETag', etagOf(jurisdiction.version));
    return toJurisdictionResponse(jurisdiction);
  }
}

export function toJurisdictionResponse(jurisdiction: Jurisdiction): JurisdictionResponse {
  const { id, code, name, level, parentId, country, primaryLocale, timeZone, status, version } = jurisdiction;
  return { id, code, name, level, parentId, country, primaryLocale, timeZone, status, version };
}
