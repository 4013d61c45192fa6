import request from 'supertest';
import { createOrganisation, createUser, signIn, type SignedInUser, signedInMember, type TestOrganisation } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, translationPath } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/** Latin-script words in a Chinese answer, other than the codes and names a client acts on. */
function englishIn(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !['XML', 'XLIFF', 'If', 'Match', 'ETag'].includes(word));
}

describe(`language fidelity on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;
  let chineseCoordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    enping = await createOrganisation(api, { kind: 'jurisdiction' });
    const team = await createOrganisation(api, { kind: 'language_team' });
    coordinator = await signedInMember(api, enping, 'coordinator');
    const chinese = await createUser(api, { organisation: enping, role: 'coordinator', preferredLocale: 'zh-CN' });
    chineseCoordinator = { ...chinese, ...(await signIn(api, chinese)) };
    translator = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    reviewer = await signedInMember(api, team, 'reviewer', { locales: ['pt-BR'] });
  });
  afterAll(() => api.close());

  describe('answers in the caller language', () => {
    it('follows the preferred locale of a signed-in caller who sends no Accept-Language, and names records in it', async () => {
      const created = await createDocument(api, chineseCoordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'Mangroves store carbon.' });
      const stale = await request(api.server)
        .patch(`/api/v1/documents/${created.id}`)
        .set(chineseCoordinator.auth)
        .set('If-Match', '"99"')
        .send({ title: '新标题' })
        .expect(412);
      expect(stale.headers['content-language']).toBe('zh-CN');
      expect(stale.body.detail).toBe('此文档已被他人修改（当前版本 1）。请重新加载后再次修改。');
      // An explicit language still wins over the preference.
      const english = await request(api.server)
        .patch(`/api/v1/documents/${created.id}`)
        .set(chineseCoordinator.auth)
        .set('Accept-Language', 'en')
        .set('If-Match', '"99"')
        .send({ title: 'x' })
        .expect(412);
      expect(english.headers['content-language']).toBe('en');
      expect(english.body.detail).toContain('This document was changed');
      const pt = await request(api.server)
        .patch(`/api/v1/documents/${created.id}?lang=pt`)
        .set(chineseCoordinator.auth)
        .set('If-Match', '"99"')
        .send({ title: 'x' })
        .expect(412);
      expect(pt.body.detail).toContain('Este registro (documento)');
    });

    it('says that a missing field is required, not what its length rule says', async () => {
      const response = await request(api.server).post('/api/v1/auth/login').set('Accept-Language', 'zh-CN').send({ email: 'nobody@example.org' }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'password', rule: 'isDefined', message: 'password 为必填项。' }]);
    });

    it('explains a malformed XLIFF file in pt-BR, with a real column', async () => {
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: 'Mangroves store carbon.',
        targetLocales: ['pt-BR'],
      });
      const broken =
        '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="pt-BR">\n<file id="f"></unit>\n</xliff>\n';
      const response = await request(api.server)
        .post(`/api/v1/documents/${created.id}/xliff`)
        .set(translator.auth)
        .set('Accept-Language', 'pt-BR')
        .set('Content-Type', 'application/xliff+xml')
        .send(broken)
        .expect(400);
      expect(response.body.code).toBe('documents_xml_malformed');
      expect(response.body.detail).toBe('O arquivo não é XML bem formado na linha 3, coluna 20: uma tag de fechamento não corresponde ao elemento aberto.');
      expect(response.body).toMatchObject({ line: 3, column: 20, reason: 'unexpectedCloseTag' });
      const unclosed = await request(api.server)
        .post(`/api/v1/documents/${created.id}/xliff`)
        .set(translator.auth)
        .set('Accept-Language', 'zh-CN')
        .set('Content-Type', 'application/xliff+xml')
        .send('<xliff>\n')
        .expect(400);
      expect(unclosed.body.column).toBeGreaterThanOrEqual(1);
      expect(unclosed.body.detail).toBe(`文件在第2行第${unclosed.body.column}列不是格式正确的XML：元素 xliff 没有结束标记。`);
    });

    it('gives the messages of the QA findings that refuse an approval, not their keys', async () => {
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: 'The project restores 12 hectares.',
        targetLocales: ['pt-BR'],
      });
      const [row] = await segmentsOf(api, created.id, 'pt-BR', translator.auth);
      const saved = await saveTranslation(api, translator.auth, created.id, row, 'pt-BR', 'O projeto restaura hectares.').expect(200);
      const refused = await review(api, reviewer.auth, created.id, saved.body, 'pt-BR', 'approved').set('Accept-Language', 'zh-CN').expect(422);
      expect(refused.body.code).toBe('documents_qa_blocks_approval');
      const numbers = refused.body.findings.find((finding: { check: string }) => finding.check === 'numbers');
      expect(numbers).toMatchObject({ messageKey: 'documents.qa.numbers.missing', message: '原文中的数字12缺失或不一致。' });
      for (const text of [refused.body.title, refused.body.detail, numbers.message]) expect(englishIn(text)).toEqual([]);
    });
  });

  describe('i18next JSON', () => {
    it('keeps _zero and ordinal forms, and names the plural forms and keys a locale lacks', async () => {
      const namespace = `fidelity-${Date.now().toString(36)}`;
      const englishTranslator = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'translator', { locales: ['en'] });
      const english = {
        partners_zero: 'No partners yet',
        partners_one: '{{count}} partner',
        partners_other: '{{count}} partners',
        place_ordinal_one: '{{count}}st',
        place_ordinal_two: '{{count}}nd',
        place_ordinal_few: '{{count}}rd',
        place_ordinal_other: '{{count}}th',
        title: 'Partners',
      };
      const imported = await request(api.server).put(`/api/v1/ui-strings/${namespace}/en`).set(englishTranslator.auth).send(english).expect(200);
      expect(imported.body).toMatchObject({ imported: 3, unused: [], missing: [] });
      const exported = await request(api.server).get(`/api/v1/ui-strings/${namespace}/en`).set(coordinator.auth).expect(200);
      expect(exported.body).toEqual(english);
      expect(exported.headers).toMatchObject({ 'x-missing-plurals': '', 'x-missing-keys': '' });

      await request(api.server)
        .put(`/api/v1/ui-strings/${namespace}/pt-BR`)
        .set(translator.auth)
        .send({ partners_one: '{{count}} parceiro', partners_other: '{{count}} parceiros' })
        .expect(200);
      const portuguese = await request(api.server)
        .get(`/api/v1/ui-strings/${namespace}/pt-BR`)
        .set(coordinator.auth)
        .set('Accept-Language', 'zh-CN')
        .expect(200);
      expect(portuguese.headers).toMatchObject({ 'x-missing-plurals': 'partners_many', 'x-missing-keys': 'place_ordinal, title', 'content-language': 'pt-BR' });
    });
  });

  describe('refusals that help', () => {
    it('name the roles an action needs, in the caller language', async () => {
      const refused = await request(api.server)
        .post('/api/v1/documents')
        .set(translator.auth)
        .set('Accept-Language', 'zh-CN')
        .send({ title: 'x', subjectType: 'project', sourceLocale: 'en', targetLocales: ['zh-CN'], markdown: 'x' })
        .expect(403);
      expect(refused.body).toMatchObject({ code: 'forbidden_role', detail: '此操作需要以下角色之一：平台管理员、模式管理方、协调员、填报员。' });
    });

    it('tell a reviewer of en that an existing pt-BR translation is not their locale, and another city nothing', async () => {
      const english = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'reviewer', { locales: ['en'] });
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: '红树林储存碳。',
        sourceLocale: 'zh-CN',
        targetLocales: ['en', 'pt-BR'],
      });
      const [row] = await segmentsOf(api, created.id, 'pt-BR', translator.auth);
      await saveTranslation(api, translator.auth, created.id, row, 'pt-BR', 'Os manguezais armazenam carbono.').expect(200);
      const path = `/api/v1/documents/${created.id}/segments/${row.segmentId}/translations/pt-BR`;
      const refused = await request(api.server).get(path).set(english.auth).expect(403);
      expect(refused.body).toMatchObject({ code: 'forbidden_locale', locale: 'pt-BR', yourLocales: ['en'] });
      expect(refused.body.detail).toBe('This is work on the pt-BR translation, which belongs to the language team of pt-BR; you work in en.');
      expect(JSON.stringify(refused.body)).not.toContain('manguezais');
      const neighbour = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction' }), 'coordinator');
      const hidden = await request(api.server).get(path).set(neighbour.auth).expect(404);
      expect(hidden.body.code).toBe('not_found');
    });

    it('tell a language team of en writing an existing pt-BR translation that it is not their locale, and another city nothing', async () => {
      const team = await createOrganisation(api, { kind: 'language_team' });
      const englishReviewer = await signedInMember(api, team, 'reviewer', { locales: ['en'] });
      const englishTranslator = await signedInMember(api, team, 'translator', { locales: ['en'] });
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: '红树林储存碳。',
        sourceLocale: 'zh-CN',
        targetLocales: ['en', 'pt-BR'],
      });
      const [row] = await segmentsOf(api, created.id, 'pt-BR', translator.auth);
      const saved = await saveTranslation(api, translator.auth, created.id, row, 'pt-BR', 'Os manguezais armazenam carbono.').expect(200);
      const xliff = await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'pt-BR' }).set(translator.auth).expect(200);
      const postXliff = (as: SignedInUser) =>
        request(api.server)
          .post(`/api/v1/documents/${created.id}/xliff`)
          .set(as.auth)
          .set('Content-Type', 'application/xliff+xml')
          .send(xliff.text.replace('Os manguezais armazenam carbono.', 'Trocado.'));
      const writes: [string, (as: SignedInUser) => request.Test][] = [
        ['save', (as) => saveTranslation(api, as.auth, created.id, saved.body, 'pt-BR', 'Trocado.')],
        ['review', (as) => review(api, as.auth, created.id, saved.body, 'pt-BR', 'reviewed')],
        ['approve', (as) => review(api, as.auth, created.id, saved.body, 'pt-BR', 'approved')],
        ['XLIFF import', postXliff],
      ];
      for (const [action, write] of writes) {
        for (const [who, english] of [
          ['reviewer', englishReviewer],
          ['translator', englishTranslator],
        ] as const) {
          const refused = await write(english).set('Accept-Language', 'zh-CN');
          // A translator may not review anywhere: that refusal names the roles instead.
          const expectedCode = who === 'translator' && action !== 'save' && action !== 'XLIFF import' ? 'forbidden_role' : 'forbidden_locale';
          expect([action, who, refused.status, refused.body.code]).toEqual([action, who, 403, expectedCode]);
          if (expectedCode === 'forbidden_locale') {
            expect(refused.body).toMatchObject({ locale: 'pt-BR', yourLocales: ['en'] });
            // In Chinese, naming the locale the action needs; the locale tags are the only Latin letters.
            expect(refused.body.detail).toMatch(/[\u4e00-\u9fff].*pt-BR/);
            expect(englishIn(refused.body.detail.replaceAll(/pt-BR|\ben\b/g, ''))).toEqual([]);
          }
          expect(JSON.stringify(refused.body)).not.toContain('manguezais');
        }
      }
      // A team the draft does not target cannot know it exists: 404, as for any other city's
      // draft. Another city's coordinator may not translate at all: the role refusal, before
      // any record is read.
      const chineseTeam = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'reviewer', { locales: ['zh-CN'] });
      const neighbour = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction' }), 'coordinator');
      for (const [action, write] of writes) {
        const hidden = await write(chineseTeam);
        expect([action, hidden.status, hidden.body.code]).toEqual([action, 404, 'not_found']);
        const refused = await write(neighbour);
        expect([action, refused.status, refused.body.code]).toEqual([action, 403, 'forbidden_role']);
      }
      const unchanged = await request(api.server)
        .get(translationPath(created.id, row.segmentId, 'pt-BR'))
        .set(translator.auth)
        .expect(200);
      expect(unchanged.body).toMatchObject({ text: 'Os manguezais armazenam carbono.', state: 'translated', version: saved.body.version });
    });
  });

  describe('glossary writes', () => {
    it('creates with POST, changes with If-Match, never creates on PUT, deletes with history', async () => {
      const id = `fidelity-${Date.now().toString(36)}`;
      const glossary = '/api/v1/glossary';
      const created = await request(api.server)
        .post(glossary)
        .set(reviewer.auth)
        .send({ id, locale: 'pt-BR', terms: [{ text: 'manguezal', status: 'preferred' }] })
        .expect(201);
      expect(created.headers).toMatchObject({ etag: '"1"', location: `/api/v1/glossary/${id}` });
      expect(created.body).toMatchObject({ id, version: 1, terms: { 'pt-BR': [{ text: 'manguezal', status: 'preferred' }] } });
      const again = await request(api.server)
        .post(glossary)
        .set(reviewer.auth)
        .set('Accept-Language', 'zh-CN')
        .send({ id, locale: 'pt-BR', terms: [] })
        .expect(409);
      expect(again.body.detail).toBe('该请求与术语条目的当前状态冲突。');

      const terms = (conceptId: string) => request(api.server).put(`${glossary}/${conceptId}/terms/pt-BR`).set(reviewer.auth);
      const body = { terms: [{ text: 'mangue', status: 'preferred' }] };
      await terms(id).send(body).expect(428);
      await terms(`unknown-${id}`).set('If-Match', '"1"').send(body).expect(404);
      expect((await request(api.server).get(`${glossary}/unknown-${id}`).set(reviewer.auth)).status).toBe(404);
      const updated = await terms(id).set('If-Match', '"1"').send(body).expect(200);
      expect(updated.headers.etag).toBe('"2"');
      const stale = await terms(id).set('If-Match', '"1"').set('Accept-Language', 'pt-BR').send(body).expect(412);
      expect(stale).toMatchObject({ body: { code: 'precondition_failed', currentVersion: 2 } });
      expect(stale.body.detail).toContain('(conceito do glossário)');

      await request(api.server).delete(`${glossary}/${id}`).set(reviewer.auth).expect(428);
      await request(api.server).delete(`${glossary}/${id}`).set(translator.auth).set('If-Match', '"2"').expect(403);
      await request(api.server).delete(`${glossary}/${id}`).set(reviewer.auth).set('If-Match', '"2"').expect(204);
      await request(api.server).get(`${glossary}/${id}`).set(reviewer.auth).expect(404);
      const history = await request(api.server).get(`${glossary}/${id}/history`).set(coordinator.auth).expect(200);
      expect(history.body.items.map((entry: { action: string; version: number; terms: object }) => [entry.action, entry.version, entry.terms])).toEqual([
        ['created', 1, { 'pt-BR': [{ text: 'manguezal', status: 'preferred' }] }],
        ['updated', 2, { 'pt-BR': [{ text: 'mangue', status: 'preferred' }] }],
        ['deleted', 2, { 'pt-BR': [{ text: 'mangue', status: 'preferred' }] }],
      ]);
      // The id is free again.
      await request(api.server).post(glossary).set(reviewer.auth).send({ id, locale: 'pt-BR', terms: [] }).expect(201);
    });
  });

  describe('publishing', () => {
    it('marks fallback in HTML, keeps a published locale, and makes no revision of the same text', async () => {
      const markdown = 'Mangroves store carbon.\n\nThey grow fast.';
      const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown, targetLocales: ['pt-BR', 'zh-CN'] });
      const [first] = await segmentsOf(api, created.id, 'pt-BR', translator.auth);
      const saved = await saveTranslation(api, translator.auth, created.id, first, 'pt-BR', 'Os manguezais armazenam carbono.').expect(200);
      await review(api, reviewer.auth, created.id, saved.body, 'pt-BR', 'approved').expect(200);
      const steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
      const published = await request(api.server)
        .post(`/api/v1/documents/${created.id}/publications/pt-BR`)
        .set(steward.auth)
        .send({ partial: true })
        .expect(201);
      expect(published.body.html).toContain('<p><span lang="en" class="source-fallback">They grow fast.</span></p>');

      const current = await request(api.server).get(`/api/v1/documents/${created.id}`).set(coordinator.auth).expect(200);
      const dropped = await request(api.server)
        .patch(`/api/v1/documents/${created.id}`)
        .set(coordinator.auth)
        .set('If-Match', current.headers.etag)
        .send({ targetLocales: ['zh-CN'] })
        .expect(409);
      expect(dropped.body).toMatchObject({ code: 'documents_locale_published', publishedLocales: ['pt-BR'] });

      const same = await request(api.server)
        .post(`/api/v1/documents/${created.id}/revisions`)
        .set(coordinator.auth)
        .set('If-Match', current.headers.etag)
        .send({ markdown })
        .expect(200);
      expect(same.headers.etag).toBe(current.headers.etag);
      expect(same.body).toMatchObject({ currentRevision: 1, revisionSummary: { revision: 1, counts: { unchanged: 2, new: 0 } } });
      await request(api.server).post(`/api/v1/documents/${created.id}/revisions`).set(coordinator.auth).set('If-Match', '"99"').send({ markdown }).expect(412);
    });
  });

  describe('Content-Language', () => {
    it('names the language of an exported Markdown file, not the one the caller reads', async () => {
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: 'Mangroves store carbon.\n\nThey grow fast.',
        targetLocales: ['pt-BR'],
      });
      const [first, second] = await segmentsOf(api, created.id, 'pt-BR', translator.auth);
      await saveTranslation(api, translator.auth, created.id, first, 'pt-BR', 'Os manguezais armazenam carbono.').expect(200);
      const partial = await request(api.server)
        .get(`/api/v1/documents/${created.id}/markdown`)
        .query({ locale: 'pt-BR' })
        .set(coordinator.auth)
        .set('Accept-Language', 'zh-CN')
        .expect(200);
      // One paragraph still in the source language: the file is in both.
      expect(partial.headers['content-language']).toBe('pt-BR, en');
      await saveTranslation(api, translator.auth, created.id, second, 'pt-BR', 'Eles crescem rápido.').expect(200);
      const complete = await request(api.server)
        .get(`/api/v1/documents/${created.id}/markdown`)
        .query({ locale: 'pt-BR' })
        .set(coordinator.auth)
        .set('Accept-Language', 'zh-CN')
        .expect(200);
      expect(complete.headers['content-language']).toBe('pt-BR');
      expect(complete.text).toContain('Os manguezais armazenam carbono.');
    });
  });
});
