import request from 'supertest';
import { OutboxRelay } from '@bluecarbon/platform';
import { type Cast, createCast, dataSourceOf, uniqueSuffix } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { auctionOf } from '../support/projects-fixtures';
import { decodeBody, decodeSubject, startSmtp } from '../support/smtp';
import { startTestApi, type TestApi } from '../support/test-app';

describe('buyer organisations: registered by the steward, their contact invited to bid', () => {
  let api: TestApi;
  let cast: Cast;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay claims every pending event: other test files' events must be out of reach.
    database = await isolatedDatabase();
    api = await startTestApi({ ...database.overrides, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: 'https://portal.example.org' });
    cast = await createCast(api);
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await database?.drop();
  });

  it('registers a buyer that signs in and bids; the auction’s sale names it', async () => {
    const email = `carbon.${uniqueSuffix()}@buyer.example.com`;
    const body = {
      name: { en: 'Shenzhen Harbour Logistics', 'zh-CN': '深圳港口物流' },
      country: 'CN',
      contactName: 'Chen Jing',
      contactEmail: email,
      locale: 'zh-CN',
    };
    for (const who of [cast.users.coordinator, cast.users.observer, cast.users.bidder]) {
      await request(api.server).post('/api/v1/buyer-organisations').set(who.auth).send(body).expect(403);
    }
    const registered = (await request(api.server).post('/api/v1/buyer-organisations').set(cast.users.steward.auth).send(body).expect(201)).body;
    expect(registered).toMatchObject({ contactName: 'Chen Jing', contactEmail: email, organisationId: expect.any(String), invitationId: expect.any(String) });
    const [organisation] = await dataSourceOf(api).query(`SELECT kind FROM organisation WHERE id = $1`, [registered.organisationId]);
    expect(organisation.kind).toBe('buyer');
    // The existing buyers API shows it like any other buyer, with its organisation.
    const listed = (await request(api.server).get(`/api/v1/buyers/${registered.id}`).set(cast.users.coordinator.auth).expect(200)).body;
    expect(listed).toMatchObject({ organisationId: registered.organisationId, name: body.name });

    await api.app.get(OutboxRelay).runOnce();
    const mail = smtp.mails.find((candidate) => candidate.to.includes(email));
    expect(mail && decodeSubject(mail.raw)).toContain('邀请您加入蓝碳门户');
    const token = /token=([A-Za-z0-9_-]+)/.exec(decodeBody(mail!.raw))?.[1];
    const password = 'mangrove credits for the harbour';
    const accepted = await request(api.server).post('/api/v1/invitations/accept').send({ token, password, displayName: 'Chen Jing' }).expect(201);
    expect(accepted.body).toMatchObject({ organisationId: registered.organisationId, role: 'bidder' });
    const login = await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };

    const { auctionId } = await auctionOf(api, cast.own, { tonnes: 50 });
    expect((await request(api.server).post(`/api/v1/auctions/${auctionId}/bids`).set(auth).send({ amount: '485' }).expect(201)).body).toMatchObject({
      youLead: true,
      currentPrice: '485',
    });
    // The bidder reads auctions and shared records, and writes nothing else.
    await request(api.server).get('/api/v1/auctions').set(auth).expect(200);
    await request(api.server)
      .post('/api/v1/buyers')
      .set(auth)
      .send({ name: { en: 'Mine' } })
      .expect(403);

    await dataSourceOf(api).query(`UPDATE credit_auction SET ends_at = now() - interval '1 second' WHERE id = $1`, [auctionId]);
    const closed = (await request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(cast.users.steward.auth).expect(200)).body;
    const sale = (await request(api.server).get(`/api/v1/sales/${closed.saleId}`).set(cast.users.coordinator.auth).expect(200)).body;
    expect(sale).toMatchObject({ kind: 'auction', buyerId: registered.id, tonnes: 50, unitPrice: '485', total: '24250' });
  });
});
