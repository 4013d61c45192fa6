import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { ApiPageResponse, IfMatch, type Page, PageQuery, VersionedResponse } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import {
  CreateBuyerDto,
  CreateFxRateDto,
  CreateRetirementDto,
  CreateSaleDto,
  FxRateQuery,
  ImportFxRatesDto,
  UpdateBuyerDto,
  UpdateFxRateDto,
} from '../dto/sale.dto';
import { BuyersService } from './buyers.service';
import { FxRatesService } from './fx-rates.service';
import { BuyerView, CreditAccountView, FxImportResultView, FxRateView, RetirementView, SaleDetailView, SaleView } from './sales-view';
import { SalesService } from './sales.service';

@ApiTags('credits')
@Controller()
export class SalesController {
  constructor(private readonly sales: SalesService) {}

  @Post('projects/:id/sales')
  @RequirePermission('create', 'sale')
  @ApiOperation({ summary: 'Record a bilateral sale: never more than issued − buffer − sold of the vintage (409 otherwise)' })
  @ApiCreatedResponse({ type: SaleView })
  @ApiConflictResponse({ description: 'More tonnes than the vintage has available (credits_unavailable)' })
  create(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: CreateSaleDto): Promise<SaleView> {
    return this.sales.create(ctx, params.id, body);
  }

  @Get('projects/:id/sales')
  @RequirePermission('read', 'sale')
  @ApiOperation({ summary: "A project's sales, oldest first, with their US dollar value where a rate was entered" })
  @ApiPageResponse(SaleView)
  list(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: PageQuery): Promise<Page<SaleView>> {
    return this.sales.list(ctx, params.id, query);
  }

  @Get('projects/:id/credits')
  @RequirePermission('read', 'project')
  @ApiOperation({ summary: 'Per vintage: issued, buffer, sold, retired and available tonnes' })
  @ApiOkResponse({ type: [CreditAccountView] })
  credits(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<CreditAccountView[]> {
    return this.sales.accounts(ctx, params.id);
  }

  @Get('sales/:id')
  @RequirePermission('read', 'sale')
  @ApiOperation({ summary: 'A sale with the retirements made from it' })
  @ApiOkResponse({ type: SaleDetailView })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<SaleDetailView> {
    return this.sales.get(ctx, params.id);
  }

  @Post('sales/:id/retirements')
  @RequirePermission('create', 'retirement')
  @ApiConflictResponse({ description: 'More tonnes than the sale has left (retirement_exceeds_sale)' })
  @ApiOperation({ summary: 'Retire tonnes of a sale on the buyer’s behalf, for a beneficiary: out of circulation for good' })
  @ApiCreatedResponse({ type: RetirementView })
  retire(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: CreateRetirementDto): Promise<RetirementView> {
    return this.sales.retire(ctx, params.id, body);
  }
}

@ApiTags('credits')
@Controller('buyers')
export class BuyersController {
  constructor(private readonly buyers: BuyersService) {}

  @Post()
  @RequirePermission('create', 'buyer')
  @ApiOperation({ summary: 'Steward: add a buyer to the shared directory' })
  @VersionedResponse({ type: BuyerView, status: 201, location: '/api/v1/buyers/:id' })
  create(@Ctx() ctx: ActorContext, @Body() body: CreateBuyerDto): Promise<BuyerView> {
    return this.buyers.create(ctx, body);
  }

  @Get()
  @RequirePermission('read', 'buyer')
  @ApiOperation({ summary: 'The shared buyer directory' })
  @ApiPageResponse(BuyerView)
  list(@Ctx() ctx: ActorContext, @Query() query: PageQuery): Promise<Page<BuyerView>> {
    return this.buyers.list(ctx, query);
  }

  @Get(':id')
  @RequirePermission('read', 'buyer')
  @ApiOperation({ summary: 'A buyer of the directory' })
  @VersionedResponse({ type: BuyerView })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<BuyerView> {
    return this.buyers.get(ctx, params.id);
  }

  @Put(':id')
  @RequirePermission('update', 'buyer')
  @ApiOperation({ summary: 'Steward: change a buyer (its public consent among others); If-Match required' })
  @VersionedResponse({ type: BuyerView })
  update(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: UpdateBuyerDto, @IfMatch() ifMatch: number): Promise<BuyerView> {
    return this.buyers.update(ctx, params.id, body, ifMatch);
  }
}

@ApiTags('credits')
@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly rates: FxRatesService) {}

  @Post()
  @RequirePermission('create', 'fx_rate')
  @ApiOperation({ summary: 'Steward: US dollars per unit of a currency on a date' })
  @ApiConflictResponse({ description: 'A rate of that currency and date exists (fx_rate_exists)' })
  @VersionedResponse({ type: FxRateView, status: 201, location: '/api/v1/fx-rates/:id' })
  create(@Ctx() ctx: ActorContext, @Body() body: CreateFxRateDto): Promise<FxRateView> {
    return this.rates.create(ctx, body);
  }

  @Post('import')
  @RequirePermission('create', 'fx_rate')
  @ApiOperation({ summary: 'Steward: import rates from CSV text (currency,date,usd_per_unit[,source]); all or nothing' })
  @ApiCreatedResponse({ type: FxImportResultView })
  import(@Ctx() ctx: ActorContext, @Body() body: ImportFxRatesDto): Promise<FxImportResultView> {
    return this.rates.import(ctx, body);
  }

  @Get()
  @RequirePermission('read', 'fx_rate')
  @ApiOperation({ summary: 'Exchange rates to US dollars, by currency and date' })
  @ApiPageResponse(FxRateView)
  list(@Ctx() ctx: ActorContext, @Query() query: FxRateQuery): Promise<Page<FxRateView>> {
    return this.rates.list(ctx, query);
  }

  @Get(':id')
  @RequirePermission('read', 'fx_rate')
  @ApiOperation({ summary: 'One exchange rate' })
  @VersionedResponse({ type: FxRateView })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<FxRateView> {
    return this.rates.get(ctx, params.id);
  }

  @Put(':id')
  @RequirePermission('update', 'fx_rate')
  @ApiOperation({ summary: 'Steward: correct a rate; If-Match required' })
  @VersionedResponse({ type: FxRateView })
  update(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: UpdateFxRateDto, @IfMatch() ifMatch: number): Promise<FxRateView> {
    return this.rates.update(ctx, params.id, body, ifMatch);
  }
}
