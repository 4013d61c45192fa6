import { extendedEnd, highestBid, judgeBid, lotTotal, MAX_PRICE, minimumBid, phaseOf, winningBid } from './auction';

const ascending = { mode: 'ascending' as const, reservePrice: '183', bidIncrement: '0.5' };
const sealed = { mode: 'sealed' as const, reservePrice: '183', bidIncrement: '1' };

describe('auction rules', () => {
  describe('a bid in an ascending auction', () => {
    it('takes a first bid at the reserve and refuses one a fraction below it, naming the reserve', () => {
      expect(judgeBid(ascending, { highest: null, bidderHasBid: false }, '183')).toBeNull();
      expect(judgeBid(ascending, { highest: null, bidderHasBid: false }, '182.999999')).toEqual({ reason: 'belowReserve', minimum: '183' });
    });

    it('needs the best price plus the increment, exactly in decimals (0.1 + 0.2 is 0.3 here)', () => {
      const rules = { ...ascending, bidIncrement: '0.2' };
      expect(minimumBid(rules, '183.1')).toBe('183.3');
      expect(judgeBid(rules, { highest: '183.1', bidderHasBid: true }, '183.3')).toBeNull();
      expect(judgeBid(rules, { highest: '183.1', bidderHasBid: true }, '183.29')).toEqual({ reason: 'belowIncrement', minimum: '183.3', current: '183.1' });
    });

    it('calls a bid at or under the best price outbid: of two equal bids the later one loses', () => {
      expect(judgeBid(ascending, { highest: '485', bidderHasBid: false }, '485')).toEqual({ reason: 'outbid', minimum: '485.5', current: '485' });
      expect(judgeBid(ascending, { highest: '485', bidderHasBid: false }, '400')).toMatchObject({ reason: 'outbid' });
    });

    it('refuses a bid above which no next bid would be a price, so every minimum offered is one', () => {
      const ceiling = highestBid(ascending);
      expect(ceiling).toBe('99999999999999.499999');
      expect(judgeBid(ascending, { highest: '485', bidderHasBid: false }, ceiling)).toBeNull();
      expect(minimumBid(ascending, ceiling)).toBe(MAX_PRICE);
      expect(judgeBid(ascending, { highest: '485', bidderHasBid: false }, '99999999999999.5')).toEqual({ reason: 'aboveCeiling', maximum: ceiling });
      expect(highestBid(sealed)).toBe(MAX_PRICE);
    });
  });

  describe('a sealed bid', () => {
    it('takes one bid per bidder at or above the reserve, whatever the others bid', () => {
      expect(judgeBid(sealed, { highest: '900', bidderHasBid: false }, '183')).toBeNull();
      expect(judgeBid(sealed, { highest: null, bidderHasBid: false }, '100')).toEqual({ reason: 'belowReserve', minimum: '183' });
      expect(judgeBid(sealed, { highest: '183', bidderHasBid: true }, '999')).toEqual({ reason: 'sealedBidPlaced' });
      expect(minimumBid(sealed, '900')).toBe('183');
    });
  });

  describe('anti-sniping', () => {
    const endsAt = new Date('2030-09-14T08:00:00Z');
    const auction = { mode: 'ascending' as const, endsAt, extensionMinutes: 5 };

    it('moves the end to N minutes after a bid placed in the last N minutes', () => {
      expect(extendedEnd(auction, new Date('2030-09-14T07:58:30Z'))).toEqual(new Date('2030-09-14T08:03:30Z'));
      expect(extendedEnd(auction, new Date('2030-09-14T07:55:00.001Z'))).toEqual(new Date('2030-09-14T08:00:00.001Z'));
    });

    it('leaves the end alone for an earlier bid, a sealed auction, or no extension', () => {
      expect(extendedEnd(auction, new Date('2030-09-14T07:55:00Z'))).toBeNull();
      expect(extendedEnd(auction, new Date('2030-09-14T07:00:00Z'))).toBeNull();
      expect(extendedEnd({ ...auction, mode: 'sealed' }, new Date('2030-09-14T07:59:00Z'))).toBeNull();
      expect(extendedEnd({ ...auction, extensionMinutes: 0 }, new Date('2030-09-14T07:59:00Z'))).toBeNull();
    });
  });

  it('is scheduled, open, then ended until it is closed, on the given clock', () => {
    const auction = { status: 'open' as const, startsAt: new Date('2030-01-01T00:00:00Z'), endsAt: new Date('2030-01-02T00:00:00Z') };
    expect(phaseOf(auction, new Date('2029-12-31T23:59:59Z'))).toBe('scheduled');
    expect(phaseOf(auction, new Date('2030-01-01T00:00:00Z'))).toBe('open');
    expect(phaseOf(auction, new Date('2030-01-02T00:00:00Z'))).toBe('ended');
    expect(phaseOf({ ...auction, status: 'closed' }, new Date('2029-01-01T00:00:00Z'))).toBe('closed');
  });

  it('lets the highest bid win, the earlier of two equal ones, and prices the lot exactly', () => {
    const at = (second: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, second));
    const bids = [
      { id: 'c', buyerId: 'x', amount: '485.000000', placedAt: at(3) },
      { id: 'b', buyerId: 'y', amount: '485', placedAt: at(2) },
      { id: 'a', buyerId: 'z', amount: '484.99', placedAt: at(1) },
    ];
    expect(winningBid(bids)?.id).toBe('b');
    expect(winningBid([])).toBeNull();
    expect(lotTotal('485', 3756)).toBe('1821660');
    expect(lotTotal('0.1', 3)).toBe('0.3');
  });
});
