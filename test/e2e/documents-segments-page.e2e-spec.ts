import request from 'supertest';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from '../support/identity-fixtures';
import { createDocument, saveTranslation, segmentsOf } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/**
 * The segments page (what a translator opens and scrolls) reads the document and the page as
 * prepared statements: one statement text serves every document, locale and caller, so these
 * check that answers never mix under concurrency, that a change shows from the next request,
 * and that bad parameters are still refused before anything is read.
 */
describe(`documents: the segments page on the ${engineName()} engine`, () => {
  let api: TestApi;
  const cities: { city: TestOrganisation; coordinator: SignedInUser; documentId: string; sentences: string[] }[] = [];
  let english: SignedInUser;
  let portuguese: SignedInUser;

  const page = (user: SignedInUser, documentId: string, query: Record<string, string | number>) =>
    request(api.server).get(`/api/v1/documents/${documentId}/segments`).query(query).set(user.auth);

  beforeAll(async () => {
    api = await startTestApi();
    const team = await createOrganisation(api, { kind: 'language_team' });
    english = await signedInMember(api, team, 'translator', { locales: ['en'] });
    portuguese = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    for (let n = 0; n < 3; n += 1) {
      const city = await createOrganisation(api, { kind: 'jurisdiction' });
      const coordinator = await signedInMember(api, city, 'coordinator');
      const sentences = Array.from({ length: 7 }, (_, k) => `城市${n}的第${k}块样地储存碳。`);
      const document = await createDocument(api, coordinator.auth, {
        jurisdictionCode: city.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en', 'pt-BR'],
        markdown: sentences.join('\n\n'),
      });
      cities.push({ city, coordinator, documentId: document.id, sentences });
    }
    // One English translation per document, naming its city, to tell the answers apart.
    for (const [n, { documentId }] of cities.entries()) {
      const [first] = await segmentsOf(api, documentId, 'en', english.auth);
      await saveTranslation(api, english.auth, documentId, first!, 'en', `City ${n}, plot 0 stores carbon.`).expect(200);
    }
  });
  afterAll(() => api.close());

  it('answers many concurrent callers each with their own document, locale and access', async () => {
    const calls = Array.from({ length: 90 }, (_, i) => {
      const n = i % 3;
      const caller = [english, portuguese, cities[n]!.coordinator, cities[(n + 1) % 3]!.coordinator][i % 4]!;
      const locale = caller === portuguese ? 'pt-BR' : 'en';
      return { n, caller, locale };
    });
    const answers = await Promise.all(calls.map(({ n, caller, locale }) => page(caller, cities[n]!.documentId, { locale, limit: 50 })));
    answers.forEach((answer, i) => {
      const { n, caller, locale } = calls[i]!;
      // Another city's coordinator finds no draft there (404), everyone else their page.
      if (caller === cities[(n + 1) % 3]!.coordinator) {
        expect([i, answer.status, answer.headers['content-type']]).toEqual([i, 404, expect.stringMatching(/^application\/problem\+json/)]);
        return;
      }
      expect([i, answer.status]).toEqual([i, 200]);
      expect(answer.body.items.map((item: { sourceText: string }) => item.sourceText)).toEqual(cities[n]!.sentences);
      expect(answer.body.items.every((item: { locale: string }) => item.locale === locale)).toBe(true);
      expect(answer.body.items[0].text).toBe(locale === 'en' ? `City ${n}, plot 0 stores carbon.` : null);
      expect(answer.body.nextCursor).toBeNull();
    });
  });

  it('pages through every segment once, in order, by cursor', async () => {
    const { documentId, sentences } = cities[0]!;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer: request.Response = await page(english, documentId, { locale: 'en', limit: 3, ...(cursor ? { cursor } : {}) }).expect(200);
      seen.push(...answer.body.items.map((item: { sourceText: string }) => item.sourceText));
      cursor = answer.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(sentences);
    expect(pages).toBe(3);
  });

  it('shows a change of the document from the next request: its locales, its city, a new translation', async () => {
    const { documentId, coordinator } = cities[1]!;
    const db = dataSourceOf(api);
    await page(portuguese, documentId, { locale: 'pt-BR' }).expect(200);
    await db.query(`UPDATE document SET target_locales = '{en}', version = version + 1 WHERE id = $1`, [documentId]);
    const dropped = await page(coordinator, documentId, { locale: 'pt-BR' }).set('Accept-Language', 'zh-CN');
    expect(dropped.status).toBeGreaterThanOrEqual(400);
    expect(dropped.status).toBeLessThan(500);
    await db.query(`UPDATE document SET target_locales = '{en,pt-BR}', version = version + 1 WHERE id = $1`, [documentId]);
    const [, second] = (await page(portuguese, documentId, { locale: 'pt-BR' }).expect(200)).body.items;
    await saveTranslation(api, portuguese.auth, documentId, second, 'pt-BR', 'A parcela 1 armazena carbono.').expect(200);
    expect((await page(portuguese, documentId, { locale: 'pt-BR' }).expect(200)).body.items[1].text).toBe('A parcela 1 armazena carbono.');
    // Handed to another city: its former coordinator finds nothing, the new one the page.
    const other = cities[2]!;
    await db.query(`UPDATE document SET owner_organisation_id = $2, jurisdiction_id = $3, jurisdiction_code = $4 WHERE id = $1`, [
      documentId,
      other.city.id,
      other.city.jurisdictionId,
      other.city.jurisdictionCode,
    ]);
    await page(coordinator, documentId, { locale: 'en' }).expect(404);
    await page(other.coordinator, documentId, { locale: 'en' }).expect(200);
  });

  it("refuses bad parameters with a problem naming the field in the caller's language", async () => {
    const { documentId } = cities[0]!;
    const refused = await request(api.server)
      .get('/api/v1/documents/not-a-uuid/segments')
      .query({ locale: 'en' })
      .set(english.auth)
      .set('Accept-Language', 'pt-BR')
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'id', message: 'id deve ser um UUID.' })]);
    const locale = await page(english, documentId, { locale: 'fr' }).set('Accept-Language', 'zh-CN').expect(400);
    expect(locale.body.errors).toEqual([expect.objectContaining({ field: 'locale', message: expect.stringContaining('必须是以下之一') })]);
    const limit = await page(english, documentId, { locale: 'en', limit: 0 }).set('Accept-Language', 'en').expect(400);
    expect(limit.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    const unknown = await page(english, documentId, { locale: 'en', sort: 'desc' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'sort' })]);
  });
});
