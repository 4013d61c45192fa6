import request from 'supertest';
import { type Cast, createCast, dataSourceOf, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { auctionOf, bidderOf } from '../support/projects-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

type Bidder = Awaited<ReturnType<typeof bidderOf>>;
type Who = { auth: Record<string, string> };

/**
 * What the auction's row keeps of its bids (count, best bid, bidder numbers) against what the
 * bids table says, under concurrent bids; the paged bid list; the ETag of what each reader sees.
 */
describe(`auction standing on the ${engineName()} engine`, () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'observer');
  });
  afterAll(async () => api?.close());

  const bid = (auctionId: string, who: Who, amount: string) => request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(who.auth).send({ amount });
  const bidders = async (count: number) => {
    const made: Bidder[] = [];
    for (let index = 0; index < count; index += 1) made.push(await bidderOf(api));
    return made;
  };
  const bidsPage = (auctionId: string, who: Who, query: Record<string, string | number> = {}) =>
    request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).query(query).set(who.auth);
  const allBids = async (auctionId: string, who: Who, limit: number) => {
    const seen: { id: string; amount: string; bidderNumber: number; yours: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof seen; nextCursor: string | null } = (await bidsPage(auctionId, who, cursor ? { limit, cursor } : { limit }).expect(200)).body;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  /** The row's standing and the same figures computed from every bid. */
  async function standingOf(auctionId: string) {
    const db = dataSourceOf(api);
    const [row] = await db.query(
      `SELECT bid_count AS count, best_bid_id AS "bestId", best_amount::text AS "bestAmount", next_bidder_number AS "nextNumber" FROM credit_auction WHERE id = $1`,
      [auctionId],
    );
    const [truth] = await db.query(
      `SELECT count(*)::int AS count,
              (SELECT id FROM credit_bid WHERE auction_id = $1 ORDER BY amount DESC, placed_at, id LIMIT 1) AS "bestId",
              (SELECT amount::text FROM credit_bid WHERE auction_id = $1 ORDER BY amount DESC, placed_at, id LIMIT 1) AS "bestAmount",
              coalesce(max(bidder_number), 0) + 1 AS "nextNumber"
         FROM credit_bid WHERE auction_id = $1`,
      [auctionId],
    );
    // Each buyer one number, the numbers 1, 2, 3… in the order of the buyers' first bids.
    const numbers: { numbers: number[] }[] = await db.query(
      `SELECT array_agg(DISTINCT bidder_number) AS numbers FROM credit_bid WHERE auction_id = $1 GROUP BY buyer_id ORDER BY min(placed_at), min(id::text)`,
      [auctionId],
    );
    return { row, truth, numbers: numbers.map((buyer) => buyer.numbers) };
  }

  async function expectStandingTrue(auctionId: string, placed: number) {
    const { row, truth, numbers } = await standingOf(auctionId);
    expect(row).toEqual(truth);
    expect(row.count).toBe(placed);
    expect(numbers).toEqual(numbers.map((_, index) => [index + 1]));
    const view = (await request(api.server).get(`/api/v1/auctions/${auctionId}`).set(cast.users.steward.auth).expect(200)).body;
    expect(view.bidCount).toBe(placed);
    if (truth.bestAmount !== null) expect(view.currentPrice).toBe(String(Number(truth.bestAmount)));
  }

  it('keeps count, best bid and bidder numbers equal to the bids under concurrent ascending bids', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { reserve: '183', increment: '1' });
    const crowd = await bidders(6);
    let placed = 0;
    for (let round = 0; round < 4; round += 1) {
      // Everyone at once: some beat the price, some are outbid or short of the increment.
      const answers = await Promise.all(crowd.map((bidder, index) => bid(auctionId, bidder, String(200 + round * 10 + (index % 3)))));
      for (const answer of answers) expect([201, 409, 422]).toContain(answer.status);
      placed += answers.filter((answer) => answer.status === 201).length;
    }
    expect(placed).toBeGreaterThanOrEqual(4);
    await expectStandingTrue(auctionId, placed);
  });

  it('keeps the standing of a sealed auction under concurrent equal bids: the earlier bid leads, prices stay hidden', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { mode: 'sealed', reserve: '183', endsIn: 3600 });
    const crowd = await bidders(7);
    const [first, ...rest] = crowd as [Bidder, ...Bidder[]];
    await bid(auctionId, first, '400').expect(201);
    // Six more at once, two of them above the first and equal to each other.
    const amounts = ['400', '400', '450', '450', '300', '400'];
    const answers = await Promise.all(rest.map((bidder, index) => bid(auctionId, bidder, amounts[index]!)));
    expect(answers.map((answer) => answer.status)).toEqual(amounts.map(() => 201));
    await expectStandingTrue(auctionId, 7);
    const { row } = await standingOf(auctionId);
    expect(row.bestAmount).toMatch(/^450(\.0+)?$/);

    // A bidder still sees no price, only its own bid, and whether it leads only at the close.
    const second = rest[2]!;
    const seen = (await request(api.server).get(`/api/v1/auctions/${auctionId}`).set(second.auth).expect(200)).body;
    expect(seen).toMatchObject({ currentPrice: null, youLead: null, bidCount: 7, minimumNextBid: '183' });
    expect((await bidsPage(auctionId, second).expect(200)).body).toEqual({
      items: [expect.objectContaining({ amount: '450', yours: true })],
      nextCursor: null,
    });

    // Of the two bids of 450 the earlier buys the lot.
    const [earlier] = await dataSourceOf(api).query(`SELECT buyer_id FROM credit_bid WHERE auction_id = $1 AND amount = 450 ORDER BY placed_at, id LIMIT 1`, [
      auctionId,
    ]);
    await dataSourceOf(api).query(`UPDATE credit_auction SET ends_at = now() - interval '1 second' WHERE id = $1`, [auctionId]);
    const closed = (await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(cast.users.steward.auth).expect(200)).body;
    const sale = (await request(api.server).get(`/api/v1/sales/${closed.saleId}`).set(cast.users.steward.auth).expect(200)).body;
    expect(sale.buyerId).toBe(earlier.buyer_id);
  });

  it('pages the bids best first without gaps or repeats, ties by time; a bidder pages only its own sealed bids', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { mode: 'sealed', endsIn: 3600 });
    const crowd = await bidders(7);
    for (const [index, bidder] of crowd.entries()) await bid(auctionId, bidder, index < 4 ? '300' : String(200 + index)).expect(201);
    const { steward, coordinator } = cast.users;
    const ordered = await allBids(auctionId, steward, 2);
    expect(ordered).toHaveLength(7);
    expect(ordered.map((row) => row.amount)).toEqual(['300', '300', '300', '300', '206', '205', '204']);
    // The four bids of 300 by bidder number: the order they were placed in.
    expect(ordered.slice(0, 4).map((row) => row.bidderNumber)).toEqual([1, 2, 3, 4]);
    expect(await allBids(auctionId, coordinator, 100)).toEqual(ordered);
    expect(await allBids(auctionId, steward, 1)).toEqual(ordered);

    const own = (await bidsPage(auctionId, crowd[5]!, { limit: 1 }).expect(200)).body;
    expect(own).toEqual({ items: [expect.objectContaining({ amount: '205', yours: true, buyerId: null })], nextCursor: null });
    // A cursor naming a bid the reader may not see is refused, not a window onto it.
    const stewardsPage = (await bidsPage(auctionId, steward, { limit: 1 }).expect(200)).body;
    for (const who of [crowd[5]!, neighbour])
      expect((await bidsPage(auctionId, who, { cursor: stewardsPage.nextCursor }).expect(400)).body.code).toBe('invalid_cursor');
    for (const cursor of ['not-a-cursor', Buffer.from(JSON.stringify(['300', 'x'])).toString('base64url')])
      expect((await bidsPage(auctionId, steward, { cursor }).expect(400)).body.code).toBe('invalid_cursor');
    expect((await bidsPage(auctionId, steward, { limit: 101 }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'limit', rule: 'max' })]);
  });

  it('tags an auction with what its reader sees: a new bid changes the tag, two readers never share one, 304 on a match', async () => {
    const { auctionId } = await auctionOf(api, cast.own);
    const [first, second] = await bidders(2);
    await bid(auctionId, first!, '190').expect(201);
    const get = (who: Who, tag?: string) => {
      const call = request(api.server).get(`/api/v1/auctions/${auctionId}`).set(who.auth);
      return tag ? call.set('If-None-Match', tag) : call;
    };
    const readers = [first!, second!, cast.users.steward, cast.users.coordinator, cast.users.observer, neighbour];
    const tags: string[] = [];
    for (const reader of readers) {
      const answer = await get(reader).expect(200);
      expect(answer.headers['cache-control']).toContain('private');
      tags.push(answer.headers.etag);
      const again = await get(reader, answer.headers.etag).expect(304);
      expect(again.text ?? '').toBe('');
    }
    expect(new Set(tags).size).toBe(readers.length);
    // Another reader's tag never answers 304.
    await get(second!, tags[0]).expect(200);

    await bid(auctionId, second!, '195').expect(201);
    for (const [index, reader] of readers.entries()) {
      const answer = await get(reader, tags[index]).expect(200);
      expect(answer.headers.etag).not.toBe(tags[index]);
      expect(answer.body.bidCount).toBe(2);
    }
  });
});
