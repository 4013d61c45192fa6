import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { auditActionsOf, createOrganisation, dataSourceOf, signIn } from '../support/identity-fixtures';
import { applicationBody, stewardSide } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/** Accepting an application provisions the partner through identity's own services, in one transaction. */
describe(`onboarding: a partner's organisation and coordinator invitation through identity on the ${engineName()} engine`, () => {
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;

  beforeAll(async () => {
    api = await startTestApi();
    people = await stewardSide(api);
  });
  afterAll(() => api.close());

  async function applyAndAccept(body = applicationBody()) {
    const applied = await request(api.server).post('/api/v1/onboarding/applications').send(body).expect(201);
    const requestId = randomUUID();
    const accepted = await request(api.server)
      .post(`/api/v1/onboarding/applications/${applied.body.id}/accept`)
      .set(people.steward.auth)
      .set('X-Request-Id', requestId)
      .expect(200);
    return { body, applied: applied.body, accepted: accepted.body, requestId };
  }

  it("creates the organisation and invites the contact with identity's audit, and identity's accept endpoint honours the invitation", async () => {
    const { body, accepted, requestId } = await applyAndAccept();
    expect(await auditActionsOf(api, requestId)).toEqual(
      expect.arrayContaining(['identity.organisation.created', 'identity.invitation.created', 'onboarding.application.accepted', 'onboarding.case.opened']),
    );
    const dataSource = dataSourceOf(api);
    const [organisation] = await dataSource.query(`SELECT kind, jurisdiction_code, jurisdiction_id FROM organisation WHERE id = $1`, [accepted.organisationId]);
    expect(organisation).toEqual({ kind: 'jurisdiction', jurisdiction_code: body.jurisdictionCode, jurisdiction_id: accepted.application.jurisdictionId });
    const [invitation] = await dataSource.query(`SELECT email, role, locale, invited_by FROM invitation WHERE id = $1`, [accepted.invitationId]);
    expect(invitation).toEqual({ email: body.contactEmail, role: 'coordinator', locale: 'pt-BR', invited_by: people.steward.id });

    const [event] = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'identity.invitation.created' AND payload->>'invitationId' = $1`, [
      accepted.invitationId,
    ]);
    const password = 'mangroves hold the coast together';
    const joined = await request(api.server)
      .post('/api/v1/invitations/accept')
      .send({ token: event.payload.token, password, displayName: 'Ana Souza' })
      .expect(201);
    expect(joined.body).toMatchObject({ organisationId: accepted.organisationId, role: 'coordinator' });
    await request(api.server).post('/api/v1/invitations/accept').send({ token: event.payload.token, password, displayName: 'Ana Souza' }).expect(410);

    // The new coordinator works on the city's own case.
    const coordinator = await signIn(api, { email: body.contactEmail, password });
    await request(api.server).get(`/api/v1/onboarding/cases/${accepted.caseId}`).set(coordinator.auth).expect(200);
  });

  it('links an organisation an admin created for the code before the city applied, instead of making a second one', async () => {
    const body = applicationBody();
    const existing = await createOrganisation(api, { kind: 'jurisdiction', jurisdictionCode: body.jurisdictionCode });
    const { accepted, requestId } = await applyAndAccept(body);
    expect(accepted.organisationId).toBe(existing.id);
    expect(await auditActionsOf(api, requestId)).toEqual(expect.arrayContaining(['identity.organisation.updated', 'identity.invitation.created']));
    const [organisation] = await dataSourceOf(api).query(`SELECT jurisdiction_id FROM organisation WHERE id = $1`, [existing.id]);
    expect(organisation.jurisdiction_id).toBe(accepted.application.jurisdictionId);
  });
});
