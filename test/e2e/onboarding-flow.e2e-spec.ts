import { createHash } from 'node:crypto';
import request from 'supertest';
import { createUser, dataSourceOf, signIn } from '../support/identity-fixtures';
import { acceptedPartner, applicationBody, caseOf, stepId, stewardSide, uploadFile } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`onboarding: apply, accept, work a step on the ${engineName()} engine`, () => {
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;

  beforeAll(async () => {
    api = await startTestApi();
    people = await stewardSide(api);
  });
  afterAll(() => api.close());

  it('takes a new city from application to an approved step with a file, and the overview follows', async () => {
    const body = applicationBody();
    const key = `apply-${body.jurisdictionCode}`;
    const applied = await request(api.server).post('/api/v1/onboarding/applications').set('Idempotency-Key', key).send(body).expect(201);
    expect(applied.body).toMatchObject({ status: 'pending', jurisdictionCode: body.jurisdictionCode, mangroveAreaHa: '412.50' });
    // A retried form (same key, same body) gets the same application back, not a 409.
    const retried = await request(api.server).post('/api/v1/onboarding/applications').set('Idempotency-Key', key).send(body).expect(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.body.id).toBe(applied.body.id);

    const accepted = await request(api.server).post(`/api/v1/onboarding/applications/${applied.body.id}/accept`).set(people.steward.auth).expect(200);
    expect(accepted.body.application.status).toBe('accepted');

    // The coordinator accepts the invitation mailed through identity's outbox event.
    const [event] = await dataSourceOf(api).query(
      `SELECT payload FROM outbox_event WHERE type = 'identity.invitation.created' AND payload->>'invitationId' = $1`,
      [accepted.body.invitationId],
    );
    expect(event.payload).toMatchObject({ email: body.contactEmail, role: 'coordinator', locale: 'pt-BR' });
    const password = 'mangroves hold the coast together';
    await request(api.server).post('/api/v1/invitations/accept').send({ token: event.payload.token, password, displayName: 'Ana Souza' }).expect(201);
    const coordinator = await signIn(api, { email: body.contactEmail, password });

    const view = await caseOf(api, accepted.body.caseId, coordinator.auth);
    expect(view.percentComplete).toBe(0);
    expect(view.steps.map((step) => [step.key, step.state])).toEqual([
      ['focal_point', 'open'],
      ['cooperation_agreement', 'locked'],
      ['mangrove_baseline', 'locked'],
      ['training', 'locked'],
      ['methodology_adoption', 'locked'],
      ['first_project', 'locked'],
      ['bilingual_documentation', 'locked'],
      ['market_readiness', 'locked'],
    ]);
    expect(view.steps[4].waitingFor).toEqual(['cooperation_agreement', 'mangrove_baseline']);
    expect(view.steps[0].dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const focal = view.steps[0].id;
    const content = Buffer.from('%PDF-1.4 designation letter');
    const uploaded = await uploadFile(api, focal, coordinator.auth, content).expect(201);
    expect(uploaded.body).toMatchObject({ kind: 'file', sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(uploaded.body.content).toBeUndefined();

    await request(api.server).post(`/api/v1/onboarding/steps/${focal}/submit`).set(coordinator.auth).expect(200);
    const approved = await request(api.server)
      .post(`/api/v1/onboarding/steps/${focal}/approve`)
      .set(people.steward.auth)
      .set('X-Request-Id', `approve-${focal}`)
      .expect(200);
    expect(approved.body.state).toBe('approved');

    const after = await caseOf(api, accepted.body.caseId, coordinator.auth);
    expect(after.percentComplete).toBe(12);
    expect(after.steps.filter((step) => step.state === 'open').map((step) => step.key)).toEqual(['cooperation_agreement', 'mangrove_baseline']);

    const overview = await request(api.server)
      .get('/api/v1/onboarding/overview')
      .query({ country: body.jurisdictionCode.slice(0, 2) })
      .set(people.observer.auth)
      .expect(200);
    expect(overview.body.partners.find((partner: { code: string }) => partner.code === body.jurisdictionCode)).toMatchObject({
      status: 'onboarding',
      percentComplete: 12,
      overdueCount: 0,
      currentSteps: ['cooperation_agreement', 'mangrove_baseline'],
    });

    // The steward downloads exactly what was uploaded.
    const download = await request(api.server)
      .get(`/api/v1/onboarding/evidence/${uploaded.body.id}/content`)
      .set(people.steward.auth)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, content)).toBe(0);
    expect(download.headers['content-type']).toContain('application/pdf');

    // The approval was audited and announced in the same transaction.
    const dataSource = dataSourceOf(api);
    const audits = await dataSource.query(`SELECT action FROM audit_event WHERE request_id = $1 ORDER BY at`, [`approve-${focal}`]);
    expect(audits.map((row: { action: string }) => row.action)).toEqual(['onboarding.step.approved', 'onboarding.step.opened', 'onboarding.step.opened']);
    const [outbox] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'onboarding.step.approved' AND payload->>'stepId' = $1`, [
      focal,
    ]);
    expect(outbox.n).toBe(1);
  });

  it('refuses an illegal transition with 409 naming the state and the allowed actions, in the caller language', async () => {
    const partner = await acceptedPartner(api, people.steward);
    const focal = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    const locked = await stepId(api, partner.caseId, 'training', partner.coordinator.auth);

    const refused = await request(api.server)
      .post(`/api/v1/onboarding/steps/${focal}/approve`)
      .set(people.steward.auth)
      .set('Accept-Language', 'zh-CN')
      .expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'step_transition_not_allowed', currentState: 'open', allowedActions: ['submit', 'waive'] });
    expect(refused.body.detail).toBe('该步骤当前为“进行中”，不能执行“批准”。当前允许：提交, 豁免。');

    const lockedSubmit = await request(api.server).post(`/api/v1/onboarding/steps/${locked}/submit`).set(partner.coordinator.auth).expect(409);
    expect(lockedSubmit.body).toMatchObject({ currentState: 'locked', allowedActions: ['unlock', 'waive'] });

    const missing = await request(api.server).post(`/api/v1/onboarding/steps/${focal}/submit`).set(partner.coordinator.auth).expect(422);
    expect(missing.body).toMatchObject({ code: 'step_evidence_missing', missingEvidence: ['file'] });
  });

  it('sends a step back for changes, takes it again, and lets the steward waive another with a reason', async () => {
    const partner = await acceptedPartner(api, people.steward);
    const focal = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    await uploadFile(api, focal, partner.coordinator.auth, Buffer.from('%PDF first')).expect(201);
    await request(api.server).post(`/api/v1/onboarding/steps/${focal}/submit`).set(partner.coordinator.auth).expect(200);
    await request(api.server).post(`/api/v1/onboarding/steps/${focal}/request-changes`).set(people.steward.auth).send({}).expect(400);
    const sentBack = await request(api.server)
      .post(`/api/v1/onboarding/steps/${focal}/request-changes`)
      .set(people.steward.auth)
      .send({ reason: 'The letter must be signed by the mayor.' })
      .expect(200);
    expect(sentBack.body).toMatchObject({ state: 'changes_requested', decisionReason: 'The letter must be signed by the mayor.' });
    // Evidence is refused once handed in, accepted again once sent back; a wrong file can be taken back.
    const wrong = await uploadFile(api, focal, partner.coordinator.auth, Buffer.from('%PDF wrong'), 'wrong.pdf').expect(201);
    await request(api.server).delete(`/api/v1/onboarding/evidence/${wrong.body.id}`).set(people.steward.auth).expect(403);
    await request(api.server).delete(`/api/v1/onboarding/evidence/${wrong.body.id}`).set(partner.coordinator.auth).expect(204);
    await uploadFile(api, focal, partner.coordinator.auth, Buffer.from('%PDF signed')).expect(201);
    await request(api.server).post(`/api/v1/onboarding/steps/${focal}/submit`).set(partner.coordinator.auth).expect(200);
    const closed = await uploadFile(api, focal, partner.coordinator.auth, Buffer.from('%PDF late')).expect(409);
    expect(closed.body.code).toBe('evidence_step_closed');
    const kept = await request(api.server).get(`/api/v1/onboarding/steps/${focal}/evidence`).set(partner.coordinator.auth).expect(200);
    expect(kept.body.map((row: { fileName: string }) => row.fileName)).toEqual(['letter.pdf', 'letter.pdf']);
    await request(api.server).delete(`/api/v1/onboarding/evidence/${kept.body[0].id}`).set(partner.coordinator.auth).expect(409);
    await request(api.server).post(`/api/v1/onboarding/steps/${focal}/approve`).set(people.steward.auth).expect(200);

    const training = await stepId(api, partner.caseId, 'training', partner.coordinator.auth);
    await request(api.server).post(`/api/v1/onboarding/steps/${training}/waive`).set(partner.coordinator.auth).send({ reason: 'done' }).expect(403);
    const waived = await request(api.server)
      .post(`/api/v1/onboarding/steps/${training}/waive`)
      .set(people.steward.auth)
      .send({ reason: 'Trained with Enping.' })
      .expect(200);
    expect(waived.body.state).toBe('waived');
    const view = await caseOf(api, partner.caseId, partner.coordinator.auth);
    expect(view.percentComplete).toBe(25);
  });

  it('gives a step to someone of the city, with If-Match', async () => {
    const partner = await acceptedPartner(api, people.steward);
    const other = await acceptedPartner(api, people.steward);
    const contributor = await createUser(api, { organisation: partner.organisation, role: 'contributor' });
    const view = await caseOf(api, partner.caseId, partner.coordinator.auth);
    const focal = view.steps[0] as unknown as { id: string; version: number };
    const url = `/api/v1/onboarding/steps/${focal.id}/assignee`;
    await request(api.server).put(url).set(partner.coordinator.auth).send({ assigneeId: contributor.id }).expect(428);
    await request(api.server)
      .put(url)
      .set(partner.coordinator.auth)
      .set('If-Match', `"${focal.version}"`)
      .send({ assigneeId: other.coordinator.id })
      .expect(400);
    await request(api.server).put(url).set(people.steward.auth).set('If-Match', `"${focal.version}"`).send({ assigneeId: contributor.id }).expect(403);
    const assigned = await request(api.server)
      .put(url)
      .set(partner.coordinator.auth)
      .set('If-Match', `"${focal.version}"`)
      .send({ assigneeId: contributor.id })
      .expect(200);
    expect(assigned.body.assigneeId).toBe(contributor.id);
    await request(api.server).put(url).set(partner.coordinator.auth).set('If-Match', `"${focal.version}"`).send({ assigneeId: null }).expect(412);
    await request(api.server).put(url).set(partner.coordinator.auth).set('If-Match', assigned.headers.etag).send({ assigneeId: null }).expect(200);
  });

  it('refuses evidence of a type or size it does not accept', async () => {
    const partner = await acceptedPartner(api, people.steward);
    const focal = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    const json = await request(api.server)
      .post(`/api/v1/onboarding/steps/${focal}/evidence/files`)
      .query({ fileName: 'x.json' })
      .set(partner.coordinator.auth)
      .send({ a: 1 });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('evidence_type_not_allowed');
    const gif = await request(api.server)
      .post(`/api/v1/onboarding/steps/${focal}/evidence/files`)
      .query({ fileName: 'x.gif' })
      .set(partner.coordinator.auth)
      .set('Content-Type', 'image/gif')
      .send(Buffer.from('GIF89a'));
    expect(gif.status).toBe(415);
  });

  it('declines an application with a reason; the city may apply again', async () => {
    const body = applicationBody();
    const applied = await request(api.server).post('/api/v1/onboarding/applications').send(body).expect(201);
    await request(api.server).post(`/api/v1/onboarding/applications/${applied.body.id}/decline`).set(people.observer.auth).send({ reason: 'no' }).expect(403);
    const declined = await request(api.server)
      .post(`/api/v1/onboarding/applications/${applied.body.id}/decline`)
      .set(people.steward.auth)
      .send({ reason: 'No mangroves within the boundary.' })
      .expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', decisionReason: 'No mangroves within the boundary.' });
    await request(api.server).post(`/api/v1/onboarding/applications/${applied.body.id}/accept`).set(people.steward.auth).expect(409);
    await request(api.server).post('/api/v1/onboarding/applications').send(body).expect(201);
  });
});

describe(`onboarding evidence size limit on the ${engineName()} engine`, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ EVIDENCE_MAX_BYTES: '4096' });
  });
  afterAll(() => api.close());

  it('refuses a file over EVIDENCE_MAX_BYTES with 413 naming that limit, and accepts one at it', async () => {
    const people = await stewardSide(api);
    const partner = await acceptedPartner(api, people.steward);
    const focal = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    const tooLarge = await uploadFile(api, focal, partner.coordinator.auth, Buffer.alloc(4097, 0x25)).set('Accept-Language', 'pt-BR');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'evidence_too_large' });
    expect(tooLarge.body.detail).toContain('4096');
    await uploadFile(api, focal, partner.coordinator.auth, Buffer.alloc(4096, 0x25)).expect(201);
  });
});
