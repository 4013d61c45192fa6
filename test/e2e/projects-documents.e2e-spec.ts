import request from 'supertest';
import { type Cast, createCast, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { projectOf } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

describe('a project’s documents, through the documents lib', () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'coordinator');
  });
  afterAll(async () => api?.close());

  const description = {
    title: '恩平镇海湾红树林保护项目：项目说明',
    sourceLocale: 'zh-CN',
    targetLocales: ['en', 'pt-BR'],
    markdown: '# 恩平镇海湾红树林\n\n项目保护镇海湾红树林 102.3 公顷。\n\n监测每年进行一次。',
  };
  const attach = (projectId: string, who: SignedInUser, body: object = description) =>
    request(api.server).post(`/api/v1/projects/${projectId}/documents`).set(who.auth).send(body);
  const list = (projectId: string, who: SignedInUser) => request(api.server).get(`/api/v1/projects/${projectId}/documents`).set(who.auth);

  it('attaches the description to the city’s project, to translate into English and Portuguese, and lists it there', async () => {
    const { coordinator } = cast.users;
    const projectId = await projectOf(api, cast.own, 'draft');
    const created = await attach(projectId, coordinator).expect(201);
    expect(created.body).toMatchObject({
      subjectType: 'project',
      subjectId: projectId,
      jurisdictionCode: cast.own.jurisdictionCode,
      sourceLocale: 'zh-CN',
      targetLocales: ['en', 'pt-BR'],
      status: 'draft',
      revisionSummary: { revision: 1 },
    });
    expect(created.headers.location).toBe(`/api/v1/documents/${created.body.id}`);
    const listed = (await list(projectId, coordinator).expect(200)).body;
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    // The same document in the documents lib: translated and published there.
    const read = await request(api.server).get(`/api/v1/documents/${created.body.id}`).set(coordinator.auth).expect(200);
    expect(read.body).toMatchObject({ subjectType: 'project', subjectId: projectId });
    // Another project's list does not show it.
    expect((await list(await projectOf(api, cast.own, 'draft'), coordinator).expect(200)).body.items).toEqual([]);
  });

  it('is checked like the project: a draft is 404 elsewhere, nobody writes another city’s, ICLEI never writes', async () => {
    const draft = await projectOf(api, cast.own, 'draft');
    const submitted = await projectOf(api, cast.own, 'submitted');
    await list(draft, neighbour).expect(404);
    await list(draft, cast.users.observer).expect(404);
    await attach(draft, neighbour).expect(404);
    await attach(submitted, neighbour).expect(403);
    await attach(submitted, cast.users.observer).expect(403);
    await list(submitted, cast.users.observer).expect(200);
    const refused = await attach(submitted, cast.users.coordinator, { ...description, sourceLocale: 'xx' }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'sourceLocale' });
    await attach(submitted, cast.users.contributor).expect(201);
  });
});
