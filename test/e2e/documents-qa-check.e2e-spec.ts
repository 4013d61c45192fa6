import request from 'supertest';
import { createOrganisation, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { createDocument, segmentsOf, translationPath } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

interface QaCheck {
  findings: { check: string; severity: string; message: string }[];
  blocking: boolean;
}

describe(`documents: QA of a translation being typed on the ${engineName()} engine`, () => {
  let api: TestApi;
  let translator: SignedInUser;
  let otherLocale: SignedInUser;
  let documentId: string;
  let segment: { segmentId: string; version: number };

  beforeAll(async () => {
    api = await startTestApi();
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const coordinator = await signedInMember(api, city, 'coordinator');
    const team = await createOrganisation(api, { kind: 'language_team' });
    translator = await signedInMember(api, team, 'translator', { locales: ['en'] });
    otherLocale = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    const document = await createDocument(api, coordinator.auth, {
      jurisdictionCode: city.jurisdictionCode as string,
      sourceLocale: 'zh-CN',
      targetLocales: ['en', 'pt-BR'],
      markdown: '恩平镇海湾有红树林 68 公顷。',
    });
    documentId = document.id;
    [segment] = await segmentsOf(api, documentId, 'en', translator.auth);
  });
  afterAll(() => api.close());

  const check = (auth: { Authorization: string }, text: string, locale = 'en') =>
    request(api.server)
      .post(`${translationPath(documentId, segment.segmentId, locale)}/qa`)
      .set(auth)
      .set('Accept-Language', 'pt-BR')
      .send({ text });

  it('reports a wrong number in the caller’s language and saves nothing', async () => {
    const response = await check(translator.auth, 'Zhenhai Bay in Enping has 86 hectares of mangrove.').expect(200);
    const body = response.body as QaCheck;
    expect(body.blocking).toBe(true);
    expect(body.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ check: 'numbers', severity: 'error', message: expect.stringContaining('68') })]),
    );
    const [after] = await segmentsOf(api, documentId, 'en', translator.auth);
    expect({ text: after.text, version: after.version }).toEqual({ text: null, version: 0 });
  });

  it('finds nothing blocking in a correct translation', async () => {
    const body = (await check(translator.auth, 'Zhenhai Bay in Enping has 68 hectares of mangrove.').expect(200)).body as QaCheck;
    expect(body.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(body.blocking).toBe(false);
  });

  it('refuses a translator of another locale of the document, naming the locale', async () => {
    const response = await check(otherLocale.auth, 'Anything 68.').expect(403);
    expect(response.body.code).toBe('forbidden_locale');
  });

  it('names the missing text field', async () => {
    const response = await request(api.server)
      .post(`${translationPath(documentId, segment.segmentId, 'en')}/qa`)
      .set(translator.auth)
      .send({})
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('text');
  });
});
