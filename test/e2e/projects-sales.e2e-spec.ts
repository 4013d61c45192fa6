import request from 'supertest';
import { type Cast, createCast, dataSourceOf, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { buyerOf, issuedProject } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/** A day no earlier run used: FX rates are unique per currency and date, and the server database persists. */
function unusedDay(offset = 0): string {
  const base = Date.UTC(1950, 0, 1) + (Math.floor(Math.random() * 30_000) * 2 + offset) * 86_400_000;
  return new Date(base).toISOString().slice(0, 10);
}

describe('credit sales and retirement', () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'coordinator');
  });
  afterAll(async () => api?.close());

  const sell = (projectId: string, who: SignedInUser, body: object) => request(api.server).post(`/api/v1/projects/${projectId}/sales`).set(who.auth).send(body);
  const lot = (buyerId: string, tonnes: number) => ({
    vintage: 2024,
    tonnes,
    unitPrice: '485',
    currency: 'CNY',
    saleDate: '2024-09-14',
    buyerId,
    useOfProceeds: 'Mangrove protection',
  });
  const credits = async (projectId: string) =>
    (await request(api.server).get(`/api/v1/projects/${projectId}/credits`).set(cast.users.coordinator.auth).expect(200)).body;

  it('20 concurrent purchases of the last 100 t in lots of 10: exactly 10 succeed, the rest 409; sold never exceeds available', async () => {
    const buyerId = await buyerOf(api);
    // 130 issued, 10 held in the buffer, 20 sold already: the last 100 t are for sale.
    const projectId = await issuedProject(api, cast.own, { tonnes: 130, buffer: 10 });
    await sell(projectId, cast.users.coordinator, lot(buyerId, 20)).expect(201);
    const answers = await Promise.all(Array.from({ length: 20 }, () => sell(projectId, cast.users.coordinator, lot(buyerId, 10))));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(10);
    expect(answers.find((answer) => answer.status === 409)!.body).toMatchObject({ code: 'credits_unavailable', availableTonnes: 0, requestedTonnes: 10 });
    expect(await credits(projectId)).toEqual([{ vintage: 2024, issued: 130, buffer: 10, sold: 120, retired: 0, available: 0 }]);
    const [sum] = await dataSourceOf(api).query(`SELECT sum(tonnes)::int AS sold FROM credit_sale WHERE project_id = $1`, [projectId]);
    expect(sum.sold).toBe(120);
    // Every tonne sold has its own serial: the 11 ranges tile 1–120 (the buffer keeps 121–130).
    const ranges = answers
      .filter((answer) => answer.status === 201)
      .map((answer) => answer.body.serials)
      .map(({ first, last }: { first: string; last: string }) => [Number(first.slice(-9)), Number(last.slice(-9))])
      .sort((a: number[], b: number[]) => a[0]! - b[0]!);
    expect(ranges).toEqual(Array.from({ length: 10 }, (_, i) => [21 + i * 10, 30 + i * 10]));
  });

  it('names every tonne sold and retired: contiguous ranges, never overlapping, retired serials never sold again', async () => {
    const { coordinator } = cast.users;
    const buyerId = await buyerOf(api);
    const projectId = await issuedProject(api, cast.own, { tonnes: 60, buffer: 6 });
    const first = (await sell(projectId, coordinator, lot(buyerId, 20)).expect(201)).body;
    expect(first.serials).toEqual({ first: 'BCP-TEST-2024-000000001', last: 'BCP-TEST-2024-000000020' });
    const retire = (saleId: string, tonnes: number) =>
      request(api.server).post(`/api/v1/sales/${saleId}/retirements`).set(coordinator.auth).send({ tonnes, beneficiary: 'Futian Mangrove Fund' });
    const retirements = await Promise.all([retire(first.id, 4), retire(first.id, 4), retire(first.id, 4)]);
    const retired = retirements.map((answer) => answer.body.serials.first.slice(-9) + '–' + answer.body.serials.last.slice(-9)).sort();
    expect(retired).toEqual(['000000001–000000004', '000000005–000000008', '000000009–000000012']);
    // The rest of the vintage, in several sales at once, takes 21–54; nothing reaches back into 1–20 nor into the buffer's 55–60.
    const rest = await Promise.all([15, 10, 9].map((tonnes) => sell(projectId, coordinator, lot(buyerId, tonnes))));
    expect(rest.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const serials = rest
      .map((answer) => [Number(answer.body.serials.first.slice(-9)), Number(answer.body.serials.last.slice(-9))])
      .sort((a, b) => a[0]! - b[0]!);
    expect(serials[0]![0]).toBe(21);
    expect(serials.at(-1)![1]).toBe(54);
    serials.slice(1).forEach((range, i) => expect(range[0]).toBe(serials[i]![1]! + 1));
    await sell(projectId, coordinator, lot(buyerId, 1)).expect(409);
    const read = await request(api.server).get(`/api/v1/sales/${first.id}`).set(coordinator.auth).expect(200);
    expect(read.body.retirements.map((r: { serials: { first: string } }) => r.serials.first).sort()).toEqual([
      'BCP-TEST-2024-000000001',
      'BCP-TEST-2024-000000005',
      'BCP-TEST-2024-000000009',
    ]);
  });

  it('records a bilateral sale with an exact price, its USD value at the rate of the day, and refuses what is not there', async () => {
    const { coordinator, steward } = cast.users;
    const buyerId = await buyerOf(api);
    const projectId = await issuedProject(api, cast.own, { tonnes: 50, buffer: 5 });
    const rateDay = unusedDay();
    const saleDate = new Date(Date.parse(rateDay) + 86_400_000).toISOString().slice(0, 10);
    const rate = { currency: 'ISK', date: rateDay };
    await request(api.server)
      .post('/api/v1/fx-rates')
      .set(coordinator.auth)
      .send({ ...rate, usdPerUnit: '0.1406' })
      .expect(403);
    await request(api.server)
      .post('/api/v1/fx-rates')
      .set(steward.auth)
      .send({ ...rate, usdPerUnit: '0.1406', source: 'test' })
      .expect(201);
    await request(api.server)
      .post('/api/v1/fx-rates')
      .set(steward.auth)
      .send({ ...rate, usdPerUnit: '0.2' })
      .expect(409);

    const sold = await sell(projectId, coordinator, { ...lot(buyerId, 3), unitPrice: '0.1', currency: 'ISK', saleDate }).expect(201);
    // 0.1 × 3 is 0.3 exactly; the rate of the day before stands for the sale date.
    expect(sold.body).toMatchObject({
      tonnes: 3,
      unitPrice: '0.1',
      total: '0.3',
      currency: 'ISK',
      usd: { rateDate: rateDay, usdPerUnit: '0.1406', total: '0.04' },
    });
    const priced = await sell(projectId, coordinator, { ...lot(buyerId, 7), currency: 'ISK', saleDate }).expect(201);
    expect(priced.body).toMatchObject({ total: '3395', usd: { unitPrice: '68.19', total: '477.34' } });

    const refusals = await Promise.all([
      sell(projectId, coordinator, { ...lot(buyerId, 1), currency: 'XYZ' }),
      sell(projectId, coordinator, { ...lot(buyerId, 1), unitPrice: '4.85e2' }),
      sell(projectId, coordinator, lot('00000000-0000-4000-8000-000000000000', 1)),
      sell(projectId, coordinator, { ...lot(buyerId, 1), vintage: 2025 }),
      sell(projectId, coordinator, lot(buyerId, 36)),
    ]);
    expect(refusals.map((answer) => [answer.status, answer.body.errors?.[0]?.rule ?? answer.body.code])).toEqual([
      [400, 'currencyCode'],
      [400, 'matches'],
      [400, 'knownBuyer'],
      [409, 'credits_unavailable'],
      [409, 'credits_unavailable'],
    ]);
    expect(await credits(projectId)).toEqual([{ vintage: 2024, issued: 50, buffer: 5, sold: 10, retired: 0, available: 35 }]);
  });

  it('lets only the project’s city record a sale; ICLEI reads it', async () => {
    const buyerId = await buyerOf(api);
    const projectId = await issuedProject(api, cast.own, { tonnes: 20, buffer: 0 });
    for (const who of [cast.users.observer, cast.users.steward, neighbour, cast.users.translator]) await sell(projectId, who, lot(buyerId, 1)).expect(403);
    const sold = await sell(projectId, cast.users.contributor, lot(buyerId, 1)).expect(201);
    await request(api.server).get(`/api/v1/sales/${sold.body.id}`).set(cast.users.observer.auth).expect(200);
    const listed = await request(api.server).get(`/api/v1/projects/${projectId}/sales`).set(cast.users.observer.auth).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([sold.body.id]);
  });

  it('retires tonnes of a sale for a beneficiary once and for all, also when two retire the last tonnes at once', async () => {
    const { coordinator } = cast.users;
    const projectId = await issuedProject(api, cast.own, { tonnes: 20, buffer: 0 });
    const sale = (await sell(projectId, coordinator, lot(await buyerOf(api), 10)).expect(201)).body;
    const retire = (tonnes: number, who: SignedInUser = coordinator) =>
      request(api.server)
        .post(`/api/v1/sales/${sale.id}/retirements`)
        .set(who.auth)
        .send({ tonnes, beneficiary: 'Futian Mangrove Fund', purpose: 'Offset 2024' });
    await retire(1, cast.users.observer).expect(403);
    await retire(1, neighbour).expect(403);
    expect((await retire(5).expect(201)).body).toMatchObject({ tonnes: 5, vintage: 2024, beneficiary: 'Futian Mangrove Fund' });
    expect((await retire(6).expect(409)).body).toMatchObject({ code: 'retirement_exceeds_sale', unretiredTonnes: 5 });
    const race = await Promise.all([retire(5), retire(5)]);
    expect(race.map((answer) => answer.status).sort()).toEqual([201, 409]);
    // Retired tonnes stay sold: what is available does not grow back.
    expect(await credits(projectId)).toEqual([{ vintage: 2024, issued: 20, buffer: 0, sold: 10, retired: 10, available: 10 }]);
    const read = await request(api.server).get(`/api/v1/sales/${sale.id}`).set(coordinator.auth).expect(200);
    expect(read.body).toMatchObject({ retiredTonnes: 10, retirements: [{ tonnes: 5 }, { tonnes: 5 }] });
  });

  it('imports FX rates from CSV all or nothing, naming each bad line', async () => {
    const { steward } = cast.users;
    const day = unusedDay();
    const refused = await request(api.server)
      .post('/api/v1/fx-rates/import')
      .set(steward.auth)
      .set('Accept-Language', 'zh-CN')
      .send({ csv: `currency,date,usd_per_unit\nBRL,${day},0.2031\nBRL,2023-02-30,0.2` })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'csv[3]', rule: 'fxDate', message: expect.stringMatching(/[\u4e00-\u9fff]/) })]);
    const imported = await request(api.server)
      .post('/api/v1/fx-rates/import')
      .set(steward.auth)
      .send({ csv: `BRL,${day},0.2031,BCB PTAX\nUSD,${day},1` })
      .expect(201);
    expect(imported.body).toEqual({ imported: 2, skipped: 0 });
    const again = await request(api.server)
      .post('/api/v1/fx-rates/import')
      .set(steward.auth)
      .send({ csv: `BRL,${day},0.2031` })
      .expect(201);
    expect(again.body).toEqual({ imported: 0, skipped: 1 });
    const listed = await request(api.server).get('/api/v1/fx-rates?currency=BRL&limit=100').set(cast.users.observer.auth).expect(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ currency: 'BRL', date: day, usdPerUnit: '0.2031', source: 'BCB PTAX' })]),
    );
  });
});
