import { ApiProperty } from '@nestjs/swagger';
import { AUCTION_MODES, type AuctionMode, type AuctionPhase, type AuctionStatus, minimumBid, phaseOf } from '../domain/auction';
import type { Auction, Bid } from '../entities/auction.entity';
import type { BidStanding } from '../repositories/auctions.repository';
import { trimDecimal } from '../projects/project-view';

const PHASES: AuctionPhase[] = ['scheduled', 'open', 'ended', 'closed', 'failed'];

/** A bid as its reader may see it: bidders are numbers; the buyer only for the steward and the lot's city. */
export class BidView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 2, description: 'The bidder’s number in this auction (by its first bid): all other bidders learn of it' })
  bidderNumber!: number;

  @ApiProperty({ example: '490' })
  amount!: string;

  @ApiProperty()
  placedAt!: Date;

  @ApiProperty({ description: 'Placed for the caller’s own buyer organisation' })
  yours!: boolean;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The buyer: for the steward, admins and the lot’s own city only' })
  buyerId!: string | null;
}

export class AuctionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  projectId!: string;

  @ApiProperty({ example: 'CN-GD-FUTIAN' })
  jurisdictionCode!: string;

  @ApiProperty({ example: 2024 })
  vintage!: number;

  @ApiProperty({ example: 3756 })
  tonnes!: number;

  @ApiProperty({ example: '183' })
  reservePrice!: string;

  @ApiProperty({ example: '1' })
  bidIncrement!: string;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ enum: AUCTION_MODES })
  mode!: AuctionMode;

  @ApiProperty()
  startsAt!: Date;

  @ApiProperty({ description: 'Moves later when an ascending auction is extended' })
  endsAt!: Date;

  @ApiProperty({ example: 5 })
  extensionMinutes!: number;

  @ApiProperty()
  useOfProceeds!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Where a record of a past auction comes from' })
  source!: string | null;

  @ApiProperty({ enum: ['open', 'closed', 'failed'] })
  status!: AuctionStatus;

  @ApiProperty({ enum: PHASES, description: 'On the server’s clock: scheduled, open, ended (waiting for its close), closed or failed' })
  phase!: AuctionPhase;

  @ApiProperty({ nullable: true, type: String, example: '485', description: 'Best bid so far; hidden (null) in a sealed auction until it closes' })
  currentPrice!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '486', description: 'The least a new bid may be while bidding is possible' })
  minimumNextBid!: string | null;

  @ApiProperty({ example: 7 })
  bidCount!: number;

  @ApiProperty({ nullable: true, type: String, example: '485', description: 'The winning bid’s price per tonne, once closed' })
  clearingPrice!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  saleId!: string | null;

  @ApiProperty({ nullable: true, enum: ['no_bids', 'credits_unavailable'], description: 'Why a failed auction made no sale' })
  failureReason!: 'no_bids' | 'credits_unavailable' | null;

  @ApiProperty({ nullable: true, type: Date })
  closedAt!: Date | null;

  @ApiProperty({
    type: [BidView],
    nullable: true,
    description: 'For a bidder: the best 20 bids of its own organisation (all of them: GET /auctions/{id}/bids)',
  })
  yourBids!: BidView[] | null;

  @ApiProperty({ nullable: true, type: Boolean, description: 'For a bidder: whether its best bid leads (ascending, or once closed)' })
  youLead!: boolean | null;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;

  @ApiProperty({ example: 1 })
  version!: number;
}

export class AuctionPage {
  @ApiProperty({ type: [AuctionView] })
  items!: AuctionView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class BidPage {
  @ApiProperty({ type: [BidView] })
  items!: BidView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

/** Who reads: whether they see bidders, and the buyers they bid for. */
export interface AuctionReader {
  seesBidders: boolean;
  buyerIds: readonly string[];
}

export function toBidView(bid: Bid, reader: AuctionReader): BidView {
  return {
    id: bid.id,
    bidderNumber: bid.bidderNumber,
    amount: trimDecimal(bid.amount),
    placedAt: bid.placedAt,
    yours: reader.buyerIds.includes(bid.buyerId),
    buyerId: reader.seesBidders ? bid.buyerId : null,
  };
}

/** Sealed bids stay sealed until the close, except to those who see the bidders. */
export function pricesVisible(auction: Auction, reader: AuctionReader): boolean {
  return auction.mode === 'ascending' || auction.status !== 'open' || reader.seesBidders;
}

/** The auction as `reader` may see it, from the standing of its bids (see AuctionsRepository.standing). */
export function toAuctionView(auction: Auction, standing: BidStanding, reader: AuctionReader, now: Date): AuctionView {
  const phase = phaseOf(auction, now);
  const highest = standing.best ? trimDecimal(standing.best.amount) : null;
  const rules = { mode: auction.mode, reservePrice: auction.reservePrice, bidIncrement: auction.bidIncrement };
  const bidder = reader.buyerIds.length > 0;
  const leads = standing.best !== null && reader.buyerIds.includes(standing.best.buyerId);
  return {
    id: auction.id,
    projectId: auction.projectId,
    jurisdictionCode: auction.jurisdictionCode,
    vintage: auction.vintage,
    tonnes: Number(auction.tonnes),
    reservePrice: trimDecimal(auction.reservePrice),
    bidIncrement: trimDecimal(auction.bidIncrement),
    currency: auction.currency,
    mode: auction.mode,
    startsAt: auction.startsAt,
    endsAt: auction.endsAt,
    extensionMinutes: auction.extensionMinutes,
    useOfProceeds: auction.useOfProceeds,
    source: auction.source,
    status: auction.status,
    phase,
    currentPrice: pricesVisible(auction, reader) ? highest : null,
    minimumNextBid: phase === 'open' || phase === 'scheduled' ? minimumBid(rules, auction.mode === 'ascending' ? highest : null) : null,
    bidCount: standing.count,
    clearingPrice: auction.clearingPrice === null ? null : trimDecimal(auction.clearingPrice),
    saleId: auction.saleId,
    failureReason: auction.failureReason,
    closedAt: auction.closedAt,
    yourBids: bidder ? standing.own.map((bid) => toBidView(bid, reader)) : null,
    youLead: bidder ? (pricesVisible(auction, { seesBidders: false, buyerIds: [] }) ? leads : null) : null,
    createdAt: auction.createdAt,
    updatedAt: auction.updatedAt,
    version: auction.version,
  };
}
