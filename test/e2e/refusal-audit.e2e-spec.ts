import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { REFUSAL_AUDITS_PER_MINUTE } from '@bluecarbon/platform';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { acceptedPartner, stepId, stewardSide, type TestPartner } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`every refused request leaves an audit row, within a bound, on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let api: TestApi;
  let dataSource: DataSource;
  let steward: Awaited<ReturnType<typeof stewardSide>>['steward'];
  let partner: TestPartner;
  let openStep: string;

  beforeAll(async () => {
    // The bound counts per address, and every test file calls from 127.0.0.1: own counters.
    database = await isolatedDatabase();
    // One trusted proxy hop: X-Forwarded-For gives a request its client address.
    api = await startTestApi({ ...database.overrides, EVIDENCE_MAX_BYTES: '1024', TRUST_PROXY: '1' });
    dataSource = dataSourceOf(api);
    ({ steward } = await stewardSide(api));
    // Uploads are refused by size only once the caller may add evidence to the step.
    partner = await acceptedPartner(api, steward);
    openStep = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
  });
  afterAll(async () => {
    await api.close();
    await database.drop();
  });
  beforeEach(() => dataSource.query(`DELETE FROM rate_limit_counter WHERE key LIKE 'audit-refusal:%'`));

  const refusalsOf = (requestId: string): Promise<{ action: string; after: { status: number; code: string }; ip: string; subject_id: string }[]> =>
    dataSource.query(`SELECT action, after, ip, subject_id FROM audit_event WHERE request_id = $1`, [requestId]);

  async function subscription(): Promise<{ id: string }> {
    const created = await request(api.server)
      .post('/api/v1/onboarding/webhooks')
      .set(steward.auth)
      .send({ organisationId: steward.organisationId, url: 'http://127.0.0.1:9/hooks' })
      .expect(201);
    return created.body;
  }

  it.each([
    [
      'a junk access token',
      401,
      'unauthorized',
      (id: string) => request(api.server).get('/api/v1/onboarding/webhooks').set('Authorization', 'Bearer junk.junk.junk').set('X-Request-Id', id),
    ],
    [
      'a bad refresh token',
      401,
      'invalid_refresh_token',
      (id: string) => request(api.server).post('/api/v1/auth/refresh').set('X-Request-Id', id).send({ refreshToken: 'guessed-refresh-token' }),
    ],
    [
      'an invitation-token guess',
      404,
      'invitation_not_found',
      (id: string) =>
        request(api.server)
          .post('/api/v1/invitations/accept')
          .set('X-Request-Id', id)
          .send({ token: 'guessed-invitation-token', password: 'mangroves grow in brackish water', displayName: 'Guesser' }),
    ],
    [
      'an upload of a refused type',
      415,
      'unsupported_media_type',
      (id: string) =>
        request(api.server)
          .post(`/api/v1/onboarding/steps/${randomUUID()}/evidence/files`)
          .query({ fileName: 'tool.exe' })
          .set(steward.auth)
          .set('X-Request-Id', id)
          .set('Content-Type', 'application/x-msdownload')
          .send(Buffer.from('MZ')),
    ],
    [
      'an upload over the evidence limit',
      413,
      'evidence_too_large',
      (id: string) =>
        request(api.server)
          .post(`/api/v1/onboarding/steps/${openStep}/evidence/files`)
          .query({ fileName: 'letter.pdf' })
          .set(partner.coordinator.auth)
          .set('X-Request-Id', id)
          .set('Content-Type', 'application/pdf')
          .send(Buffer.alloc(4096, 1)),
    ],
  ])('audits %s (%i %s)', async (_name, status, code, send) => {
    const requestId = randomUUID();
    const response = await send(requestId);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(await refusalsOf(requestId)).toEqual([expect.objectContaining({ action: 'http.request.refused', after: { status, code }, ip: expect.any(String) })]);
  });

  it.each([
    ['a stale If-Match', '"99"', 412, 'precondition_failed'],
    ['a missing If-Match', undefined, 428, 'precondition_required'],
  ])('audits a write with %s', async (_name, ifMatch, status, code) => {
    const { id } = await subscription();
    const requestId = randomUUID();
    let call = request(api.server).patch(`/api/v1/onboarding/webhooks/${id}`).set(steward.auth).set('X-Request-Id', requestId);
    if (ifMatch) call = call.set('If-Match', ifMatch);
    await call.send({ active: false }).expect(status);
    expect(await refusalsOf(requestId)).toEqual([
      expect.objectContaining({ action: 'http.request.refused', after: { status, code }, subject_id: 'PATCH /api/v1/onboarding/webhooks/:id' }),
    ]);
  });

  it('writes the access policy refusal only once', async () => {
    const { id } = await subscription();
    const requestId = randomUUID();
    const outsider = await stewardSide(api);
    await request(api.server).get(`/api/v1/onboarding/webhooks/${id}/deliveries`).set(outsider.observer.auth).set('X-Request-Id', requestId).expect(404);
    expect((await refusalsOf(requestId)).map((row) => row.action)).toEqual(['identity.access.denied']);
  });

  it(`keeps at most ${REFUSAL_AUDITS_PER_MINUTE} rows a minute for a flood of 401s from one address`, async () => {
    const marker = randomUUID();
    for (let i = 0; i < REFUSAL_AUDITS_PER_MINUTE + 15; i += 1) {
      await request(api.server).get('/api/v1/onboarding/webhooks').set('Authorization', 'Bearer junk').set('X-Request-Id', `${marker}-${i}`).expect(401);
    }
    const [{ rows }] = await dataSource.query(
      `SELECT count(*)::int AS rows FROM audit_event WHERE action = 'http.request.refused' AND starts_with(request_id, $1)`,
      [marker],
    );
    expect(rows).toBe(REFUSAL_AUDITS_PER_MINUTE);
  });

  it("counts an IPv6 client's whole /64 as one address, so fresh addresses bring no fresh rows", async () => {
    const marker = randomUUID();
    const network = `2001:db8:${marker.slice(0, 4)}:${marker.slice(4, 8)}`;
    for (let i = 0; i < REFUSAL_AUDITS_PER_MINUTE + 15; i += 1) {
      await request(api.server)
        .get('/api/v1/onboarding/webhooks')
        .set('Authorization', 'Bearer junk')
        .set('X-Forwarded-For', `${network}::${(i + 1).toString(16)}`)
        .set('X-Request-Id', `${marker}-${i}`)
        .expect(401);
    }
    const [{ rows }] = await dataSource.query(
      `SELECT count(*)::int AS rows FROM audit_event WHERE action = 'http.request.refused' AND starts_with(request_id, $1)`,
      [marker],
    );
    expect(rows).toBe(REFUSAL_AUDITS_PER_MINUTE);
  });
});
