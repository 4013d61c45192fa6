import { type Locale, Problems, translate } from '@bluecarbon/platform';
import type { AuctionPhase, BidRefusal } from '../domain/auction';
import { PROJECTS_PROBLEMS } from '../projects-problems';

const problem = PROJECTS_PROBLEMS.problem;

/** The auctions' answers; codes and messages in the lib's catalogue and locale files. */
export const AuctionProblems = {
  lotUnavailable: (vintage: number, asked: number, available: number, inOpenLots: number) =>
    problem('auction_lot_unavailable', {
      params: { vintage, asked, available, inOpenLots },
      fieldErrors: [{ field: 'tonnes', rule: 'lotWithinAvailable' }],
      extensions: { vintage, requestedTonnes: asked, availableTonnes: available, tonnesInOpenAuctions: inOpenLots },
    }),
  notOpen: (phase: AuctionPhase, startsAt: Date, endsAt: Date, locale: Locale) =>
    problem('auction_not_open', {
      params: { phase: translate(locale, `projects.auctionPhases.${phase}`), startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
      extensions: { phase, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    }),
  notEnded: (endsAt: Date) => problem('auction_not_ended', { params: { endsAt: endsAt.toISOString() }, extensions: { endsAt: endsAt.toISOString() } }),
  alreadyClosed: (phase: AuctionPhase, locale: Locale) =>
    problem('auction_already_closed', { params: { phase: translate(locale, `projects.auctionPhases.${phase}`) }, extensions: { phase } }),
  notABidder: () => problem('not_a_bidder'),
  /** The refusal of a bid, naming the field and the least amount that would have been taken. */
  refused: (refusal: BidRefusal, currency: string) => {
    switch (refusal.reason) {
      case 'aboveCeiling':
        return Problems.invalidFields([{ field: 'amount', rule: 'max', args: [refusal.maximum] }]);
      case 'belowReserve':
        return problem('bid_below_reserve', {
          params: { minimum: refusal.minimum, currency },
          fieldErrors: [{ field: 'amount', rule: 'bidAtLeastReserve', args: [refusal.minimum] }],
          extensions: { minimumBid: refusal.minimum },
        });
      case 'belowIncrement':
        return problem('bid_below_increment', {
          params: { minimum: refusal.minimum, current: refusal.current, currency },
          fieldErrors: [{ field: 'amount', rule: 'bidAtLeastIncrement', args: [refusal.minimum] }],
          extensions: { currentPrice: refusal.current, minimumBid: refusal.minimum },
        });
      case 'outbid':
        return problem('bid_outbid', {
          params: { minimum: refusal.minimum, current: refusal.current, currency },
          fieldErrors: [{ field: 'amount', rule: 'bidAboveCurrent', args: [refusal.minimum] }],
          extensions: { currentPrice: refusal.current, minimumBid: refusal.minimum },
        });
      case 'sealedBidPlaced':
        return problem('sealed_bid_placed', { fieldErrors: [{ field: 'amount', rule: 'oneSealedBid' }] });
    }
  },
};
