import Decimal from 'decimal.js';

export const AUCTION_MODES = ['sealed', 'ascending'] as const;
export type AuctionMode = (typeof AUCTION_MODES)[number];

/** What is stored: an auction is open until it is closed (a sale) or fails (no bid, or credits gone). */
export type AuctionStatus = 'open' | 'closed' | 'failed';

/** What a reader sees: an open auction is scheduled before its start and ended after its end, until closed. */
export type AuctionPhase = 'scheduled' | 'open' | 'ended' | 'closed' | 'failed';

export function phaseOf(auction: { status: AuctionStatus; startsAt: Date; endsAt: Date }, now: Date): AuctionPhase {
  if (auction.status !== 'open') return auction.status;
  if (now < auction.startsAt) return 'scheduled';
  return now < auction.endsAt ? 'open' : 'ended';
}

export interface BidRules {
  mode: AuctionMode;
  reservePrice: string;
  bidIncrement: string;
}

/** The auction as a new bid finds it: the best price so far and whether this bidder bid already. */
export interface BidStanding {
  highest: string | null;
  bidderHasBid: boolean;
}

/** The highest price per tonne a bid may have: what the amount's pattern (PRICE) and its column (numeric(20, 6)) hold. */
export const MAX_PRICE = '99999999999999.999999';

/**
 * The highest an ascending bid may be: the next bid must still fit under MAX_PRICE, so the
 * minimum a view offers is always a price a bidder can send.
 */
export function highestBid(rules: Pick<BidRules, 'mode' | 'bidIncrement'>): string {
  return rules.mode === 'ascending' ? new Decimal(MAX_PRICE).minus(rules.bidIncrement).toFixed() : MAX_PRICE;
}

export type BidRefusal =
  | { reason: 'aboveCeiling'; maximum: string }
  | { reason: 'belowReserve'; minimum: string }
  | { reason: 'belowIncrement'; minimum: string; current: string }
  | { reason: 'outbid'; minimum: string; current: string }
  | { reason: 'sealedBidPlaced' };

/** The lowest amount a new bid may have: the reserve, or (ascending, once bid) the best price plus the increment. */
export function minimumBid(rules: BidRules, highest: string | null): string {
  if (rules.mode === 'sealed' || highest === null) return new Decimal(rules.reservePrice).toFixed();
  return new Decimal(highest).plus(rules.bidIncrement).toFixed();
}

/**
 * Why a bid is refused, or null. Ascending: the first bid at least the reserve, each later one
 * at least the best price plus the increment; a bid at or under the best price was outbid (the
 * loser of two equal bids placed at once learns it this way), one above it but short of the
 * increment is below the increment. Sealed: one bid per bidder, final, at least the reserve.
 * Above highestBid the next minimum would not be a price: refused.
 */
export function judgeBid(rules: BidRules, standing: BidStanding, amount: string): BidRefusal | null {
  const bid = new Decimal(amount);
  if (bid.greaterThan(highestBid(rules))) return { reason: 'aboveCeiling', maximum: highestBid(rules) };
  if (rules.mode === 'sealed') {
    if (standing.bidderHasBid) return { reason: 'sealedBidPlaced' };
    return bid.lessThan(rules.reservePrice) ? { reason: 'belowReserve', minimum: minimumBid(rules, null) } : null;
  }
  if (standing.highest === null) return bid.lessThan(rules.reservePrice) ? { reason: 'belowReserve', minimum: minimumBid(rules, null) } : null;
  const current = new Decimal(standing.highest).toFixed();
  const minimum = minimumBid(rules, standing.highest);
  if (bid.lessThanOrEqualTo(standing.highest)) return { reason: 'outbid', minimum, current };
  return bid.lessThan(minimum) ? { reason: 'belowIncrement', minimum, current } : null;
}

/**
 * Anti-sniping: a bid in the last `extensionMinutes` of an ascending auction moves its end to
 * `extensionMinutes` after the bid, so every bidder always has that long to answer. Null when
 * the end stays.
 */
export function extendedEnd(auction: { mode: AuctionMode; endsAt: Date; extensionMinutes: number }, placedAt: Date): Date | null {
  if (auction.mode !== 'ascending' || auction.extensionMinutes === 0) return null;
  const candidate = new Date(placedAt.getTime() + auction.extensionMinutes * 60_000);
  return candidate > auction.endsAt ? candidate : null;
}

export interface RankedBid {
  id: string;
  buyerId: string;
  amount: string;
  placedAt: Date;
}

/**
 * The winning bid: the highest amount, the earlier of equal ones (then the smaller id, so the
 * answer never depends on row order). It pays its own amount (first price, in both modes).
 */
export function winningBid<T extends RankedBid>(bids: readonly T[]): T | null {
  let best: T | null = null;
  for (const bid of bids) {
    if (!best) {
      best = bid;
      continue;
    }
    const order = new Decimal(bid.amount).comparedTo(best.amount);
    if (order > 0 || (order === 0 && (bid.placedAt < best.placedAt || (bid.placedAt.getTime() === best.placedAt.getTime() && bid.id < best.id)))) best = bid;
  }
  return best;
}

/** The lot's value at a price: exact, in the auction's currency. */
export function lotTotal(price: string, tonnes: number): string {
  return new Decimal(price).times(tonnes).toFixed();
}
