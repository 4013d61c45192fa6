import request from 'supertest';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, uniqueSuffix } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

type Term = { text: string; status: 'preferred' | 'admitted' | 'forbidden' };

/** Issue 14 §6 (browse, search and edit the glossary by locale) and §5 (i18next namespaces and what each locale lacks). */
describe(`glossary browsing and UI string gaps on the ${engineName()} engine`, () => {
  let api: TestApi;
  let reviewerZh: SignedInUser;
  let reviewerPt: SignedInUser;
  let translatorPt: SignedInUser;
  let translatorEn: SignedInUser;
  let coordinator: SignedInUser;
  // Test files share a server database: a tag keeps this run's concepts and namespaces apart.
  const tag = uniqueSuffix()
    .replace(/[^a-z0-9]/g, '')
    .slice(-8);

  beforeAll(async () => {
    api = await startTestApi();
    const team = await createOrganisation(api, { kind: 'language_team' });
    reviewerZh = await signedInMember(api, team, 'reviewer', { locales: ['zh-CN'] });
    reviewerPt = await signedInMember(api, team, 'reviewer', { locales: ['pt-BR'] });
    translatorPt = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    translatorEn = await signedInMember(api, team, 'translator', { locales: ['en'] });
    coordinator = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction' }), 'coordinator');
  });
  afterAll(() => api.close());

  async function concept(id: string, locale: string, author: SignedInUser, terms: Term[]): Promise<void> {
    await request(api.server).post('/api/v1/glossary').set(author.auth).send({ id, locale, terms }).expect(201);
  }

  const list = (query: Record<string, string | number>, auth = translatorPt.auth) => request(api.server).get('/api/v1/glossary').query(query).set(auth);

  describe('search', () => {
    beforeAll(async () => {
      await concept(`tidal-${tag}`, 'zh-CN', reviewerZh, [{ text: `潮滩${tag}`, status: 'preferred' }]);
      await concept(`flat-${tag}`, 'pt-BR', reviewerPt, [
        { text: `Planície de maré ${tag}`, status: 'preferred' },
        { text: `lodaçal ${tag}`, status: 'forbidden' },
      ]);
      await concept(`marsh-${tag}`, 'pt-BR', reviewerPt, [{ text: `marisma ${tag}`, status: 'preferred' }]);
    });

    it('finds the seeded mangrove by its term in any locale', async () => {
      for (const q of ['红树林', 'mangrove', 'MANGUEZAL']) {
        const response = await list({ q }).expect(200);
        expect(response.body.items[0]).toMatchObject({ id: 'mangrove', terms: { 'zh-CN': expect.arrayContaining([{ text: '红树林', status: 'preferred' }]) } });
        expect(response.body.total).toBeGreaterThanOrEqual(1);
      }
    });

    it('matches without case or accents, forbidden variants included', async () => {
      expect((await list({ q: `planicie de mare ${tag}` }).expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([`flat-${tag}`]);
      expect((await list({ q: `LODAÇAL ${tag}` }).expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([`flat-${tag}`]);
      expect((await list({ q: `潮滩${tag}` }).expect(200)).body).toMatchObject({ total: 1, items: [{ id: `tidal-${tag}`, version: 1 }] });
    });

    it('pages with limit and offset and counts every match', async () => {
      const first = await list({ q: tag, limit: 2 }).expect(200);
      const second = await list({ q: tag, limit: 2, offset: 2 }).expect(200);
      expect(first.body.total).toBe(3);
      expect(second.body.total).toBe(3);
      const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
      expect(ids.sort()).toEqual([`flat-${tag}`, `marsh-${tag}`, `tidal-${tag}`]);
      expect((await list({ q: tag, limit: 2, offset: 4 }).expect(200)).body).toEqual({ items: [], total: 3 });
      // Without a limit: every concept, as QA tools and older clients read it.
      const all = await list({}).expect(200);
      expect(all.body.items.length).toBe(all.body.total);
    });

    it('refuses a bad page in the caller language, naming the field', async () => {
      const queries: Record<string, string | number>[] = [{ limit: 0 }, { limit: 201 }, { offset: -1 }, { limit: 'ten' }, { q: 'x'.repeat(201) }];
      for (const query of queries) {
        const response = await list(query).set('Accept-Language', 'pt-BR').expect(400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([Object.keys(query)[0]]);
      }
    });

    it('needs a signed-in caller', async () => {
      await request(api.server).get('/api/v1/glossary').query({ q: 'mangrove' }).expect(401);
    });
  });

  describe('editing the terms of a locale', () => {
    const id = `edit-${tag}`;
    const put = (who: SignedInUser, locale: string, version: number, terms: Term[]) =>
      request(api.server).put(`/api/v1/glossary/${id}/terms/${locale}`).set(who.auth).set('If-Match', `"${version}"`).send({ terms });

    beforeAll(async () => {
      await concept(id, 'zh-CN', reviewerZh, [{ text: '盐沼', status: 'preferred' }]);
      await put(reviewerPt, 'pt-BR', 1, [{ text: 'marisma', status: 'preferred' }]).expect(200);
    });

    it("lets a reviewer of zh-CN change zh-CN terms, never pt-BR's, and nobody else edit at all", async () => {
      const refused = await put(reviewerZh, 'pt-BR', 2, [{ text: 'pântano salgado', status: 'preferred' }])
        .set('Accept-Language', 'zh-CN')
        .expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 403 });
      for (const outsider of [translatorPt, translatorEn, coordinator]) {
        const response = await put(outsider, 'pt-BR', 2, [{ text: 'pântano salgado', status: 'preferred' }]).expect(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      await put(coordinator, 'zh-CN', 2, [{ text: '滨海盐沼', status: 'preferred' }]).expect(403);
      const current = await request(api.server).get(`/api/v1/glossary/${id}`).set(translatorPt.auth).expect(200);
      expect(current.body).toMatchObject({
        version: 2,
        terms: { 'zh-CN': [{ text: '盐沼', status: 'preferred' }], 'pt-BR': [{ text: 'marisma', status: 'preferred' }] },
      });

      const changed = await put(reviewerZh, 'zh-CN', 2, [
        { text: '盐沼', status: 'preferred' },
        { text: '咸水沼泽', status: 'forbidden' },
      ]).expect(200);
      expect(changed.headers.etag).toBe('"3"');
      expect(changed.body.terms['pt-BR']).toEqual([{ text: 'marisma', status: 'preferred' }]);
    });

    it('answers an empty history for a concept nobody changed since it was seeded, 404 for one that never existed', async () => {
      const seeded = `seeded-${tag}`;
      // As the core glossary seed leaves a concept: its rows, no history.
      await dataSourceOf(api).query(`INSERT INTO glossary_concept (id) VALUES ($1)`, [seeded]);
      await dataSourceOf(api).query(`INSERT INTO glossary_term (concept_id, locale, text, status) VALUES ($1, 'en', 'seagrass', 'preferred')`, [seeded]);
      expect((await request(api.server).get(`/api/v1/glossary/${seeded}/history`).set(translatorPt.auth).expect(200)).body).toEqual({ items: [] });
      await request(api.server).get(`/api/v1/glossary/never-${tag}/history`).set(translatorPt.auth).expect(404);
    });

    it('lets one of two concurrent edits of a term win and refuses the other with 412, never losing it silently', async () => {
      const current = await request(api.server).get(`/api/v1/glossary/${id}`).set(reviewerZh.auth).expect(200);
      const version = Number(String(current.headers.etag).replace(/\D/g, ''));
      const before = (await request(api.server).get(`/api/v1/glossary/${id}/history`).set(reviewerZh.auth).expect(200)).body.items.length;
      const texts = ['滨海盐沼', '盐沼湿地', '潮间带盐沼'];
      const answers = await Promise.all(texts.map((text) => put(reviewerZh, 'zh-CN', version, [{ text, status: 'preferred' }])));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 412, 412]);
      const winner = texts[answers.findIndex((answer) => answer.status === 200)];
      for (const loser of answers.filter((answer) => answer.status === 412)) {
        expect(loser.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(loser.body).toMatchObject({ code: 'precondition_failed', currentVersion: version + 1 });
      }
      const after = await request(api.server).get(`/api/v1/glossary/${id}`).set(reviewerZh.auth).expect(200);
      expect(after.body).toMatchObject({ version: version + 1, terms: { 'zh-CN': [{ text: winner, status: 'preferred' }] } });
      const history = (await request(api.server).get(`/api/v1/glossary/${id}/history`).set(reviewerZh.auth).expect(200)).body.items;
      expect(history.length).toBe(before + 1);
    });
  });

  describe('UI string namespaces', () => {
    const namespace = `gaps-${tag}`;
    const english = { nav: { home: 'Home', glossary: 'Glossary' }, title: 'Partners', partners_one: '{{count}} partner', partners_other: '{{count}} partners' };

    beforeAll(async () => {
      await request(api.server).put(`/api/v1/ui-strings/${namespace}/en`).set(translatorEn.auth).send(english).expect(200);
    });

    it('reports what an import wrote and which keys English does not have', async () => {
      const imported = await request(api.server)
        .put(`/api/v1/ui-strings/${namespace}/pt-BR`)
        .set(translatorPt.auth)
        .send({ nav: { home: 'Início', glosary: 'Glossário' }, title: ' ', partners_one: '{{count}} parceiro', partners_other: '{{count}} parceiros' })
        .expect(200);
      expect(imported.body).toMatchObject({
        imported: 4,
        keys: ['nav.glosary', 'nav.home', 'partners', 'title'],
        unknownKeys: ['nav.glosary'],
        missing: ['partners_many'],
      });
    });

    it('lists per locale the keys of the source absent or empty there', async () => {
      const response = await request(api.server).get(`/api/v1/ui-strings/${namespace}`).set(coordinator.auth).expect(200);
      expect(response.body).toEqual({
        namespace,
        sourceLocale: 'en',
        locales: [
          { locale: 'en', keys: 4, missingKeys: [], missingPlurals: [] },
          { locale: 'zh-CN', keys: 0, missingKeys: ['nav.glossary', 'nav.home', 'partners', 'title'], missingPlurals: [] },
          { locale: 'pt-BR', keys: 4, missingKeys: ['nav.glossary', 'title'], missingPlurals: ['partners_many'] },
        ],
      });
      const exported = await request(api.server).get(`/api/v1/ui-strings/${namespace}/pt-BR`).set(coordinator.auth).expect(200);
      expect(exported.headers['x-missing-keys']).toBe('nav.glossary, title');
    });

    it('lists the namespaces with their key counts', async () => {
      const response = await request(api.server).get('/api/v1/ui-strings').set(translatorPt.auth).expect(200);
      expect(response.body.items).toContainEqual({ namespace, keys: { en: 4, 'pt-BR': 4 } });
      await request(api.server).get('/api/v1/ui-strings').expect(401);
    });

    it('refuses a file with a value that is no text, naming the key, and writes none of it', async () => {
      const refused = await request(api.server)
        .put(`/api/v1/ui-strings/${namespace}/pt-BR`)
        .set(translatorPt.auth)
        .set('Accept-Language', 'pt-BR')
        .send({ title: 'Parceiros', nav: { home: 42 } })
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.detail).toContain('nav.home');
      const gaps = await request(api.server).get(`/api/v1/ui-strings/${namespace}`).set(translatorPt.auth).expect(200);
      expect(gaps.body.locales[2].missingKeys).toEqual(['nav.glossary', 'title']);
    });

    it('lets a translator import only their own locale, and refuses a bad namespace', async () => {
      await request(api.server).put(`/api/v1/ui-strings/${namespace}/zh-CN`).set(translatorPt.auth).send({ title: '合作伙伴' }).expect(403);
      await request(api.server).put(`/api/v1/ui-strings/${namespace}/pt-BR`).set(coordinator.auth).send({ title: 'Parceiros' }).expect(403);
      const bad = await request(api.server).get('/api/v1/ui-strings/Not_A_Namespace').set(translatorPt.auth).expect(400);
      expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['namespace']);
    });
  });
});
