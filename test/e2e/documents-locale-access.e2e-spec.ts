import request from 'supertest';
import { createOrganisation, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { createDocument, segmentsOf } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`documents: language teams read only their locales on the ${engineName()} engine`, () => {
  let api: TestApi;
  let coordinator: SignedInUser;
  let english: SignedInUser;
  let portuguese: SignedInUser;
  let documentId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    coordinator = await signedInMember(api, city, 'coordinator');
    const team = await createOrganisation(api, { kind: 'language_team' });
    english = await signedInMember(api, team, 'translator', { locales: ['en'] });
    portuguese = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    const document = await createDocument(api, coordinator.auth, {
      jurisdictionCode: city.jurisdictionCode,
      sourceLocale: 'zh-CN',
      targetLocales: ['en', 'pt-BR'],
      markdown: '恩平市镇海湾红树林保护项目。',
    });
    documentId = document.id;
  });
  afterAll(() => api.close());

  it('lets the city read every locale of its draft and each translator only their own', async () => {
    expect(await segmentsOf(api, documentId, 'en', coordinator.auth)).toHaveLength(1);
    expect(await segmentsOf(api, documentId, 'en', english.auth)).toHaveLength(1);
    // The team knows the document and its locales through its own: it is told the locale is not its own.
    const foreign = await request(api.server)
      .get(`/api/v1/documents/${documentId}/segments`)
      .query({ locale: 'en' })
      .set(portuguese.auth)
      .set('Accept-Language', 'pt-BR');
    expect(foreign.status).toBe(403);
    expect(foreign.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(foreign.body).toMatchObject({ code: 'forbidden_locale', locale: 'en', yourLocales: ['pt-BR'] });
    expect(foreign.body.detail).toBe('Isto é trabalho na tradução en, que cabe à equipe de idioma en; você trabalha em pt-BR.');
    const foreignExport = await request(api.server).get(`/api/v1/documents/${documentId}/xliff`).query({ target: 'en' }).set(portuguese.auth);
    expect(foreignExport.status).toBe(403);
    // A team without any locale of the draft still finds nothing there.
    const chinese = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'translator', { locales: ['zh-CN'] });
    await request(api.server).get(`/api/v1/documents/${documentId}/segments`).query({ locale: 'en' }).set(chinese.auth).expect(404);
    await request(api.server).get(`/api/v1/documents/${documentId}/xliff`).query({ target: 'pt-BR' }).set(portuguese.auth).expect(200);
  });
});
