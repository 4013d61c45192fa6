import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { PageQuery, PersonalResponse, VersionedResponse } from '@bluecarbon/platform';
import { AuctionQuery, OpenAuctionDto, PlaceBidDto, RegisterBuyerOrganisationDto } from '../dto/auction.dto';
import { IdParams } from '../dto/common.dto';
import { AuctionPage, AuctionView, BidPage } from './auction-view';
import { AuctionsService } from './auctions.service';
import { BuyerOrganisationsService } from './buyer-organisations.service';
import { BuyerRegistrationView } from './buyer-registration-view';

@ApiTags('auctions')
@Controller()
export class AuctionsController {
  constructor(private readonly auctions: AuctionsService) {}

  @Post('projects/:id/auctions')
  @RequirePermission('create', 'auction')
  @ApiOperation({ summary: 'Steward or the project’s city: offer a lot of a vintage (at most what is available) to registered bidders' })
  @VersionedResponse({ status: 201, type: AuctionView, location: '/api/v1/auctions/:id' })
  open(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: OpenAuctionDto): Promise<AuctionView> {
    return this.auctions.open(ctx, params.id, body);
  }

  @Get('auctions')
  @RequirePermission('read', 'auction')
  @ApiOperation({ summary: 'Auctions, oldest first, of one project if projectId is given' })
  @ApiOkResponse({ type: AuctionPage })
  list(@Ctx() ctx: ActorContext, @Query() query: AuctionQuery): Promise<AuctionPage> {
    return this.auctions.list(ctx, query);
  }

  @Get('auctions/:id')
  @RequirePermission('read', 'auction')
  @ApiOperation({ summary: 'An auction with its current price (sealed: once closed) and, for a bidder, its own bids' })
  @PersonalResponse({ type: AuctionView, description: 'Its ETag is of what this reader sees: it changes with every bid' })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<AuctionView> {
    return this.auctions.get(ctx, params.id);
  }

  @Get('auctions/:id/bids')
  @RequirePermission('read', 'auction')
  @ApiOperation({ summary: 'Bids, best first, a page at a time: bidders by number; the buyer only for the steward and the project’s city' })
  @ApiOkResponse({ type: BidPage })
  bids(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: PageQuery): Promise<BidPage> {
    return this.auctions.bids(ctx, params.id, query);
  }

  @Post('auctions/:id/bids')
  @RequirePermission('bid', 'bid')
  @ApiOperation({ summary: 'Bidder: bid a price per tonne; refused below the reserve or the increment, or when outbid (409)' })
  @ApiCreatedResponse({ type: AuctionView })
  placeBid(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: PlaceBidDto): Promise<AuctionView> {
    return this.auctions.bid(ctx, params.id, body);
  }

  @Post('auctions/:id/close')
  @HttpCode(200)
  @RequirePermission('update', 'auction')
  @ApiOperation({ summary: 'Steward or the project’s city: close an auction that has ended (the worker does it too): the best bid buys the lot' })
  @ApiOkResponse({ type: AuctionView })
  close(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<AuctionView> {
    return this.auctions.close(ctx, params.id);
  }
}

@ApiTags('auctions')
@Controller('buyer-organisations')
export class BuyerOrganisationsController {
  constructor(private readonly buyers: BuyerOrganisationsService) {}

  @Post()
  @RequirePermission('create', 'buyer')
  @ApiOperation({ summary: 'Steward: register a buyer that bids (an organisation of kind buyer) and invite its contact as its first bidder' })
  @ApiCreatedResponse({ type: BuyerRegistrationView })
  register(@Ctx() ctx: ActorContext, @Body() body: RegisterBuyerOrganisationDto): Promise<BuyerRegistrationView> {
    return this.buyers.register(ctx, body);
  }
}
