import request from 'supertest';
import { createOrganisation, createUser, dataSourceOf, signIn } from '../support/identity-fixtures';
import { stewardSide } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const step = (key: string, dependsOn: string[] = []) => ({
  key,
  title: { en: `Step ${key}`, 'zh-CN': `步骤 ${key}` },
  guidance: { en: 'Do it.' },
  evidence: ['file'],
  dependsOn,
  ownerRole: 'coordinator',
  reviewerRole: 'steward',
  dueInDays: 30,
});

describe(`playbooks on the ${engineName()} engine`, () => {
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;

  beforeAll(async () => {
    api = await startTestApi();
    people = await stewardSide(api);
  });
  afterAll(() => api.close());

  it('refuses to publish a cycle, naming it; publishes the fixed draft; never changes it again', async () => {
    const key = `test-${Date.now().toString(36)}`;
    const created = await request(api.server)
      .post('/api/v1/onboarding/playbooks')
      .set(people.steward.auth)
      .send({ key, definition: { name: { en: 'Test playbook' }, steps: [step('a', ['c']), step('b', ['a']), step('c', ['b']), step('d', ['ghost'])] } })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'draft', playbookVersion: 1 });
    const etag = created.headers.etag;

    const refused = await request(api.server)
      .post(`/api/v1/onboarding/playbooks/${created.body.id}/publish`)
      .set(people.steward.auth)
      .set('If-Match', etag)
      .set('Accept-Language', 'pt-BR')
      .expect(422);
    expect(refused.body.code).toBe('playbook_invalid');
    expect(refused.body.issues.map((issue: { code: string }) => issue.code)).toEqual(['unknown_dependency', 'dependency_cycle']);
    const cycle = refused.body.issues[1];
    expect(cycle.params.cycle).toBe('a → c → b → a');
    expect(cycle.message).toContain('a → c → b → a');
    expect(cycle.message).toMatch(/ciclo/);

    await request(api.server)
      .put(`/api/v1/onboarding/playbooks/${created.body.id}`)
      .set(people.steward.auth)
      .send({ definition: { name: { en: 'x' }, steps: [] } })
      .expect(428);
    const fixed = await request(api.server)
      .put(`/api/v1/onboarding/playbooks/${created.body.id}`)
      .set(people.steward.auth)
      .set('If-Match', etag)
      .send({ definition: { name: { en: 'Test playbook' }, steps: [step('a'), step('b', ['a']), step('c', ['b'])] } })
      .expect(200);
    await request(api.server)
      .put(`/api/v1/onboarding/playbooks/${created.body.id}`)
      .set(people.steward.auth)
      .set('If-Match', etag)
      .send({ definition: fixed.body.definition })
      .expect(412);
    const published = await request(api.server)
      .post(`/api/v1/onboarding/playbooks/${created.body.id}/publish`)
      .set(people.steward.auth)
      .set('If-Match', fixed.headers.etag)
      .expect(200);
    expect(published.body.status).toBe('published');

    const again = await request(api.server)
      .put(`/api/v1/onboarding/playbooks/${created.body.id}`)
      .set(people.steward.auth)
      .set('If-Match', published.headers.etag)
      .send({ definition: fixed.body.definition })
      .expect(409);
    expect(again.body.code).toBe('playbook_published_immutable');
    // The database refuses too, whatever the code does.
    await expect(dataSourceOf(api).query(`UPDATE playbook SET definition = '{}' WHERE id = $1`, [created.body.id])).rejects.toThrow(/published/);

    const next = await request(api.server).post('/api/v1/onboarding/playbooks').set(people.steward.auth).send({ key }).expect(201);
    expect(next.body).toMatchObject({ status: 'draft', playbookVersion: 2, definition: fixed.body.definition });
    await request(api.server).post('/api/v1/onboarding/playbooks').set(people.steward.auth).send({ key }).expect(409);
  });

  it('shows drafts only to the steward side', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const coordinator = await signIn(api, await createUser(api, { organisation: city, role: 'coordinator' }));
    const key = `draft-${Date.now().toString(36)}`;
    const draft = await request(api.server)
      .post('/api/v1/onboarding/playbooks')
      .set(people.steward.auth)
      .send({ key, definition: { name: { en: 'Draft' }, steps: [step('a')] } })
      .expect(201);
    await request(api.server).get(`/api/v1/onboarding/playbooks/${draft.body.id}`).set(coordinator.auth).expect(404);
    await request(api.server).get(`/api/v1/onboarding/playbooks/${draft.body.id}`).set(people.observer.auth).expect(200);
    await request(api.server)
      .post('/api/v1/onboarding/playbooks')
      .set(coordinator.auth)
      .send({ key: `${key}-x` })
      .expect(403);
  });
});
