import request from 'supertest';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, uniqueSuffix } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, translationPath } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

interface Suggestion {
  kind: string;
  score: number;
  sourceText: string;
  targetText: string;
  diff: { op: string; text: string }[];
}

describe(`documents: translation memory and glossary on the ${engineName()} engine`, () => {
  let api: TestApi;
  let coordinator: SignedInUser;
  let reviewers: Record<'en' | 'zh-CN' | 'pt-BR', SignedInUser>;
  let jurisdictionCode: string;
  // Test files share a server database: a tag keeps this run's memory entries apart.
  const tag = uniqueSuffix().replace(/[a-f]/g, '').slice(0, 4).padEnd(4, '7');

  beforeAll(async () => {
    api = await startTestApi();
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    jurisdictionCode = city.jurisdictionCode as string;
    coordinator = await signedInMember(api, city, 'coordinator');
    const team = await createOrganisation(api, { kind: 'language_team' });
    reviewers = {
      en: await signedInMember(api, team, 'reviewer', { locales: ['en'] }),
      'zh-CN': await signedInMember(api, team, 'reviewer', { locales: ['zh-CN'] }),
      'pt-BR': await signedInMember(api, team, 'reviewer', { locales: ['pt-BR'] }),
    };
  });
  afterAll(() => api.close());

  /** A one-segment document whose translation into `target` is approved: one memory entry. */
  async function approvedPair(sourceLocale: string, target: 'en' | 'zh-CN' | 'pt-BR', source: string, translation: string): Promise<void> {
    const document = await createDocument(api, coordinator.auth, { jurisdictionCode, sourceLocale, targetLocales: [target], markdown: source });
    const [row] = await segmentsOf(api, document.id, target, reviewers[target].auth);
    const saved = await saveTranslation(api, reviewers[target].auth, document.id, row, target, translation).expect(200);
    await review(api, reviewers[target].auth, document.id, saved.body, target, 'approved').expect(200);
  }

  async function suggestionsFor(sourceLocale: string, target: 'en' | 'zh-CN' | 'pt-BR', source: string) {
    const document = await createDocument(api, coordinator.auth, { jurisdictionCode, sourceLocale, targetLocales: [target], markdown: source });
    const [row] = await segmentsOf(api, document.id, target, reviewers[target].auth);
    const response = await request(api.server)
      .get(`${translationPath(document.id, row.segmentId, target)}/suggestions`)
      .set(reviewers[target].auth)
      .expect(200);
    return response.body as { memory: Suggestion[]; glossary: { conceptId: string; expected: string[]; forbidden: string[] }[] };
  }

  it("keeps another city's unpublished pairs out of the suggestions", async () => {
    const neighbour = await createOrganisation(api, { kind: 'jurisdiction' });
    const neighbourCoordinator = await signedInMember(api, neighbour, 'coordinator');
    const secret = `台山未公开的红树林修复计划编号${tag}，面积一百公顷。`;
    const draft = await createDocument(api, neighbourCoordinator.auth, {
      jurisdictionCode: neighbour.jurisdictionCode as string,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: secret,
    });
    const [row] = await segmentsOf(api, draft.id, 'en', reviewers.en.auth);
    const saved = await saveTranslation(api, reviewers.en.auth, draft.id, row, 'en', `Taishan's unpublished restoration plan no. ${tag}, 100 hectares.`).expect(
      200,
    );
    await review(api, reviewers.en.auth, draft.id, saved.body, 'en', 'approved').expect(200);

    const { memory } = await suggestionsFor('zh-CN', 'en', secret);
    expect(memory.map((suggestion) => suggestion.targetText)).not.toContain(`Taishan's unpublished restoration plan no. ${tag}, 100 hectares.`);
    // The same pair does serve the city that wrote it.
    const own = await createDocument(api, neighbourCoordinator.auth, {
      jurisdictionCode: neighbour.jurisdictionCode as string,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: secret,
    });
    const [ownRow] = await segmentsOf(api, own.id, 'en', reviewers.en.auth);
    const response = await request(api.server)
      .get(`${translationPath(own.id, ownRow.segmentId, 'en')}/suggestions`)
      .set(reviewers.en.auth)
      .expect(200);
    expect((response.body.memory as Suggestion[]).map((suggestion) => suggestion.targetText)).toContain(
      `Taishan's unpublished restoration plan no. ${tag}, 100 hectares.`,
    );
  });

  it("suggests another city's published pairs, never those it approved after publishing", async () => {
    const neighbour = await createOrganisation(api, { kind: 'jurisdiction' });
    const neighbourCoordinator = await signedInMember(api, neighbour, 'coordinator');
    const steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
    const published = `台山已公开的海堤加固方案编号${tag}，长度三公里。`;
    const later = `台山尚未公开的滩涂征用清单编号${tag}，共十二块。`;
    const document = await createDocument(api, neighbourCoordinator.auth, {
      jurisdictionCode: neighbour.jurisdictionCode as string,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: published,
    });
    const [first] = await segmentsOf(api, document.id, 'en', reviewers.en.auth);
    const firstSaved = await saveTranslation(
      api,
      reviewers.en.auth,
      document.id,
      first,
      'en',
      `Taishan's published seawall plan no. ${tag}, 3 kilometres long.`,
    ).expect(200);
    await review(api, reviewers.en.auth, document.id, firstSaved.body, 'en', 'approved').expect(200);
    await request(api.server).post(`/api/v1/documents/${document.id}/publications/en`).set(steward.auth).send({}).expect(201);
    // After the publication: a new revision whose new paragraph is translated and approved.
    const current = await request(api.server).get(`/api/v1/documents/${document.id}`).set(neighbourCoordinator.auth).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${document.id}/revisions`)
      .set(neighbourCoordinator.auth)
      .set('If-Match', current.headers.etag)
      .send({ markdown: `${published}\n\n${later}` })
      .expect(201);
    const second = (await segmentsOf(api, document.id, 'en', reviewers.en.auth)).find((row) => row.sourceText === later);
    if (!second) throw new Error('the new paragraph has no segment');
    const secondSaved = await saveTranslation(
      api,
      reviewers.en.auth,
      document.id,
      second,
      'en',
      `Taishan's unannounced land list no. ${tag}, 12 plots in all.`,
    ).expect(200);
    await review(api, reviewers.en.auth, document.id, secondSaved.body, 'en', 'approved').expect(200);

    const fromLater = await suggestionsFor('zh-CN', 'en', later);
    // Neither the unpublished translation nor the unpublished source (a fuzzy match shows both).
    const leaked = fromLater.memory.filter((suggestion) => suggestion.targetText.includes('unannounced') || suggestion.sourceText.includes('滩涂征用'));
    expect(leaked).toEqual([]);
    const fromPublished = await suggestionsFor('zh-CN', 'en', published);
    expect(fromPublished.memory.map((suggestion) => suggestion.targetText)).toContain(`Taishan's published seawall plan no. ${tag}, 3 kilometres long.`);
  });

  it('runs on a database whose trigram search understands Chinese', async () => {
    const [{ similarity }] = await dataSourceOf(api).query(`SELECT similarity('恩平镇海湾有红树林68公顷', '恩平镇海湾有红树林70公顷') AS similarity`);
    expect(Number(similarity)).toBeGreaterThan(0.3);
  });

  it('suggests a fuzzy match for Chinese source text through pg_trgm, with what differs (zh-CN → en)', async () => {
    await approvedPair('zh-CN', 'en', `恩平镇海湾有红树林68公顷，编号${tag}。`, `Enping has 68 hectares of mangrove in Zhenhai Bay, no. ${tag}.`);
    const { memory, glossary } = await suggestionsFor('zh-CN', 'en', `恩平镇海湾有红树林70公顷，编号${tag}。`);
    expect(memory[0]).toMatchObject({ kind: 'fuzzy', targetText: `Enping has 68 hectares of mangrove in Zhenhai Bay, no. ${tag}.` });
    expect(memory[0].score).toBeGreaterThanOrEqual(60);
    expect(memory[0].score).toBeLessThan(100);
    expect(
      memory[0].diff
        .filter((op) => op.op !== 'equal')
        .map((op) => op.text)
        .join(''),
    ).toMatch(/68|70/);
    expect(glossary).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ conceptId: 'mangrove', expected: expect.arrayContaining(['mangrove']), forbidden: ['mangrove swamp'] }),
      ]),
    );
  });

  it('gives exact matches in the same context 101 and keeps directions apart (en → zh-CN, en → pt-BR, zh-CN → pt-BR)', async () => {
    await approvedPair('en', 'zh-CN', `Blue carbon project ${tag} protects the mangrove.`, `蓝碳项目${tag}保护红树林。`);
    await approvedPair('en', 'pt-BR', `Blue carbon project ${tag} protects the mangrove.`, `O projeto de carbono azul ${tag} protege o manguezal.`);
    await approvedPair('zh-CN', 'pt-BR', `蓝碳项目${tag}保护红树林。`, `O projeto de carbono azul ${tag} protege o manguezal.`);

    const zh = await suggestionsFor('en', 'zh-CN', `Blue carbon project ${tag} protects the mangrove.`);
    expect(zh.memory[0]).toMatchObject({ kind: 'in-context', score: 101, targetText: `蓝碳项目${tag}保护红树林。` });
    expect(zh.memory.map((suggestion) => suggestion.targetText)).not.toContain(`O projeto de carbono azul ${tag} protege o manguezal.`);

    const pt = await suggestionsFor('en', 'pt-BR', `Blue carbon project ${tag} protects the mangroves.`);
    expect(pt.memory[0]).toMatchObject({ kind: 'fuzzy', targetText: `O projeto de carbono azul ${tag} protege o manguezal.` });

    const fromChinese = await suggestionsFor('zh-CN', 'pt-BR', `蓝碳项目${tag}保护红树林。`);
    expect(fromChinese.memory[0]).toMatchObject({ kind: 'in-context', score: 101, targetText: `O projeto de carbono azul ${tag} protege o manguezal.` });
  });

  it('finds nothing for unrelated text', async () => {
    const { memory } = await suggestionsFor('zh-CN', 'en', `完全无关的句子${tag}关于天气。`);
    expect(memory.filter((suggestion) => suggestion.targetText.includes(tag))).toEqual([]);
  });

  it('serves the seeded core glossary', async () => {
    const response = await request(api.server).get('/api/v1/glossary').set(reviewers.en.auth).expect(200);
    const mangrove = response.body.items.find((concept: { id: string }) => concept.id === 'mangrove');
    expect(mangrove.terms['zh-CN']).toEqual(expect.arrayContaining([{ text: '红树林', status: 'preferred' }]));
    expect(mangrove.terms['pt-BR']).toEqual(expect.arrayContaining([{ text: 'manguezal', status: 'preferred' }]));
  });
});
