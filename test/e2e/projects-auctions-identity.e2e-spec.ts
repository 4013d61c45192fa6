import request from 'supertest';
import { type Cast, createCast, createOrganisation, dataSourceOf } from '../support/identity-fixtures';
import { auctionOf, bidderOf, linkedBuyerOf } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * The auction views hide who bid (bidder numbers only); nothing else a bidder can reach may name
 * the others: not the sale an auction made (its id is in the view), not the buyer directory, not
 * the bid's event; and whoever sees every bidder may not bid.
 */
describe('a bidder never learns another bidder’s identity', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  it('not through the auction’s sale nor the buyer directory', async () => {
    const { auctionId, projectId } = await auctionOf(api, cast.own, { tonnes: 50 });
    const [loser, winner] = [await bidderOf(api), await bidderOf(api)];
    await dataSourceOf(api).query(`UPDATE credit_buyer SET contact_email = 'trader@winner.example.com' WHERE id = $1`, [winner.buyerId]);
    const bid = (who: { auth: Record<string, string> }, amount: string) =>
      request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(who.auth).send({ amount }).expect(201);
    await bid(loser, '190');
    await bid(winner, '200');
    await dataSourceOf(api).query(`UPDATE credit_auction SET ends_at = now() - interval '1 second' WHERE id = $1`, [auctionId]);
    await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(cast.users.steward.auth).expect(200);

    const seen: string[] = [];
    const view = (await request(api.server).get(`/api/v1/auctions/${auctionId}`).set(loser.auth).expect(200)).body;
    seen.push(JSON.stringify(view));
    for (const path of [
      `/api/v1/sales/${view.saleId}`,
      `/api/v1/projects/${projectId}/sales`,
      `/api/v1/buyers?limit=100`,
      `/api/v1/buyers/${winner.buyerId}`,
    ]) {
      const answer = await request(api.server).get(path).set(loser.auth);
      // A refusal's `instance` echoes the path asked for, which the asker already knew.
      const { instance: _asked, ...body } = answer.body as Record<string, unknown>;
      seen.push(`${answer.status} ${JSON.stringify(body)}`);
    }
    const everything = seen.join('\n');
    for (const secret of [winner.buyerId, winner.buyerName, 'trader@winner.example.com', winner.organisationId]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('not through the bid’s outbox event, which names neither the buyer nor the account that bid', async () => {
    const { auctionId } = await auctionOf(api, cast.own);
    const bidder = await bidderOf(api);
    await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(bidder.auth).send({ amount: '190' }).expect(201);
    const [outbox] = await dataSourceOf(api).query(
      `SELECT payload FROM outbox_event WHERE type = 'projects.auction.bid_placed' AND payload->>'auctionId' = $1`,
      [auctionId],
    );
    expect(JSON.stringify(outbox.payload)).not.toContain(bidder.id);
  });

  it('a bidder who also belongs to the lot’s city sees sealed prices and every buyer, so may not bid there', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { mode: 'sealed' });
    const rival = await bidderOf(api);
    await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(rival.auth).send({ amount: '300' }).expect(201);
    // The city's coordinator also works for a buyer (a second membership, as an invitation to an existing account gives).
    const insider = cast.users.coordinator;
    const buyerOrganisation = await createOrganisation(api, { kind: 'buyer' });
    await dataSourceOf(api).query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, 'bidder', '{}')`, [
      insider.id,
      buyerOrganisation.id,
    ]);
    await linkedBuyerOf(api, buyerOrganisation);
    const seen = (await request(api.server).get(`/api/v1/auctions/${auctionId}`).set(insider.auth).expect(200)).body;
    const bids = (await request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).set(insider.auth).expect(200)).body;
    const placed = await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(insider.auth).send({ amount: '300.01' });
    // Either it may not bid in its own city's auction, or it must not see the sealed price and the rival.
    const sawSecrets = seen.currentPrice === '300' || JSON.stringify(bids).includes(rival.buyerId);
    expect(sawSecrets && placed.status === 201).toBe(false);
  });
});
