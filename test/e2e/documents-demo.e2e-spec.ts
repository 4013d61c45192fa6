import request from 'supertest';
import { DEMO_USERS } from '@bluecarbon/identity/testing';
import { signIn } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/** The newcomer's embedded start: Enping's bilingual project description is there to work on. */
describe('documents demo data on a fresh embedded database', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_URL: '' });
  });
  afterAll(() => api.close());

  it('seeds the Enping project description with English mostly approved and Portuguese to do', async () => {
    const user = DEMO_USERS.find((candidate) => candidate.email === 'translator.pt@bluecarbon.demo');
    if (!user) throw new Error('demo translator missing');
    const translator = await signIn(api, { email: user.email, password: api.config.env.DEMO_PASSWORD });
    const queue = await request(api.server).get('/api/v1/translation-tasks').set(translator.auth).expect(200);
    expect(queue.body.items).toEqual([expect.objectContaining({ jurisdictionCode: 'CN-GD-ENPING', locale: 'pt-BR', segments: 11, untranslated: 11 })]);
    const documentId = queue.body.items[0].documentId;
    const coordinator = await signIn(api, { email: 'coordinator@enping.demo', password: api.config.env.DEMO_PASSWORD });
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
});
