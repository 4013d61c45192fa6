import request from 'supertest';
import { dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, type SegmentRow, translationPath, twoCitiesAndATeam } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const HAN = /\p{Script=Han}/u;

/** A reviewer's reason travels with the rejection: to the translator's segment, its history and the audit. */
describe(`documents: review comments on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;
  let taishanCoordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;
  let documentId: string;

  beforeAll(async () => {
    api = await startTestApi();
    let team: TestOrganisation;
    ({ enping, team, coordinator, taishanCoordinator } = await twoCitiesAndATeam(api));
    translator = await signedInMember(api, team, 'translator', { locales: ['zh-CN'] });
    reviewer = await signedInMember(api, team, 'reviewer', { locales: ['zh-CN'] });
    documentId = (
      await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        markdown: 'Enping has 68 hectares of mangrove.\n\nThe project restores 12 hectares of degraded mangrove.\n\nMonitoring starts in 2027.\n',
      })
    ).id;
  });
  afterAll(() => api.close());

  async function translated(pattern: RegExp, text: string): Promise<SegmentRow> {
    const row = (await segmentsOf(api, documentId, 'zh-CN', translator.auth)).find((candidate) => pattern.test(candidate.sourceText)) as SegmentRow;
    return (await saveTranslation(api, translator.auth, documentId, row, 'zh-CN', text).expect(200)).body;
  }

  it('refuses a rejection without a reason, or with one too long, naming comment in the caller’s language, and changes nothing', async () => {
    const saved = await translated(/68 hectares/, '恩平有红树林68公顷。');
    for (const body of [{ decision: 'rejected' }, { decision: 'rejected', comment: '   ' }, { decision: 'rejected', comment: null }]) {
      const refused = await request(api.server)
        .post(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/review`)
        .set(reviewer.auth)
        .set('If-Match', `"${saved.version}"`)
        .set('Accept-Language', 'zh-CN')
        .send(body)
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);
      expect(refused.body.errors[0].message).toMatch(HAN);
    }
    const tooLong = await review(api, reviewer.auth, documentId, saved, 'zh-CN', 'rejected', 'x'.repeat(2001)).set('Accept-Language', 'pt-BR').expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'comment', rule: 'maxLength' })]);
    expect(tooLong.body.errors[0].message).toMatch(/comment/);
    const unchanged = (await segmentsOf(api, documentId, 'zh-CN', translator.auth)).find((row) => row.segmentId === saved.segmentId);
    expect(unchanged).toMatchObject({ state: 'translated', version: saved.version, rejectionComment: null });
  });

  it('shows the trimmed reason on the draft, in its history and in the audit, until the translator sends a new text', async () => {
    const saved = await translated(/12 hectares/, '项目修复12公顷。');
    const rejected = await review(api, reviewer.auth, documentId, saved, 'zh-CN', 'rejected', '  “退化红树林”漏译了。 ').expect(200);
    expect(rejected.body).toMatchObject({ state: 'draft', rejectionComment: '“退化红树林”漏译了。' });
    const [row] = (await segmentsOf(api, documentId, 'zh-CN', translator.auth)).filter((candidate) => candidate.segmentId === saved.segmentId);
    expect(row).toMatchObject({ state: 'draft', rejectionComment: '“退化红树林”漏译了。' });

    const history = await request(api.server)
      .get(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/history`)
      .set(translator.auth)
      .expect(200);
    expect(history.body.map((entry: { action: string; comment: string | null }) => [entry.action, entry.comment])).toEqual([
      ['saved', null],
      ['rejected', '“退化红树林”漏译了。'],
    ]);
    const [audit] = await dataSourceOf(api).query(`SELECT after FROM audit_event WHERE action = 'documents.translation.rejected' AND subject_id = $1`, [
      rejected.body.translationId,
    ]);
    expect(audit.after).toMatchObject({ state: 'draft', comment: '“退化红树林”漏译了。' });

    // A draft saved again still answers the same rejection; a text sent for review does not.
    const draft = await request(api.server)
      .put(translationPath(documentId, saved.segmentId, 'zh-CN'))
      .set(translator.auth)
      .set('If-Match', `"${rejected.body.version}"`)
      .send({ text: '项目修复12公顷退化', state: 'draft' })
      .expect(200);
    expect(draft.body.rejectionComment).toBe('“退化红树林”漏译了。');
    const fixed = await saveTranslation(api, translator.auth, documentId, draft.body, 'zh-CN', '项目修复12公顷退化红树林。').expect(200);
    expect(fixed.body).toMatchObject({ state: 'translated', rejectionComment: null });
    const approved = await review(api, reviewer.auth, documentId, fixed.body, 'zh-CN', 'approved', 'Thanks').expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', rejectionComment: null });
    const after = await request(api.server)
      .get(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/history`)
      .set(reviewer.auth)
      .expect(200);
    expect(after.body.at(-1)).toMatchObject({ action: 'approved', comment: 'Thanks' });

    // Approved, then sent back to draft by the translator: the old rejection is not shown again.
    const redraft = await request(api.server)
      .put(translationPath(documentId, saved.segmentId, 'zh-CN'))
      .set(translator.auth)
      .set('If-Match', `"${approved.body.version}"`)
      .send({ text: '项目修复12公顷退化红树林', state: 'draft' })
      .expect(200);
    expect(redraft.body).toMatchObject({ state: 'draft', rejectionComment: null });
  });

  it('keeps a rejection and its reason away from another city', async () => {
    const saved = await translated(/2027/, '监测于2027年开始。');
    await review(api, reviewer.auth, documentId, saved, 'zh-CN', 'rejected', '年份格式').expect(200);
    await request(api.server)
      .get(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/history`)
      .set(taishanCoordinator.auth)
      .expect(404);
    await request(api.server).get(`/api/v1/documents/${documentId}/segments`).query({ locale: 'zh-CN' }).set(taishanCoordinator.auth).expect(404);
  });
});
