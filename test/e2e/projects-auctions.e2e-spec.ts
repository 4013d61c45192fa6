import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { auditActionsOf, type Cast, createCast, dataSourceOf, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { auctionOf, bidderOf, bidOf, buyerOf, issuedProject } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

type Bidder = Awaited<ReturnType<typeof bidderOf>>;

describe('credit auctions', () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'coordinator');
  });
  afterAll(async () => api?.close());

  const lot = (changes: object = {}) => ({
    vintage: 2024,
    tonnes: 60,
    reservePrice: '183',
    bidIncrement: '1',
    currency: 'CNY',
    mode: 'ascending',
    endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    extensionMinutes: 5,
    useOfProceeds: 'Mangrove protection',
    ...changes,
  });
  const open = (projectId: string, who: { auth: Record<string, string> }, body: object) =>
    request(api.server).post(`/api/v1/projects/${projectId}/auctions`).set(who.auth).send(body);
  const bid = (auctionId: string, who: { auth: Record<string, string> }, amount: string, language = 'en') =>
    request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(who.auth).set('Accept-Language', language).send({ amount });
  const auction = async (auctionId: string, who: { auth: Record<string, string> }) =>
    (await request(api.server).get(`/api/v1/auctions/${auctionId}`).set(who.auth).expect(200)).body;

  it('is opened by the city or the steward for at most what is available; never by another city or ICLEI', async () => {
    const { coordinator, steward, observer } = cast.users;
    // 130 issued, 10 buffer: 120 t for sale.
    const projectId = await issuedProject(api, cast.own, { tonnes: 130, buffer: 10 });
    await open(projectId, neighbour, lot()).expect(403);
    await open(projectId, observer, lot()).expect(403);
    const opened = await open(projectId, coordinator, lot()).expect(201);
    expect(opened.headers.location).toBe(`/api/v1/auctions/${opened.body.id}`);
    expect(opened.body).toMatchObject({
      tonnes: 60,
      reservePrice: '183',
      status: 'open',
      phase: 'open',
      currentPrice: null,
      minimumNextBid: '183',
      bidCount: 0,
    });
    // 60 t are in the first lot: a second of 61 would auction credits twice.
    const tooMuch = await open(projectId, steward, lot({ tonnes: 61 }))
      .set('Accept-Language', 'zh-CN')
      .expect(409);
    expect(tooMuch.body).toMatchObject({
      code: 'auction_lot_unavailable',
      availableTonnes: 120,
      tonnesInOpenAuctions: 60,
      errors: [expect.objectContaining({ field: 'tonnes' })],
    });
    expect(tooMuch.body.detail).toContain('60 吨已在进行中的拍卖里');
    await open(projectId, steward, lot({ tonnes: 60, mode: 'sealed' })).expect(201);
    const ended = await open(projectId, steward, lot({ tonnes: 1, endsAt: '2020-01-01T00:00:00Z' })).expect(400);
    expect(ended.body.errors).toEqual([expect.objectContaining({ field: 'endsAt', rule: 'auctionEndInFuture' })]);
    await open(projectId, steward, lot({ tonnes: 1, mode: 'dutch' })).expect(400);
  });

  it('refuses bids below the reserve or the increment with a translated answer naming the field', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { reserve: '183', increment: '0.5' });
    const bidder = await bidderOf(api);
    const low = await bid(auctionId, bidder, '182.99', 'pt-BR').expect(422);
    expect(low.body).toMatchObject({
      code: 'bid_below_reserve',
      minimumBid: '183',
      errors: [expect.objectContaining({ field: 'amount', rule: 'bidAtLeastReserve' })],
    });
    expect(low.body.detail).toContain('O preço de reserva é 183 CNY');
    expect((await bid(auctionId, bidder, '183').expect(201)).body).toMatchObject({ currentPrice: '183', minimumNextBid: '183.5', youLead: true });
    const short = await bid(auctionId, bidder, '183.4', 'zh-CN').expect(422);
    expect(short.body).toMatchObject({
      code: 'bid_below_increment',
      currentPrice: '183',
      minimumBid: '183.5',
      errors: [expect.objectContaining({ field: 'amount' })],
    });
    expect(short.body.detail).toContain('当前价格为 183 CNY');
  });

  it('serves concurrent bids at the same price one at a time: exactly one wins the step, the others are told they were outbid', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { reserve: '183', increment: '1' });
    const bidders: Bidder[] = [];
    for (let index = 0; index < 6; index += 1) bidders.push(await bidderOf(api));
    await bid(auctionId, bidders[0]!, '200').expect(201);
    const answers = await Promise.all(bidders.map((bidder) => bid(auctionId, bidder, '250')));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    for (const loser of answers.filter((answer) => answer.status === 409)) {
      expect(loser.body).toMatchObject({ code: 'bid_outbid', currentPrice: '250', minimumBid: '251', errors: [expect.objectContaining({ field: 'amount' })] });
      expect(loser.body.detail).toBe('Another bid of 250 CNY per tonne is already in; bid at least 251 CNY to lead.');
    }
    const view = await auction(auctionId, cast.users.steward);
    expect(view).toMatchObject({ currentPrice: '250', bidCount: 2 });
  });

  it('never shows a bidder another bidder’s identity; the steward and the city see who bid, ICLEI reads without names', async () => {
    const { auctionId } = await auctionOf(api, cast.own);
    const [first, second] = [await bidderOf(api), await bidderOf(api)];
    await bid(auctionId, first, '190').expect(201);
    await bid(auctionId, second, '195').expect(201);
    await bid(auctionId, first, '200').expect(201);
    const seenByFirst = await auction(auctionId, first);
    expect(seenByFirst).toMatchObject({ currentPrice: '200', youLead: true, bidCount: 3 });
    expect(seenByFirst.yourBids.map((own: { amount: string }) => own.amount)).toEqual(['200', '190']);
    const bidsSeenByFirst = (await request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).set(first.auth).expect(200)).body.items;
    expect(bidsSeenByFirst.map((row: object) => row)).toEqual([
      expect.objectContaining({ bidderNumber: 1, amount: '200', yours: true, buyerId: null }),
      expect.objectContaining({ bidderNumber: 2, amount: '195', yours: false, buyerId: null }),
      expect.objectContaining({ bidderNumber: 1, amount: '190', yours: true, buyerId: null }),
    ]);
    const everythingFirstSees = JSON.stringify([seenByFirst, bidsSeenByFirst]);
    for (const secret of [second.buyerId, second.buyerName, second.organisationId, second.id, second.email]) expect(everythingFirstSees).not.toContain(secret);
    expect(await auction(auctionId, second)).toMatchObject({ youLead: false });

    for (const who of [cast.users.steward, cast.users.coordinator]) {
      const rows = (await request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).set(who.auth).expect(200)).body.items;
      expect(rows.map((row: { buyerId: string }) => row.buyerId)).toEqual([first.buyerId, second.buyerId, first.buyerId]);
    }
    for (const who of [cast.users.observer, neighbour]) {
      const rows = (await request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).set(who.auth).expect(200)).body.items;
      expect(rows.map((row: { buyerId: string | null }) => row.buyerId)).toEqual([null, null, null]);
      expect((await auction(auctionId, who)).yourBids).toBeNull();
    }
    // ICLEI reads, never writes: no bid, no close. A city's coordinator does not bid either.
    await bid(auctionId, cast.users.observer, '300').expect(403);
    await bid(auctionId, cast.users.coordinator, '300').expect(403);
    const admin = await bid(auctionId, cast.users.admin, '300').expect(403);
    expect(admin.body.code).toBe('not_a_bidder');
    await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(cast.users.observer.auth).expect(403);
    await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(neighbour.auth).expect(403);
  });

  it('keeps sealed bids sealed: one final bid per bidder, no price shown until the close', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { mode: 'sealed' });
    const [first, second] = [await bidderOf(api), await bidderOf(api)];
    await bid(auctionId, first, '300').expect(201);
    const again = await bid(auctionId, first, '400').expect(409);
    expect(again.body).toMatchObject({ code: 'sealed_bid_placed', errors: [expect.objectContaining({ field: 'amount' })] });
    // A sealed bid only needs the reserve: a lower bid than another's is taken.
    const seenBySecond = (await bid(auctionId, second, '250').expect(201)).body;
    expect(seenBySecond).toMatchObject({ currentPrice: null, minimumNextBid: '183', youLead: null, bidCount: 2 });
    const rows = (await request(api.server).get(`/api/v1/auctions/${auctionId}/bids`).set(second.auth).expect(200)).body.items;
    expect(rows).toEqual([expect.objectContaining({ amount: '250', yours: true })]);
    expect((await auction(auctionId, cast.users.steward)).currentPrice).toBe('300');
  });

  it('extends an ascending auction by N minutes when a bid lands in its last N minutes (anti-sniping)', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { endsIn: 120, extensionMinutes: 5 });
    const bidder = await bidderOf(api);
    const before = await auction(auctionId, bidder);
    const after = (await bid(auctionId, bidder, '190').expect(201)).body;
    const placedAt = Date.parse(after.yourBids[0].placedAt);
    expect(Date.parse(after.endsAt)).toBe(placedAt + 5 * 60_000);
    expect(Date.parse(after.endsAt)).toBeGreaterThan(Date.parse(before.endsAt));
    // A bid well before the last 5 minutes leaves the end alone.
    const { auctionId: calm } = await auctionOf(api, cast.own, { endsIn: 3600, extensionMinutes: 5 });
    const untouched = await auction(calm, bidder);
    expect((await bid(calm, bidder, '190').expect(201)).body.endsAt).toBe(untouched.endsAt);
  });

  it('audits every bid, and takes none once the auction has ended', async () => {
    const { auctionId } = await auctionOf(api, cast.own);
    const bidder = await bidderOf(api);
    const requestId = randomUUID();
    await bid(auctionId, bidder, '190').set('X-Request-Id', requestId).expect(201);
    expect(await auditActionsOf(api, requestId)).toEqual(['projects.auction.bid_placed']);
    const [outbox] = await dataSourceOf(api).query(
      `SELECT payload FROM outbox_event WHERE type = 'projects.auction.bid_placed' AND payload->>'auctionId' = $1`,
      [auctionId],
    );
    expect(outbox.payload).toMatchObject({ amount: '190', bidderNumber: 1 });
    expect(JSON.stringify(outbox.payload)).not.toContain(bidder.buyerId);

    const { auctionId: over } = await auctionOf(api, cast.own, { endsIn: -60 });
    const late = await bid(over, bidder, '500').expect(409);
    expect(late.body).toMatchObject({ code: 'auction_not_open', phase: 'ended' });
  });

  it('closes an ended auction once: the best bid buys the lot at its price, and the sale names its buyer', async () => {
    const { steward, coordinator } = cast.users;
    const { auctionId, projectId } = await auctionOf(api, cast.own, { tonnes: 100, endsIn: 3600 });
    const [first, second] = [await bidderOf(api), await bidderOf(api)];
    await bid(auctionId, first, '480').expect(201);
    await bid(auctionId, second, '485').expect(201);
    const early = await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(steward.auth).expect(409);
    expect(early.body.code).toBe('auction_not_ended');
    await dataSourceOf(api).query(`UPDATE credit_auction SET ends_at = now() - interval '1 second' WHERE id = $1`, [auctionId]);

    const closed = (await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(coordinator.auth).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', phase: 'closed', clearingPrice: '485', currentPrice: '485', saleId: expect.any(String) });
    const sale = (await request(api.server).get(`/api/v1/sales/${closed.saleId}`).set(coordinator.auth).expect(200)).body;
    expect(sale).toMatchObject({ kind: 'auction', tonnes: 100, unitPrice: '485', currency: 'CNY', total: '48500', buyerId: second.buyerId });
    const credits = (await request(api.server).get(`/api/v1/projects/${projectId}/credits`).set(coordinator.auth).expect(200)).body;
    expect(credits).toEqual([{ vintage: 2024, issued: 130, buffer: 10, sold: 100, retired: 0, available: 20 }]);
    expect(await auction(auctionId, second)).toMatchObject({ youLead: true, clearingPrice: '485' });

    const again = await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(steward.auth).set('Accept-Language', 'zh-CN').expect(409);
    expect(again.body).toMatchObject({ code: 'auction_already_closed', phase: 'closed' });
    const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM credit_sale WHERE project_id = $1`, [projectId]);
    expect(count).toBe(1);
  });

  it('fails without a sale when nobody bid, or when the credits were sold meanwhile', async () => {
    const { steward, coordinator } = cast.users;
    const silent = await auctionOf(api, cast.own, { endsIn: -1 });
    expect((await request(api.server).post(`/api/v1/auctions/${silent.auctionId}/close`).set(steward.auth).expect(200)).body).toMatchObject({
      status: 'failed',
      failureReason: 'no_bids',
      saleId: null,
    });
    const soldOut = await auctionOf(api, cast.own, { tonnes: 100, endsIn: -1 });
    const bidder = await bidderOf(api);
    await bidOf(api, soldOut.auctionId, bidder.buyerId, '300');
    // A bilateral sale took 30 of the 120 t while the auction ran: 90 t cannot cover the lot of 100.
    await request(api.server)
      .post(`/api/v1/projects/${soldOut.projectId}/sales`)
      .set(coordinator.auth)
      .send({ vintage: 2024, tonnes: 30, unitPrice: '400', currency: 'CNY', saleDate: '2024-10-01', buyerId: await buyerOf(api), useOfProceeds: 'Patrols' })
      .expect(201);
    expect((await request(api.server).post(`/api/v1/auctions/${soldOut.auctionId}/close`).set(steward.auth).expect(200)).body).toMatchObject({
      status: 'failed',
      failureReason: 'credits_unavailable',
      clearingPrice: null,
    });
  });
});
