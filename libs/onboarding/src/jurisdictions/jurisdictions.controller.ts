import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, Idempotent, IfMatch, type Page, VersionedResponse } from '@bluecarbon/platform';
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
  @ApiPageResponse(JurisdictionResponse)
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: JurisdictionQuery): Promise<Page<JurisdictionResponse>> {
    const page = await this.jurisdictions.list(actor, query);
    return { items: page.items.map(toJurisdictionResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'A jurisdiction: its code, level, locale, time zone and onboarding stage' })
  @VersionedResponse({ type: JurisdictionResponse })
  async get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<JurisdictionResponse> {
    return toJurisdictionResponse(await this.jurisdictions.get(ctx, params.id));
  }

  @Post()
  @Idempotent()
  @RequirePermission('create', 'jurisdiction')
  @ApiOperation({ summary: 'Add a jurisdiction (stewards and admins)' })
  @VersionedResponse({ type: JurisdictionResponse, status: 201, location: '/api/v1/onboarding/jurisdictions/:id' })
  async create(@Ctx() ctx: ActorContext, @Body() body: CreateJurisdictionDto): Promise<JurisdictionResponse> {
    return toJurisdictionResponse(await this.jurisdictions.create(ctx, body));
  }

  @Patch(':id')
  @RequirePermission('update', 'jurisdiction')
  @ApiOperation({ summary: 'Edit a jurisdiction (stewards and admins); If-Match required' })
  @VersionedResponse({ type: JurisdictionResponse })
  async update(
    @Ctx() ctx: ActorContext,
    @Param() params: IdParams,
    @Body() body: UpdateJurisdictionDto,
    @IfMatch() ifMatch: number,
  ): Promise<JurisdictionResponse> {
    return toJurisdictionResponse(await this.jurisdictions.update(ctx, params.id, body, ifMatch));
  }
}

export function toJurisdictionResponse(jurisdiction: Jurisdiction): JurisdictionResponse {
  const { id, code, name, level, parentId, country, primaryLocale, timeZone, status, version } = jurisdiction;
  return { id, code, name, level, parentId, country, primaryLocale, timeZone, status, version };
}
