import request from 'supertest';
import { type Cast, createCast, dataSourceOf } from '../support/identity-fixtures';
import { auctionOf, bidderOf, buyerOf, issuedProject, saleOf } from '../support/projects-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

type Who = { auth: Record<string, string> };

/**
 * Bad input to every write of auctions, bids and sales: each answer is a 400 problem+json
 * naming the field and its rule in the caller's language, and nothing is written.
 */
describe(`auction and sale writes refuse bad input on the ${engineName()} engine`, () => {
  let api: TestApi;
  let cast: Cast;
  /** What this file writes is told apart from other files' rows (the server engine's database is shared). */
  const marker = `validation-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `${marker}@buyer.example.com`;
  let scope: { projectId: string; auctionId: string; saleId: string; buyerId: string };
  let write: Record<string, { who: () => Who; method: 'post' | 'put'; path: () => string; valid: object; headers?: Record<string, string> }>;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    const projectId = await issuedProject(api, cast.own, { tonnes: 130, buffer: 10 });
    const { auctionId } = await auctionOf(api, cast.own);
    const bidder = await bidderOf(api);
    const saleId = await saleOf(api, cast.own);
    const buyerId = await buyerOf(api);
    const { steward, coordinator } = cast.users;
    scope = { projectId, auctionId, saleId, buyerId };
    write = {
      openAuction: {
        who: () => coordinator,
        method: 'post',
        path: () => `/api/v1/projects/${projectId}/auctions`,
        valid: {
          vintage: 2024,
          tonnes: 10,
          reservePrice: '183',
          bidIncrement: '1',
          currency: 'CNY',
          mode: 'ascending',
          startsAt: '2029-09-01T02:00:00Z',
          endsAt: '2030-09-14T16:00:00+08:00',
          extensionMinutes: 5,
          useOfProceeds: 'Mangrove protection',
        },
      },
      placeBid: { who: () => bidder, method: 'post', path: () => `/api/v1/auctions/${auctionId}/bids`, valid: { amount: '190' } },
      registerBuyerOrganisation: {
        who: () => steward,
        method: 'post',
        path: () => '/api/v1/buyer-organisations',
        valid: { name: { en: 'Buyer' }, country: 'CN', contactName: 'Li Wei', contactEmail: email, publicConsent: false, locale: 'en' },
      },
      createSale: {
        who: () => coordinator,
        method: 'post',
        path: () => `/api/v1/projects/${projectId}/sales`,
        valid: { vintage: 2024, tonnes: 5, unitPrice: '400', currency: 'CNY', saleDate: '2024-10-01', buyerId, useOfProceeds: 'Patrols' },
      },
      retire: {
        who: () => coordinator,
        method: 'post',
        path: () => `/api/v1/sales/${saleId}/retirements`,
        valid: { tonnes: 1, beneficiary: 'Futian Mangrove Fund', purpose: 'Offset' },
      },
      createBuyer: { who: () => steward, method: 'post', path: () => '/api/v1/buyers', valid: { name: { en: 'Buyer' }, country: 'CN', contactEmail: email } },
      updateBuyer: {
        who: () => steward,
        method: 'put',
        path: () => `/api/v1/buyers/${buyerId}`,
        valid: { name: { en: 'Buyer' }, country: 'CN', contactEmail: email },
        headers: { 'If-Match': '"1"' },
      },
    };
  });
  afterAll(async () => api?.close());

  const NUL = 'Mangrove\u0000 protection';
  /** Every string field of every write with a NUL character, every whole number as "1e3", and the auction's own limits. */
  const cases: [write: string, field: string, value: unknown, rule: string][] = [
    ...(
      [
        ['openAuction', ['reservePrice', 'bidIncrement', 'currency', 'startsAt', 'endsAt', 'useOfProceeds']],
        ['placeBid', ['amount']],
        ['registerBuyerOrganisation', ['name.en', 'country', 'contactName', 'contactEmail', 'locale']],
        ['createSale', ['unitPrice', 'currency', 'saleDate', 'buyerId', 'useOfProceeds']],
        ['retire', ['beneficiary', 'purpose']],
        ['createBuyer', ['name.en', 'country', 'contactEmail']],
        ['updateBuyer', ['name.en', 'country', 'contactEmail']],
      ] as const
    ).flatMap(([name, fields]) => fields.map((field): [string, string, unknown, string] => [name, field, NUL, 'noNulCharacter'])),
    ...(
      [
        ['openAuction', ['vintage', 'tonnes', 'extensionMinutes']],
        ['createSale', ['vintage', 'tonnes']],
        ['retire', ['tonnes']],
      ] as const
    ).flatMap(([name, fields]) => fields.map((field): [string, string, unknown, string] => [name, field, '1e3', 'isInt'])),
    ['openAuction', 'bidIncrement', '99999999999999', 'max'],
    ['openAuction', 'startsAt', '2029-09-01T02:00:00', 'timestampWithOffset'],
    ['openAuction', 'endsAt', '2030-09-14T08:00', 'timestampWithOffset'],
    ['openAuction', 'endsAt', '2030-09-14', 'timestampWithOffset'],
    ['placeBid', 'amount', '1e3', 'matches'],
    ['placeBid', 'amount', '100000000000000', 'matches'],
  ];

  const withField = (body: object, field: string, value: unknown): object => {
    const [head, ...rest] = field.split('.');
    const record = body as Record<string, unknown>;
    return { ...record, [head!]: rest.length ? withField(record[head!] as object, rest.join('.'), value) : value };
  };

  async function rowCounts(): Promise<Record<string, number>> {
    const [counts] = await dataSourceOf(api).query(
      `SELECT (SELECT count(*)::int FROM credit_auction WHERE project_id = $1) AS auctions, (SELECT count(*)::int FROM credit_bid WHERE auction_id = $2) AS bids,
              (SELECT count(*)::int FROM credit_sale WHERE project_id = $1) AS sales, (SELECT count(*)::int FROM credit_retirement WHERE sale_id = $3) AS retirements,
              (SELECT count(*)::int FROM credit_buyer WHERE contact_email = $5) AS buyers, (SELECT count(*)::int FROM app_user WHERE email = $5) AS users,
              (SELECT version FROM credit_buyer WHERE id = $4) AS "buyerVersion"`,
      [scope.projectId, scope.auctionId, scope.saleId, scope.buyerId, email],
    );
    return counts;
  }

  it('answers each bad value with a 400 naming the field and its rule, translated, and writes nothing', async () => {
    const before = await rowCounts();
    const wrong: string[] = [];
    for (const [[name, field, value, rule], language] of cases.map((item, index) => [item, ['en', 'zh-CN', 'pt-BR'][index % 3]!] as const)) {
      const target = write[name]!;
      const answer = await request(api.server)
        [target.method](target.path())
        .set(target.who().auth)
        .set(target.headers ?? {})
        .set('Accept-Language', language)
        .send(withField(target.valid, field, value));
      const named = answer.body?.errors?.[0];
      const ok =
        answer.status === 400 &&
        String(answer.headers['content-type']).startsWith('application/problem+json') &&
        answer.body.errors.length === 1 &&
        named?.field === field &&
        named?.rule === rule &&
        typeof named?.message === 'string' &&
        named.message.includes(field) &&
        answer.headers['content-language'] === language;
      if (!ok) wrong.push(`${name} ${field}=${JSON.stringify(value)} (${language}): ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    expect(wrong).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it('takes the valid bodies of the table (the table tests the values, not the bodies)', async () => {
    for (const name of ['openAuction', 'placeBid', 'createSale', 'retire']) {
      const target = write[name]!;
      const answer = await request(api.server)[target.method](target.path()).set(target.who().auth).send(target.valid);
      expect([name, answer.status]).toEqual([name, 201]);
    }
  });

  it('keeps every minimum it offers a price a bid may have: a bid that would leave none is refused', async () => {
    const { auctionId } = await auctionOf(api, cast.own, { reserve: '183', increment: '1000' });
    const bidder = await bidderOf(api);
    const top = await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(bidder.auth).send({ amount: '99999999999999' }).expect(400);
    expect(top.body.errors).toEqual([{ field: 'amount', rule: 'max', message: 'amount must be at most 99999999998999.999999.' }]);
    const view = (await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(bidder.auth).send({ amount: '99999999998999.999999' }).expect(201))
      .body;
    expect(view.minimumNextBid).toBe('99999999999999.999999');
    expect(view.minimumNextBid).toMatch(/^\d{1,14}(\.\d{1,6})?$/);
  });
});
