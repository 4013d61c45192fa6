import request from 'supertest';
import { createUser, dataSourceOf, signIn } from '../support/identity-fixtures';
import { acceptedPartner, stepId, stewardSide, type TestPartner, uploadFile } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`onboarding access and concurrency on the ${engineName()} engine`, () => {
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;
  let enping: TestPartner;
  let niteroi: TestPartner;

  beforeAll(async () => {
    api = await startTestApi();
    people = await stewardSide(api);
    enping = await acceptedPartner(api, people.steward);
    niteroi = await acceptedPartner(api, people.steward);
  });
  afterAll(() => api.close());

  it("keeps Niterói's case, steps, evidence and comments invisible to Enping (404, audited)", async () => {
    const step = await stepId(api, niteroi.caseId, 'focal_point', niteroi.coordinator.auth);
    const evidence = await uploadFile(api, step, niteroi.coordinator.auth, Buffer.from('%PDF niteroi')).expect(201);
    const as = enping.coordinator.auth;
    await request(api.server).get(`/api/v1/onboarding/cases/${niteroi.caseId}`).set(as).set('X-Request-Id', `peek-${niteroi.caseId}`).expect(404);
    await request(api.server).get(`/api/v1/onboarding/steps/${step}/evidence`).set(as).expect(404);
    await request(api.server).get(`/api/v1/onboarding/evidence/${evidence.body.id}/content`).set(as).expect(404);
    await request(api.server).get(`/api/v1/onboarding/steps/${step}/comments`).set(as).expect(404);
    await request(api.server).post(`/api/v1/onboarding/steps/${step}/comments`).set(as).send({ body: 'hello' }).expect(404);
    await request(api.server).post(`/api/v1/onboarding/steps/${step}/submit`).set(as).expect(404);
    await uploadFile(api, step, as, Buffer.from('%PDF intruder')).expect(404);
    await request(api.server).get(`/api/v1/onboarding/applications/${niteroi.applicationId}`).set(as).expect(404);
    await request(api.server).get(`/api/v1/onboarding/jurisdictions/${niteroi.jurisdictionId}`).set(as).expect(404);
    const cases = await request(api.server).get('/api/v1/onboarding/cases').set(as).expect(200);
    expect(cases.body.items.map((row: { id: string }) => row.id)).toEqual([enping.caseId]);
    await request(api.server).get('/api/v1/onboarding/overview').set(as).expect(403);
    const [denial] = await dataSourceOf(api).query(`SELECT action, after FROM audit_event WHERE request_id = $1`, [`peek-${niteroi.caseId}`]);
    expect(denial).toMatchObject({ action: 'identity.access.denied', after: expect.objectContaining({ decision: 'not_found' }) });
    // Niterói itself sees all of it.
    await request(api.server).get(`/api/v1/onboarding/cases/${niteroi.caseId}`).set(niteroi.coordinator.auth).expect(200);
  });

  it('lets ICLEI see every partner and change nothing', async () => {
    const as = people.observer.auth;
    const step = await stepId(api, enping.caseId, 'focal_point', as);
    await request(api.server).get(`/api/v1/onboarding/cases/${niteroi.caseId}`).set(as).expect(200);
    await request(api.server).get(`/api/v1/onboarding/applications/${enping.applicationId}`).set(as).expect(200);
    const overview = await request(api.server).get('/api/v1/onboarding/overview').set(as).expect(200);
    const codes = overview.body.partners.map((partner: { code: string }) => partner.code);
    expect(codes).toEqual(expect.arrayContaining([enping.code, niteroi.code]));

    await uploadFile(api, step, as, Buffer.from('%PDF iclei')).expect(403);
    for (const action of ['submit', 'approve']) await request(api.server).post(`/api/v1/onboarding/steps/${step}/${action}`).set(as).expect(403);
    for (const action of ['waive', 'request-changes']) {
      await request(api.server).post(`/api/v1/onboarding/steps/${step}/${action}`).set(as).send({ reason: 'x' }).expect(403);
    }
    await request(api.server).post(`/api/v1/onboarding/applications/${enping.applicationId}/accept`).set(as).expect(403);
    await request(api.server)
      .patch(`/api/v1/onboarding/jurisdictions/${enping.jurisdictionId}`)
      .set(as)
      .set('If-Match', '"1"')
      .send({ status: 'suspended' })
      .expect(403);
    await request(api.server).post('/api/v1/onboarding/playbooks').set(as).send({ key: 'iclei-playbook' }).expect(403);
    // Discussing is what ICLEI is there for: a comment is not a city's record.
    await request(api.server).post(`/api/v1/onboarding/steps/${step}/comments`).set(as).send({ body: 'Great progress, **Enping**!' }).expect(201);
    const after = await request(api.server).get(`/api/v1/onboarding/cases/${enping.caseId}`).set(as).expect(200);
    expect(after.body.steps[0].state).toBe('open');
  });

  it('lets one of two coordinators submitting the same step at once win; the other gets 409 and no evidence is lost', async () => {
    const partner = await acceptedPartner(api, people.steward);
    const step = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    const colleague = await createUser(api, { organisation: partner.organisation, role: 'coordinator' });
    const colleagueSession = await signIn(api, colleague);

    const files = [Buffer.from('%PDF from coordinator one'), Buffer.from('%PDF from coordinator two')];
    const [one, two] = await Promise.all([
      uploadFile(api, step, partner.coordinator.auth, files[0], 'one.pdf'),
      uploadFile(api, step, colleagueSession.auth, files[1], 'two.pdf'),
    ]);
    expect([one.status, two.status]).toEqual([201, 201]);
    const results = await Promise.all([
      request(api.server).post(`/api/v1/onboarding/steps/${step}/submit`).set(partner.coordinator.auth),
      request(api.server).post(`/api/v1/onboarding/steps/${step}/submit`).set(colleagueSession.auth),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const loser = results.find((result) => result.status === 409)!;
    expect(loser.body).toMatchObject({ code: 'step_transition_not_allowed', currentState: 'submitted' });

    const evidence = await request(api.server).get(`/api/v1/onboarding/steps/${step}/evidence`).set(people.steward.auth).expect(200);
    expect(evidence.body.map((row: { fileName: string }) => row.fileName).sort()).toEqual(['one.pdf', 'two.pdf']);
    const [submitted] = await dataSourceOf(api).query(`SELECT after FROM audit_event WHERE action = 'onboarding.step.submitted' AND subject_id = $1`, [step]);
    expect(submitted.after.evidenceIds.sort()).toEqual([one.body.id, two.body.id].sort());
  });
});
