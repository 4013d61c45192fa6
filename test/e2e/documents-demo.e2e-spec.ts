import request from 'supertest';
import { seedDocumentsDemo } from '@bluecarbon/documents';
import { DEMO_USERS } from '@bluecarbon/identity/testing';
import { dataSourceOf, signIn } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

type Task = { documentId: string; title: string; jurisdictionCode: string; locale: string; dueOn: string | null; segments: number; untranslated: number };

/** The newcomer's embedded start: Enping's and Taishan's project descriptions are there to work on. */
describe('documents demo data on a fresh embedded database', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_URL: '' });
  });
  afterAll(() => api.close());

  const demoSignIn = (email: string) => {
    const user = DEMO_USERS.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`demo user ${email} missing`);
    return signIn(api, { email: user.email, password: api.config.env.DEMO_PASSWORD });
  };

  it('seeds the Enping project description with English mostly approved and Portuguese to do', async () => {
    const translator = await demoSignIn('translator.pt@bluecarbon.demo');
    const queue = await request(api.server).get('/api/v1/translation-tasks').set(translator.auth).expect(200);
    const enpingTask = (queue.body.items as Task[]).find((task) => task.jurisdictionCode === 'CN-GD-ENPING');
    expect(enpingTask).toMatchObject({ locale: 'pt-BR', segments: 11, untranslated: 11 });
    const documentId = enpingTask!.documentId;
    const coordinator = await demoSignIn('coordinator@enping.demo');
    const document = await request(api.server).get(`/api/v1/documents/${documentId}`).set(coordinator.auth).expect(200);
    expect(document.body.progress.en.byState).toMatchObject({ approved: 9, translated: 1, untranslated: 1 });
    const english = await request(api.server)
      .get(`/api/v1/documents/${documentId}/render`)
      .query({ locale: 'en', revision: 'current' })
      .set(coordinator.auth)
      .expect(200);
    expect(english.body.markdown).toContain('- **Crediting period**: 20 years');
    expect(english.body.fallbackOrdinals).toEqual([10]);
  });

  it('gives the Chinese and Portuguese translators Taishan’s English description, due ahead, with memory and glossary help', async () => {
    const portuguese = await demoSignIn('translator.pt@bluecarbon.demo');
    const ptQueue = (await request(api.server).get('/api/v1/translation-tasks').set(portuguese.auth).expect(200)).body.items as Task[];
    expect(ptQueue.map((task) => [task.jurisdictionCode, task.locale])).toEqual(
      expect.arrayContaining([
        ['CN-GD-ENPING', 'pt-BR'],
        ['CN-GD-TAISHAN', 'pt-BR'],
      ]),
    );
    const translator = await demoSignIn('translator.zh@bluecarbon.demo');
    const queue = (await request(api.server).get('/api/v1/translation-tasks').set(translator.auth).expect(200)).body.items as Task[];
    expect(queue).toEqual([
      expect.objectContaining({
        title: 'Taishan Zhenhai Bay mangrove project: description',
        jurisdictionCode: 'CN-GD-TAISHAN',
        locale: 'zh-CN',
        segments: 12,
        untranslated: 12,
      }),
    ]);
    expect(queue[0]!.dueOn! > new Date().toISOString().slice(0, 10)).toBe(true);

    const segments = (
      await request(api.server).get(`/api/v1/documents/${queue[0]!.documentId}/segments`).query({ locale: 'zh-CN' }).set(translator.auth).expect(200)
    ).body.items as { segmentId: string; sourceText: string }[];
    expect(segments.map((segment) => segment.sourceText)).toContain('{1}Crediting period{/1}: 20 years');
    const suggestions = async (pattern: RegExp) => {
      const segment = segments.find((candidate) => pattern.test(candidate.sourceText));
      if (!segment) throw new Error(`no segment ${pattern}`);
      return (
        await request(api.server)
          .get(`/api/v1/documents/${queue[0]!.documentId}/segments/${segment.segmentId}/translations/zh-CN/suggestions`)
          .set(translator.auth)
          .expect(200)
      ).body as { memory: { kind: string; score: number; targetText: string }[]; glossary: { sourceTerm: string; expected: string[] }[] };
    };
    const overview = await suggestions(/^Taishan lies/);
    expect(overview.memory[0]).toMatchObject({ kind: 'fuzzy', targetText: '恩平市位于广东省西南部，镇海湾沿岸现有红树林68公顷。' });
    expect(overview.memory[0]!.score).toBeGreaterThanOrEqual(75);
    expect(overview.glossary).toEqual(
      expect.arrayContaining([expect.objectContaining({ sourceTerm: 'mangrove', expected: expect.arrayContaining(['红树林']) })]),
    );
    expect((await suggestions(/applies the Shenzhen/)).memory[0]).toMatchObject({ score: 100, targetText: '项目采用深圳红树林保护碳汇方法学。' });
    expect((await suggestions(/monitoring report in 2028/)).memory[0]).toMatchObject({ kind: 'fuzzy', targetText: '恩平市将于2027年提交首份监测报告。' });
  });

  it('adds nothing when seeded again', async () => {
    const counts = () =>
      dataSourceOf(api).query(
        `SELECT (SELECT count(*)::int FROM document) AS documents, (SELECT count(*)::int FROM document_segment) AS segments,
                (SELECT count(*)::int FROM translation) AS translations, (SELECT count(*)::int FROM translation_memory) AS memory,
                (SELECT max(updated_at) FROM translation_memory) AS memory_updated`,
      );
    const before = await counts();
    expect(await seedDocumentsDemo(dataSourceOf(api))).toEqual({ documents: 0, segments: 0 });
    expect(await counts()).toEqual(before);
  });
});
