import request from 'supertest';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { FUTIAN_2023_AUCTION, seedDemoAuctions } from '@bluecarbon/projects';
import { type Cast, createCast, dataSourceOf, signIn } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { issuedProject } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

const DEMO_PASSWORD = 'BlueCarbon-Demo-2024!';

describe('demo auctions: Futian’s 2023 auction closed with its sale, and one open for the demo buyer', () => {
  let api: TestApi;
  let cast: Cast;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // Identity's demo data is found by name: keep it out of the shared database.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    cast = await createCast(api);
    const hasher = new PasswordHasher();
    await seedDemoData(dataSourceOf(api), DEMO_PASSWORD, (password) => hasher.hash(password));
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('records 3,756 t cleared at CNY 485/t over a CNY 183 reserve, and lets buyer@bluecarbon.demo bid in the open one', async () => {
    // Stands in for Futian's seeded project: 2023 credits issued, 4,500 t for sale.
    const futianProjectId = await issuedProject(api, cast.own, { vintage: 2023, tonnes: 5000, buffer: 500 });
    const seed = () => dataSourceOf(api).transaction((manager) => seedDemoAuctions(manager, { futianProjectId, vintage: 2023 }));
    expect(await seed()).toEqual({ auctions: 2 });
    expect(await seed()).toEqual({ auctions: 0 });

    const { steward } = cast.users;
    // Both were made in one transaction (one created_at): closed first, by status.
    const listed = (await request(api.server).get(`/api/v1/auctions?projectId=${futianProjectId}`).set(steward.auth).expect(200)).body.items.sort(
      (a: { status: string }, b: { status: string }) => a.status.localeCompare(b.status),
    );
    expect(listed).toEqual([
      expect.objectContaining({
        status: 'closed',
        tonnes: 3756,
        reservePrice: '183',
        clearingPrice: '485',
        currency: 'CNY',
        source: FUTIAN_2023_AUCTION.source,
      }),
      expect.objectContaining({ status: 'open', phase: 'open', mode: 'ascending', tonnes: 500, minimumNextBid: '183', extensionMinutes: 5 }),
    ]);
    const sale = (await request(api.server).get(`/api/v1/sales/${listed[0].saleId}`).set(steward.auth).expect(200)).body;
    expect(sale).toMatchObject({ kind: 'auction', tonnes: 3756, unitPrice: '485', total: '1821660', saleDate: '2023-09-14' });

    const buyer = await signIn(api, { email: 'buyer@bluecarbon.demo', password: DEMO_PASSWORD });
    const bid = await request(api.server).post(`/api/v1/auctions/${listed[1].id}/bids`).set(buyer.auth).send({ amount: '190' }).expect(201);
    expect(bid.body).toMatchObject({ currentPrice: '190', youLead: true });
  });
});
