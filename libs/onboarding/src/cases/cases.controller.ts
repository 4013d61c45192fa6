import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, type Page, PageQuery } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { CaseResponse, CaseSummaryResponse, OverviewResponse } from '../dto/views.dto';
import type { CaseView } from './case-view';
import { type CaseSummary, CasesService } from './cases.service';

export class OverviewQuery {
  @ApiPropertyOptional({ example: 'BR', description: 'ISO 3166-1 country code' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

@ApiTags('onboarding')
@Controller('onboarding')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get('cases')
  @SignedIn()
  @ApiOperation({ summary: 'Onboarding cases the caller may follow' })
  @ApiPageResponse(CaseSummaryResponse)
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: PageQuery): Promise<Page<CaseSummary>> {
    return this.cases.list(actor, query);
  }

  @Get('cases/:id')
  @SignedIn()
  @ApiOperation({ summary: 'A case: steps with state, owner, due date, overdue flag, what locked steps wait for, percent complete' })
  @ApiOkResponse({ type: CaseResponse })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<CaseView> {
    return this.cases.get(ctx, params.id);
  }

  @Get('overview')
  @SignedIn()
  @ApiOperation({ summary: "Every partner's stage, percent complete, overdue steps and last activity (stewards, observers, admins)" })
  @ApiOkResponse({ type: OverviewResponse })
  async overview(@CurrentActor() actor: AuthenticatedActor, @Query() query: OverviewQuery): Promise<OverviewResponse> {
    return { generatedAt: new Date(), partners: await this.cases.overview(actor, query.country) };
  }
}
