import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AuctionMode, AuctionStatus } from '../domain/auction';

/** A lot of one project's vintage offered to registered buyers; its close creates the sale. */
@Entity('credit_auction')
export class Auction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'int' })
  vintage!: number;

  @Column({ type: 'bigint' })
  tonnes!: string;

  @Column({ type: 'numeric', name: 'reserve_price' })
  reservePrice!: string;

  @Column({ type: 'numeric', name: 'bid_increment' })
  bidIncrement!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text' })
  mode!: AuctionMode;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt!: Date;

  @Column({ type: 'int', name: 'extension_minutes', default: 0 })
  extensionMinutes!: number;

  @Column({ type: 'text', name: 'use_of_proceeds' })
  useOfProceeds!: string;

  /** Where the record comes from when it was not run here (e.g. a past auction entered for the record). */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: AuctionStatus;

  @Column({ type: 'numeric', name: 'clearing_price', nullable: true })
  clearingPrice!: string | null;

  @Column({ type: 'uuid', name: 'winning_bid_id', nullable: true })
  winningBidId!: string | null;

  @Column({ type: 'uuid', name: 'sale_id', nullable: true })
  saleId!: string | null;

  @Column({ type: 'text', name: 'failure_reason', nullable: true })
  failureReason!: 'no_bids' | 'credits_unavailable' | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The standing of the bids, kept by each bid under the auction's row lock (AuctionsRepository.recordBid). */
  @Column({ type: 'int', name: 'bid_count', default: 0 })
  bidCount!: number;

  /** Best first: the highest amount, then the earlier bid (domain winningBid). */
  @Column({ type: 'uuid', name: 'best_bid_id', nullable: true })
  bestBidId!: string | null;

  @Column({ type: 'numeric', name: 'best_amount', nullable: true })
  bestAmount!: string | null;

  @Column({ type: 'int', name: 'next_bidder_number', default: 1 })
  nextBidderNumber!: number;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}

/** One bid of a buyer in an auction. A record of fact: never edited. */
@Entity('credit_bid')
export class Bid {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'auction_id' })
  auctionId!: string;

  @Column({ type: 'uuid', name: 'buyer_id' })
  buyerId!: string;

  @Column({ type: 'int', name: 'bidder_number' })
  bidderNumber!: number;

  @Column({ type: 'numeric' })
  amount!: string;

  @Column({ type: 'uuid', name: 'placed_by', nullable: true })
  placedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'placed_at' })
  placedAt!: Date;
}
