import { createHash } from 'node:crypto';
import request from 'supertest';
import { Document } from '../../libs/documents/src/entities/document.entity';
import { DocumentsRepository } from '../../libs/documents/src/repositories/documents.repository';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, uniqueSuffix } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, translationPath, twoCitiesAndATeam } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What the hot paths of documents keep: a large import written in one statement per table,
 * documents read by a prepared statement instead of the entity manager, memory suggestions
 * through a prepared statement whose plan the server keeps.
 */
describe(`documents: bulk writes and prepared reads on the ${engineName()} engine`, () => {
  let api: TestApi;
  let coordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;
  let jurisdictionCode: string;

  beforeAll(async () => {
    api = await startTestApi();
    const cast = await twoCitiesAndATeam(api);
    coordinator = cast.coordinator;
    jurisdictionCode = cast.enping.jurisdictionCode as string;
    translator = await signedInMember(api, cast.team, 'translator', { locales: ['zh-CN'] });
    reviewer = await signedInMember(api, cast.team, 'reviewer', { locales: ['zh-CN'] });
  });
  afterAll(() => api.close());

  it('imports 10,000 sentences as 10,000 segments in order, each with its text, hash and neighbours', async () => {
    // Quotes, apostrophes, accents, Han and an emoji: what JSON and SQL must carry unchanged.
    const sentence = (k: number): string => `Plot ${k} "stores" ${k % 97} tonnes of carbon in l'été's soil 🌿 红树林.`;
    const paragraphs: string[] = [];
    for (let k = 0; k < 10_000; k += 5) paragraphs.push([0, 1, 2, 3, 4].map((i) => sentence(k + i)).join(' '));
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode, markdown: `# Bulk\n\n${paragraphs.join('\n\n')}\n` });
    expect(created.revisionSummary).toMatchObject({ segments: 10_001, counts: { new: 10_001 } });

    const rows: { ordinal: number; source_text: string; source_hash: string; previous_hash: string | null; next_hash: string | null; words: number }[] =
      await dataSourceOf(api).query(
        `SELECT ordinal, source_text, source_hash, previous_hash, next_hash, words FROM document_segment WHERE document_id = $1 ORDER BY ordinal`,
        [created.id],
      );
    const expected = ['Bulk', ...Array.from({ length: 10_000 }, (_, k) => sentence(k))];
    expect(rows.map((row) => row.ordinal)).toEqual(expected.map((_, i) => i));
    expect(rows.map((row) => row.source_text)).toEqual(expected);
    expect(rows.map((row) => row.source_hash)).toEqual(expected.map(sha256));
    expect(rows.map((row) => row.previous_hash)).toEqual([null, ...expected.slice(0, -1).map(sha256)]);
    expect(rows.map((row) => row.next_hash)).toEqual([...expected.slice(1).map(sha256), null]);
    expect(Number(rows[1].words)).toBeGreaterThan(5);
  });

  it('refuses a text with an unpaired surrogate, naming the field, and creates nothing', async () => {
    // The platform's pipe refuses broken UTF-16 before the importer sees it (it was a 500 once).
    const title = 'Broken surrogate document';
    const refused = await request(api.server)
      .post('/api/v1/documents')
      .set(coordinator.auth)
      .send({
        title,
        subjectType: 'project',
        sourceLocale: 'en',
        targetLocales: ['zh-CN'],
        jurisdictionCode,
        markdown: 'Mangrove \ud800 soil. Second sentence.\n',
      })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'markdown', rule: 'wellFormedText' })]);
    const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM document WHERE title = $1`, [title]);
    expect(count).toBe(0);
  });

  it('reads a document as the entity manager does, every column', async () => {
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode, markdown: 'Text.', dueOn: '2027-03-31', subjectType: 'none' });
    const dataSource = dataSourceOf(api);
    const prepared = await new DocumentsRepository(dataSource).find(dataSource.manager, created.id);
    const entity = await dataSource.manager.findOneBy(Document, { id: created.id });
    expect(prepared).toBeInstanceOf(Document);
    expect(prepared).toEqual(entity);
    expect(prepared?.dueOn).toBe('2027-03-31');
    expect(await new DocumentsRepository(dataSource).find(dataSource.manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('suggests a pair approved after the suggestion statement was prepared and planned', async () => {
    const tag = uniqueSuffix().replace(/[a-f]/g, '').slice(0, 4).padEnd(4, '3');
    const source = `Mangrove plot ${tag} stores carbon in its soil.`;
    const query = await createDocument(api, coordinator.auth, { jurisdictionCode, markdown: source });
    const [segment] = await segmentsOf(api, query.id, 'zh-CN', translator.auth);
    const suggestions = async () =>
      (
        await request(api.server)
          .get(`${translationPath(query.id, segment.segmentId, 'zh-CN')}/suggestions`)
          .set(translator.auth)
          .expect(200)
      ).body.memory as {
        targetText: string;
      }[];
    // Past the five executions after which the server may keep a generic plan.
    for (let i = 0; i < 7; i++) expect(await suggestions()).toEqual([]);

    const other = await createDocument(api, coordinator.auth, { jurisdictionCode, markdown: source });
    const [row] = await segmentsOf(api, other.id, 'zh-CN', reviewer.auth);
    const saved = await saveTranslation(api, reviewer.auth, other.id, row, 'zh-CN', `红树林样地${tag}的土壤储存碳。`).expect(200);
    await review(api, reviewer.auth, other.id, saved.body, 'zh-CN', 'approved').expect(200);
    expect((await suggestions()).map((suggestion) => suggestion.targetText)).toEqual([`红树林样地${tag}的土壤储存碳。`]);
  });

  it('keeps renders apart for documents another city cannot read', async () => {
    const taishan = await createOrganisation(api, { kind: 'jurisdiction' });
    const outsider = await signedInMember(api, taishan, 'coordinator');
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode, markdown: 'Only for Enping.' });
    const render = (as: SignedInUser) =>
      request(api.server).get(`/api/v1/documents/${created.id}/render`).query({ locale: 'zh-CN', revision: 'current' }).set(as.auth);
    await render(coordinator).expect(200);
    // The render is kept now; a reader of another city still gets nothing of it.
    await render(outsider).expect(404);
    await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(outsider.auth).expect(404);
  });
});
