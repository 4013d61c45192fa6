import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { CacheableResponse, Public } from '@bluecarbon/platform';
import type { DashboardTable } from './dashboard-tables';
import { DashboardView, PublicSummaryView } from './dashboard-view';
import { DashboardService } from './dashboard.service';

const CSV = { description: 'UTF-8 CSV with a byte order mark, headers in the Accept-Language', schema: { type: 'string' } };

/** Figures that may include drafts: never kept by a shared cache. */
const PRIVATE = 'private, no-store';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @RequirePermission('read', 'dashboard')
  @ApiOperation({ summary: 'Per jurisdiction, country and overall: hectares, credits, sales, prices, onboarding stage (a city sees its own)' })
  @ApiOkResponse({ type: DashboardView })
  read(@Ctx() ctx: ActorContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DashboardView> {
    reply.header('Cache-Control', PRIVATE);
    return this.dashboard.read(ctx);
  }

  @Get('jurisdictions.csv')
  @RequirePermission('read', 'dashboard')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The jurisdictions table as CSV' })
  @ApiOkResponse(CSV)
  jurisdictions(@Ctx() ctx: ActorContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.csv(ctx, reply, 'jurisdictions');
  }

  @Get('countries.csv')
  @RequirePermission('read', 'dashboard')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The countries table as CSV' })
  @ApiOkResponse(CSV)
  countries(@Ctx() ctx: ActorContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.csv(ctx, reply, 'countries');
  }

  @Get('overall.csv')
  @RequirePermission('read', 'dashboard')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The overall figures as CSV' })
  @ApiOkResponse(CSV)
  overall(@Ctx() ctx: ActorContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.csv(ctx, reply, 'overall');
  }

  @Get('prices.csv')
  @RequirePermission('read', 'dashboard')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Prices per original currency at each level as CSV' })
  @ApiOkResponse(CSV)
  prices(@Ctx() ctx: ActorContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.csv(ctx, reply, 'prices');
  }

  private async csv(ctx: ActorContext, reply: FastifyReply, table: DashboardTable): Promise<string> {
    const body = await this.dashboard.csv(ctx, table);
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="dashboard-${table}.csv"`)
      .header('Content-Language', ctx.locale)
      .header('Cache-Control', PRIVATE);
    return body;
  }
}

@ApiTags('dashboard')
@Controller('public')
export class PublicSummaryController {
  constructor(private readonly dashboard: DashboardService) {}

  // Public on purpose: registered projects and completed sales, no draft, no unconsented buyer.
  // A minute: figures change with sales, a few a day; caches revalidate cheaply with the ETag.
  @Public()
  @Get('summary')
  @ApiOperation({ summary: 'Public figures: registered projects and their sales; buyers named only with their consent. Cacheable (ETag, 304)' })
  @CacheableResponse({ type: PublicSummaryView, maxAge: 60 })
  summary(): Promise<PublicSummaryView> {
    return this.dashboard.publicSummary();
  }
}
