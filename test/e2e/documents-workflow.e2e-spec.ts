import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { importXliff, validateXliff } from '@bluecarbon/documents/testing';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, translationPath, twoCitiesAndATeam } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const SOURCE_V1 = `# Enping mangrove restoration

Enping has 68 hectares of mangrove in Zhenhai Bay. The project restores 12 hectares.

- Crediting period: 20 years
- Buyer: local enterprises
`;

/** A CAT tool's edit of one segment in our export: new target and state, the rest untouched. */
function catEdit(xml: string, segmentId: string, target: string, state: string): string {
  const pattern = new RegExp(`<segment id="${segmentId}"[^>]*>(\\s*<source>[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
  if (!pattern.test(xml)) throw new Error(`segment ${segmentId} not in the export`);
  return xml.replace(pattern, `<segment id="${segmentId}" state="${state}">$1<target>${target}</target>`);
}

describe(`documents: translation workflow on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;
  let taishanCoordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;
  let portugueseTranslator: SignedInUser;
  let steward: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    let team: TestOrganisation;
    ({ enping, team, coordinator, taishanCoordinator } = await twoCitiesAndATeam(api));
    translator = await signedInMember(api, team, 'translator', { locales: ['zh-CN'] });
    reviewer = await signedInMember(api, team, 'reviewer', { locales: ['zh-CN'] });
    portugueseTranslator = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });
    steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
  });
  afterAll(() => api.close());

  it('round trip: translate some, export XLIFF, CAT edits, the source changes meanwhile, import: exact states, nothing lost', async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: SOURCE_V1,
      targetLocales: ['zh-CN', 'pt-BR'],
    });
    expect(created.revisionSummary).toMatchObject({ revision: 1, segments: 5, counts: { new: 5 } });
    const before = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    expect(before.map((row) => row.sourceText)).toEqual([
      'Enping mangrove restoration',
      'Enping has 68 hectares of mangrove in Zhenhai Bay.',
      'The project restores 12 hectares.',
      'Crediting period: 20 years',
      'Buyer: local enterprises',
    ]);
    const [title, area, restores, period, buyer] = before;

    // In the portal: three segments translated.
    await saveTranslation(api, translator.auth, created.id, title, 'zh-CN', '恩平红树林修复').expect(200);
    await saveTranslation(api, translator.auth, created.id, area, 'zh-CN', '恩平镇海湾有红树林68公顷。').expect(200);
    const saved = await saveTranslation(api, translator.auth, created.id, restores, 'zh-CN', '项目修复12公顷。').expect(200);
    expect(saved.body).toMatchObject({ state: 'translated', outdated: false, version: 1 });
    expect(saved.headers.etag).toBe('"1"');

    // Exported, opened in a CAT tool (valid XLIFF 2.0), worked on.
    const exported = await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(translator.auth).expect(200);
    expect(exported.headers['content-type']).toMatch(/^application\/xliff\+xml/);
    const xml = exported.text;
    expect(await validateXliff(xml)).toEqual({ valid: true, errors: [] });
    expect(importXliff(xml)).toMatchObject({ version: '2.0', sourceLocale: 'en', targetLocale: 'zh-CN' });
    let returned = catEdit(xml, area.segmentId, '恩平镇海湾现有红树林68公顷。', 'translated');
    returned = catEdit(returned, restores.segmentId, '该项目修复12公顷红树林。', 'translated');
    returned = catEdit(returned, period.segmentId, '计入期：20年', 'final');
    returned = catEdit(returned, buyer.segmentId, '买方：本地企业', 'translated');

    // Meanwhile the coordinator changes one sentence and adds a paragraph.
    const document = await request(api.server).get(`/api/v1/documents/${created.id}`).set(coordinator.auth).expect(200);
    const v2 = SOURCE_V1.replace('restores 12 hectares', 'restores 15 hectares') + '\nMonitoring starts in 2027.\n';
    await request(api.server).post(`/api/v1/documents/${created.id}/revisions`).set(coordinator.auth).send({ markdown: v2 }).expect(428);
    const revised = await request(api.server)
      .post(`/api/v1/documents/${created.id}/revisions`)
      .set(coordinator.auth)
      .set('If-Match', document.headers.etag)
      .send({ markdown: v2, message: 'Restoration area after the 2026 survey' })
      .expect(201);
    expect(revised.body.revisionSummary).toMatchObject({ revision: 2, segments: 6, counts: { unchanged: 4, changed: 1, new: 1, removed: 0 } });
    await request(api.server)
      .post(`/api/v1/documents/${created.id}/revisions`)
      .set(coordinator.auth)
      .set('If-Match', document.headers.etag)
      .send({ markdown: v2 })
      .expect(412);

    const imported = await request(api.server)
      .post(`/api/v1/documents/${created.id}/xliff`)
      .set(translator.auth)
      .set('Content-Type', 'application/xliff+xml')
      .send(returned)
      .expect(200);
    expect(imported.body.counts).toEqual({ apply: 3, unchanged: 1, staleSource: 1, changedSince: 0, unknownSegment: 0, noTarget: 0 });
    expect(imported.body.capped).toBe(1); // the translator's "final" becomes translated
    expect(imported.body.staleSource).toEqual([
      {
        segmentId: restores.segmentId,
        reason: 'Not imported: the source sentence changed after this file was exported. Translate the current source.',
        fileSourceText: 'The project restores 12 hectares.',
        currentSourceText: 'The project restores 15 hectares.',
        targetText: '该项目修复12公顷红树林。',
      },
    ]);

    const after = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    expect(after.map(({ sourceText, text, state, outdated, previousSourceText }) => ({ sourceText, text, state, outdated, previousSourceText }))).toEqual([
      { sourceText: 'Enping mangrove restoration', text: '恩平红树林修复', state: 'translated', outdated: false, previousSourceText: null },
      {
        sourceText: 'Enping has 68 hectares of mangrove in Zhenhai Bay.',
        text: '恩平镇海湾现有红树林68公顷。',
        state: 'translated',
        outdated: false,
        previousSourceText: null,
      },
      {
        sourceText: 'The project restores 15 hectares.',
        text: '项目修复12公顷。',
        state: 'translated',
        outdated: true,
        previousSourceText: 'The project restores 12 hectares.',
      },
      { sourceText: 'Crediting period: 20 years', text: '计入期：20年', state: 'translated', outdated: false, previousSourceText: null },
      { sourceText: 'Buyer: local enterprises', text: '买方：本地企业', state: 'translated', outdated: false, previousSourceText: null },
      { sourceText: 'Monitoring starts in 2027.', text: null, state: 'untranslated', outdated: false, previousSourceText: null },
    ]);
    // The segment kept its identity across the revision; the translator sees what changed.
    expect(after[2].segmentId).toBe(restores.segmentId);
    const outdated = await request(api.server)
      .get(translationPath(created.id, restores.segmentId, 'zh-CN'))
      .set(translator.auth)
      .expect(200);
    expect(outdated.body.sourceDiff).toEqual(
      expect.arrayContaining([expect.objectContaining({ op: 'delete', text: '12' }), expect.objectContaining({ op: 'insert', text: '15' })]),
    );
    const history = await request(api.server)
      .get(`${translationPath(created.id, restores.segmentId, 'zh-CN')}/history`)
      .set(translator.auth)
      .expect(200);
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['saved', 'outdated']);

    // The re-exported file carries the outdated flag and the old source in a note.
    const again = await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(translator.auth).expect(200);
    expect(again.text).toContain('subState="bcp:outdated"');
    expect(again.text).toContain('It was translated from: The project restores 12 hectares.');
    expect(await validateXliff(again.text)).toEqual({ valid: true, errors: [] });

    // Every write is audited and announced in its transaction.
    const [{ audits }] = await dataSource().query(`SELECT count(*)::int AS audits FROM audit_event WHERE subject_id = $1 AND action LIKE 'documents.%'`, [
      created.id,
    ]);
    expect(audits).toBeGreaterThanOrEqual(3);
    const events = await dataSource().query(`SELECT type FROM outbox_event WHERE payload->>'documentId' = $1 ORDER BY created_at`, [created.id]);
    expect(events.map((row: { type: string }) => row.type)).toEqual(
      expect.arrayContaining(['documents.document.created', 'documents.translation.saved', 'documents.revision.created', 'documents.xliff.imported']),
    );
  });

  it('never lets an old export revert newer work: what changed since is refused, kept and named with a translated reason', async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Mangroves store carbon.\n\nThe reserve covers 368 hectares.\n\nBirds winter here.\n',
    });
    const [store, covers, birds] = await segmentsOf(api, created.id, 'zh-CN', reviewer.auth);
    await saveTranslation(api, translator.auth, created.id, store, 'zh-CN', '红树林储存碳。').expect(200);
    const coversSaved = await saveTranslation(api, translator.auth, created.id, covers, 'zh-CN', '保护区面积368公顷。').expect(200);
    await review(api, reviewer.auth, created.id, coversSaved.body, 'zh-CN', 'approved').expect(200);
    const exportFile = async (): Promise<string> =>
      (await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(translator.auth).expect(200)).text;
    const importFile = (xml: string, language = 'en') =>
      request(api.server)
        .post(`/api/v1/documents/${created.id}/xliff`)
        .set(translator.auth)
        .set('Accept-Language', language)
        .set('Content-Type', 'application/xliff+xml')
        .send(xml)
        .expect(200);
    const rows = async () =>
      (await segmentsOf(api, created.id, 'zh-CN', reviewer.auth)).map(({ text, state, outdated, version }) => ({ text, state, outdated, version }));

    // Exported with the first draft of "store"; afterwards it is rewritten and approved in the portal.
    const old = await exportFile();
    expect(await validateXliff(old)).toEqual({ valid: true, errors: [] });
    const [storeNow] = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    const rewritten = await saveTranslation(api, translator.auth, created.id, storeNow, 'zh-CN', '红树林能储存碳。').expect(200);
    await review(api, reviewer.auth, created.id, rewritten.body, 'zh-CN', 'approved').expect(200);
    const before = await rows();
    expect(before[0]).toEqual({ text: '红树林能储存碳。', state: 'approved', outdated: false, version: 3 });

    // The old file comes back, its "store" untouched and "birds" translated in the CAT tool.
    const returned = catEdit(old, birds.segmentId, '鸟类在此越冬。', 'translated');
    const imported = await importFile(returned, 'zh-CN');
    expect(imported.body.counts).toEqual({ apply: 1, unchanged: 1, staleSource: 0, changedSince: 1, unknownSegment: 0, noTarget: 0 });
    expect(imported.body.changedSince).toEqual([
      {
        segmentId: store.segmentId,
        reason: '未导入：导出此文件后译文已更改（文件中为第1版，当前为第3版），导入会撤销更新的工作。',
        fileVersion: 1,
        currentVersion: 3,
        targetText: '红树林储存碳。',
      },
    ]);
    const after = await rows();
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toMatchObject({ text: '鸟类在此越冬。', state: 'translated', outdated: false });

    // The source of "covers" changes: its approved translation is outdated, and exported so.
    const document = await request(api.server).get(`/api/v1/documents/${created.id}`).set(coordinator.auth).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${created.id}/revisions`)
      .set(coordinator.auth)
      .set('If-Match', document.headers.etag)
      .send({ markdown: 'Mangroves store carbon.\n\nThe reserve covers 386 hectares.\n\nBirds winter here.\n' })
      .expect(201);
    const outdatedFile = await exportFile();
    expect(outdatedFile).toContain('subState="bcp:outdated"');
    const outdatedRows = await rows();
    expect(outdatedRows[1]).toMatchObject({ text: '保护区面积368公顷。', state: 'approved', outdated: true });
    // Sent back untouched, it confirms nothing: the translation stays approved and outdated.
    const untouched = await importFile(outdatedFile);
    expect(untouched.body.counts).toMatchObject({ apply: 0, changedSince: 0 });
    expect(await rows()).toEqual(outdatedRows);
    // And the first file, once more: "store" changed since, "covers" has a new source, "birds" is as imported.
    const again = await importFile(returned);
    expect(again.body.counts).toEqual({ apply: 0, unchanged: 1, staleSource: 1, changedSince: 1, unknownSegment: 0, noTarget: 0 });
    expect(again.body.changedSince.map((entry: { segmentId: string; reason: string }) => [entry.segmentId, entry.reason])).toEqual([
      [
        store.segmentId,
        'Not imported: the translation changed after this file was exported (version 1 in the file, 3 now); importing it would undo the newer work.',
      ],
    ]);
    expect(await rows()).toEqual(outdatedRows);
  });

  (engineName() === 'server' ? it : it.skip)('does not overwrite a save committed while the import runs: it is reported as changed since', async () => {
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'Mangroves store carbon.\n' });
    const [segment] = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    await saveTranslation(api, translator.auth, created.id, segment, 'zh-CN', '红树林储存碳。').expect(200);
    const exported = await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(translator.auth).expect(200);
    const returned = catEdit(exported.text, segment.segmentId, '红树林可以储存碳。', 'translated');
    // Another session changes the translation and holds its row lock until the import waits on it.
    const other = dataSource().createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query(`UPDATE translation SET text = '红树林会储存碳。', version = version + 1 WHERE segment_id = $1 AND locale = 'zh-CN'`, [
        segment.segmentId,
      ]);
      const importing = request(api.server)
        .post(`/api/v1/documents/${created.id}/xliff`)
        .set(translator.auth)
        .set('Content-Type', 'application/xliff+xml')
        .send(returned)
        .then((response) => response);
      for (let waited = 0; waited < 100; waited++) {
        const [{ waiting }] = await dataSource().query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO translation %'`,
        );
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.commitTransaction();
      const imported = await importing;
      expect(imported.status).toBe(200);
      expect(imported.body.counts).toMatchObject({ apply: 0, changedSince: 1 });
      expect(imported.body.changedSince).toEqual([
        expect.objectContaining({ segmentId: segment.segmentId, fileVersion: 1, currentVersion: 2, targetText: '红树林可以储存碳。' }),
      ]);
    } finally {
      await other.release();
    }
    const [after] = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    expect(after).toMatchObject({ text: '红树林会储存碳。', version: 2 });
  });

  it('keeps inline markup through XLIFF: targets with the inline codes rebuild the Markdown around them', async () => {
    const source = readFileSync(path.resolve(__dirname, '../fixtures/documents/project-description.en.md'), 'utf8');
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: source });
    const exported = await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(translator.auth).expect(200);
    expect(exported.text).toContain('<pc ');
    // A CAT tool that keeps every inline code where it was: target = source, marked translated.
    const returned = exported.text.replace(
      /<segment id="([^"]+)"[^>]*>(\s*)<source>([\s\S]*?)<\/source>/g,
      '<segment id="$1" state="translated">$2<source>$3</source><target>$3</target>',
    );
    const imported = await request(api.server)
      .post(`/api/v1/documents/${created.id}/xliff`)
      .set(translator.auth)
      .set('Content-Type', 'application/xliff+xml')
      .send(returned)
      .expect(200);
    expect(imported.body.counts).toMatchObject({ apply: created.revisionSummary.segments, staleSource: 0, unknownSegment: 0 });
    const translated = await request(api.server)
      .get(`/api/v1/documents/${created.id}/render`)
      .query({ locale: 'zh-CN', revision: 'current' })
      .set(coordinator.auth)
      .expect(200);
    const original = await request(api.server).get(`/api/v1/documents/${created.id}/render`).query({ locale: 'en' }).set(coordinator.auth).expect(200);
    expect(translated.body.fallbackOrdinals).toEqual([]);
    expect(translated.body.markdown).toBe(original.body.markdown);
    expect(translated.body.markdown).toContain('**ecological restoration**');
    expect(translated.body.markdown).toContain('[Mangrove conservation carbon sink methodology](https://bluecarbon.example.org/methodology/1.0)');
  });

  it('creates a document once per Idempotency-Key', async () => {
    const body = {
      title: 'Idempotent',
      subjectType: 'project',
      sourceLocale: 'en',
      targetLocales: ['zh-CN'],
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Once.',
    };
    const key = `documents-${Date.now()}`;
    const first = await request(api.server).post('/api/v1/documents').set(coordinator.auth).set('Idempotency-Key', key).send(body).expect(201);
    const again = await request(api.server).post('/api/v1/documents').set(coordinator.auth).set('Idempotency-Key', key).send(body).expect(201);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses malformed, hostile and oversized XLIFF with located problems', async () => {
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'One sentence here.' });
    const send = (body: string, type = 'application/xliff+xml') =>
      request(api.server).post(`/api/v1/documents/${created.id}/xliff`).set(translator.auth).set('Content-Type', type).send(body);
    const malformed = await send('<?xml version="1.0"?>\n<xliff version="2.0">\n  <file id="f">\n</xliff>').expect(400);
    expect(malformed.body).toMatchObject({ code: 'documents_xml_malformed', line: 4 });
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    const entity = await send('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0">&e;</xliff>').expect(400);
    expect(entity.body.code).toBe('documents_xml_doctype_forbidden');
    await send('{"not":"xliff"}', 'application/json').expect(415);
    const zh = await request(api.server)
      .post(`/api/v1/documents/${created.id}/xliff`)
      .set(translator.auth)
      .set('Accept-Language', 'zh-CN')
      .set('Content-Type', 'application/xml')
      .send('<xliff version="2.0"><file')
      .expect(400);
    expect(zh.body.detail).toContain('行');
    await send(`<xliff version="2.0">${' '.repeat(21 * 1024 * 1024)}</xliff>`).expect(413);
  });

  it('imports XLIFF 1.2 as CAT tools return it, reviewers up to approved (into memory), QA errors kept at reviewed', async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Mangroves store carbon.\n\nThe reserve covers 368 hectares.\n',
    });
    const [first, second] = await segmentsOf(api, created.id, 'zh-CN', reviewer.auth);
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="doc" source-language="en" target-language="zh-CN" datatype="plaintext">
    <body>
      <trans-unit id="${first.segmentId}" approved="yes"><source>Mangroves store carbon.</source><target state="final">红树林储存碳。</target></trans-unit>
      <trans-unit id="${second.segmentId}" approved="yes"><source>The reserve covers 368 hectares.</source><target state="final">保护区面积386公顷。</target></trans-unit>
    </body>
  </file>
</xliff>`;
    const imported = await request(api.server)
      .post(`/api/v1/documents/${created.id}/xliff`)
      .set(reviewer.auth)
      .set('Content-Type', 'application/xml')
      .send(file)
      .expect(200);
    expect(imported.body).toMatchObject({
      version: '1.2',
      counts: { apply: 2 },
      capped: 1,
      qaErrors: [expect.objectContaining({ segmentId: second.segmentId })],
    });
    const rows = await segmentsOf(api, created.id, 'zh-CN', reviewer.auth);
    expect(rows.map((row) => row.state)).toEqual(['approved', 'reviewed']);
    const [{ count }] = await dataSource().query(`SELECT count(*)::int AS count FROM translation_memory WHERE segment_id = $1`, [first.segmentId]);
    expect(count).toBe(1);
  });

  it("keeps another city's draft invisible (404, audited) and shows it once published", async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: '# Draft\n\nInternal figures: 68 hectares.',
    });
    const as = taishanCoordinator.auth;
    await request(api.server).get(`/api/v1/documents/${created.id}`).set(as).set('X-Request-Id', `peek-${created.id}`).expect(404);
    await request(api.server).get(`/api/v1/documents/${created.id}/segments`).query({ locale: 'zh-CN' }).set(as).expect(404);
    await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'zh-CN' }).set(as).expect(404);
    await request(api.server).get(`/api/v1/documents/${created.id}/render`).query({ locale: 'en' }).set(as).expect(404);
    await request(api.server).post(`/api/v1/documents/${created.id}/revisions`).set(as).set('If-Match', '"1"').send({ markdown: 'x' }).expect(404);
    const list = await request(api.server).get('/api/v1/documents').query({ limit: 100 }).set(as).expect(200);
    expect(list.body.items.map((row: { id: string }) => row.id)).not.toContain(created.id);
    const [denial] = await dataSource().query(`SELECT action FROM audit_event WHERE request_id = $1`, [`peek-${created.id}`]);
    expect(denial).toEqual({ action: 'identity.access.denied' });
    // Taishan cannot create documents for Enping either.
    await request(api.server)
      .post('/api/v1/documents')
      .set(as)
      .send({ title: 'x', subjectType: 'project', sourceLocale: 'en', targetLocales: ['zh-CN'], jurisdictionCode: enping.jurisdictionCode, markdown: 'x' })
      .expect(403);

    await request(api.server).post(`/api/v1/documents/${created.id}/publications/zh-CN`).set(steward.auth).send({ partial: true }).expect(201);
    await request(api.server).get(`/api/v1/documents/${created.id}`).set(as).expect(200);
  });

  it('changes title, target locales and due date with If-Match; new locales start untranslated', async () => {
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'Mangroves store carbon.' });
    await request(api.server).patch(`/api/v1/documents/${created.id}`).set(coordinator.auth).send({ dueOn: '2099-05-01' }).expect(428);
    const updated = await request(api.server)
      .patch(`/api/v1/documents/${created.id}`)
      .set(coordinator.auth)
      .set('If-Match', `"${created.version}"`)
      .send({ targetLocales: ['zh-CN', 'pt-BR', 'en'], dueOn: '2099-05-01' })
      .expect(200);
    expect(updated.body).toMatchObject({ targetLocales: ['zh-CN', 'pt-BR'], dueOn: '2099-05-01', version: created.version + 1 });
    await request(api.server)
      .patch(`/api/v1/documents/${created.id}`)
      .set(coordinator.auth)
      .set('If-Match', `"${created.version}"`)
      .send({ title: 'x' })
      .expect(412);
    const [row] = await segmentsOf(api, created.id, 'pt-BR', portugueseTranslator.auth);
    expect(row).toMatchObject({ state: 'untranslated', version: 0 });
    await request(api.server).patch(`/api/v1/documents/${created.id}`).set(translator.auth).set('If-Match', '"2"').send({ title: 'x' }).expect(403);
    const onlySource = await request(api.server)
      .patch(`/api/v1/documents/${created.id}`)
      .set(coordinator.auth)
      .set('If-Match', '"2"')
      .set('Accept-Language', 'pt-BR')
      .send({ targetLocales: ['en'] })
      .expect(400);
    expect(onlySource.body.errors).toEqual([expect.objectContaining({ field: 'targetLocales', rule: 'notOnlySourceLocale' })]);
    expect(JSON.stringify(onlySource.body)).toContain('idioma diferente');
  });

  it('lets translators write only in their locales and reviewers review only in theirs', async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Mangroves store carbon.',
      targetLocales: ['zh-CN', 'pt-BR'],
    });
    const [row] = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    // The Portuguese team sees the document (pt-BR is a target), so it is told zh-CN is not its locale.
    const foreign = await saveTranslation(api, portugueseTranslator.auth, created.id, row, 'zh-CN', '红树林储存碳。').expect(403);
    expect(foreign.body).toMatchObject({ code: 'forbidden_locale', locale: 'zh-CN' });
    await saveTranslation(api, portugueseTranslator.auth, created.id, row, 'pt-BR', 'Os manguezais armazenam carbono.').expect(200);
    await saveTranslation(api, coordinator.auth, created.id, row, 'zh-CN', '红树林储存碳。').expect(403);
    const saved = await saveTranslation(api, translator.auth, created.id, row, 'zh-CN', '红树林储存碳。').expect(200);
    await review(api, translator.auth, created.id, saved.body, 'zh-CN', 'approved').expect(403);
    await review(api, reviewer.auth, created.id, { segmentId: row.segmentId, version: 1 }, 'pt-BR', 'approved').expect(403);
    const approved = await review(api, reviewer.auth, created.id, saved.body, 'zh-CN', 'approved').expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', version: 2 });
    await review(api, reviewer.auth, created.id, saved.body, 'zh-CN', 'approved').expect(412);
    // A locale the document does not target.
    await saveTranslation(api, reviewer.auth, created.id, { segmentId: row.segmentId, version: 0 }, 'en', 'x').expect(404);
  });

  it("blocks approval on a QA error and shows warnings in the caller's language", async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: '恩平有红树林68公顷。',
    });
    const english = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'reviewer', { locales: ['en'] });
    const [row] = await segmentsOf(api, created.id, 'en', english.auth);
    const wrong = await request(api.server)
      .put(translationPath(created.id, row.segmentId, 'en'))
      .set(english.auth)
      .set('If-Match', '"0"')
      .set('Accept-Language', 'zh-CN')
      .send({ text: 'Enping has 86 hectares of mangrove swamp.' })
      .expect(200);
    const checks = wrong.body.qaFindings.map((finding: { check: string; severity: string }) => `${finding.check}:${finding.severity}`);
    expect(checks).toEqual(expect.arrayContaining(['numbers:error', 'glossary:error']));
    expect(wrong.body.qaFindings[0].message).toMatch(/[\u4e00-\u9fff]/);
    const refused = await review(api, english.auth, created.id, wrong.body, 'en', 'approved').expect(422);
    expect(refused.body).toMatchObject({ code: 'documents_qa_blocks_approval' });
    const fixed = await saveTranslation(api, english.auth, created.id, wrong.body, 'en', 'Enping has 68 hectares of mangrove.').expect(200);
    expect(fixed.body.qaFindings.filter((finding: { severity: string }) => finding.severity === 'error')).toEqual([]);
    await review(api, english.auth, created.id, fixed.body, 'en', 'approved').expect(200);
  });

  it('publishes a locale only when complete, or explicitly partial with the source fallback marked', async () => {
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: '# Title\n\nMangroves store carbon.' });
    const rows = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    const first = await saveTranslation(api, translator.auth, created.id, rows[0], 'zh-CN', '标题').expect(200);
    await review(api, reviewer.auth, created.id, first.body, 'zh-CN', 'approved').expect(200);
    const publish = (partial?: boolean) =>
      request(api.server)
        .post(`/api/v1/documents/${created.id}/publications/zh-CN`)
        .set(steward.auth)
        .send(partial === undefined ? {} : { partial });

    const refused = await publish().expect(409);
    expect(refused.body).toMatchObject({ code: 'documents_not_publishable', pending: 1, total: 2 });
    await request(api.server).get(`/api/v1/documents/${created.id}/render`).query({ locale: 'zh-CN' }).set(translator.auth).expect(404);
    await request(api.server).post(`/api/v1/documents/${created.id}/publications/zh-CN`).set(coordinator.auth).send({}).expect(403);
    const partial = await publish(true).expect(201);
    expect(partial.body).toMatchObject({ partial: true, fallbackOrdinals: [1], revision: 1 });
    expect(partial.body.markdown).toBe('# 标题\n\nMangroves store carbon.\n');
    expect(partial.body.html).toContain('<h1>标题</h1>');

    const second = await saveTranslation(api, translator.auth, created.id, rows[1], 'zh-CN', '红树林储存碳。').expect(200);
    await review(api, reviewer.auth, created.id, second.body, 'zh-CN', 'approved').expect(200);
    const progress = await request(api.server).get(`/api/v1/documents/${created.id}/progress`).set(coordinator.auth).expect(200);
    expect(progress.body['zh-CN']).toMatchObject({ segments: 2, publishable: true, byState: { approved: 2 } });
    const complete = await publish().expect(201);
    expect(complete.body).toMatchObject({ partial: false, fallbackOrdinals: [] });
    const rendered = await request(api.server)
      .get(`/api/v1/documents/${created.id}/render`)
      .query({ locale: 'zh-CN' })
      .set(taishanCoordinator.auth)
      .expect(200);
    expect(rendered.body.markdown).toBe('# 标题\n\n红树林储存碳。\n');
    const markdown = await request(api.server).get(`/api/v1/documents/${created.id}/markdown`).query({ locale: 'zh-CN' }).set(translator.auth).expect(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.text).toBe('# 标题\n\n红树林储存碳。\n');
  });

  it('lists the translator queue by due date, in their locales only', async () => {
    const later = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Later work.',
      dueOn: '2099-03-01',
      targetLocales: ['zh-CN'],
    });
    const sooner = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Sooner work.',
      dueOn: '2099-01-01',
      targetLocales: ['zh-CN'],
    });
    const portuguese = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      markdown: 'Other language.',
      dueOn: '2098-01-01',
      targetLocales: ['pt-BR'],
    });
    const queue = await request(api.server).get('/api/v1/translation-tasks').query({ locale: 'zh-CN', limit: 100 }).set(translator.auth).expect(200);
    const ids = queue.body.items.map((task: { documentId: string }) => task.documentId);
    expect(ids).toEqual(expect.arrayContaining([sooner.id, later.id]));
    expect(ids).not.toContain(portuguese.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(queue.body.items.find((task: { documentId: string }) => task.documentId === sooner.id)).toMatchObject({
      locale: 'zh-CN',
      segments: 1,
      untranslated: 1,
      dueOn: '2099-01-01',
    });
    await request(api.server).get('/api/v1/translation-tasks').query({ locale: 'pt-BR' }).set(translator.auth).expect(403);
    await request(api.server).get('/api/v1/translation-tasks').set(coordinator.auth).expect(403);
  });

  it("imports and exports i18next JSON namespaces with each locale's plural forms", async () => {
    const namespace = `portal-${Date.now().toString(36)}`;
    const portuguese = { nav: { home: 'Início' }, site_one: '{{count}} sítio', site_many: '{{count}} de sítios', site_other: '{{count}} sítios' };
    const imported = await request(api.server).put(`/api/v1/ui-strings/${namespace}/pt-BR`).set(portugueseTranslator.auth).send(portuguese).expect(200);
    expect(imported.body).toMatchObject({ imported: 2, unused: [], missing: [] });
    const exported = await request(api.server).get(`/api/v1/ui-strings/${namespace}/pt-BR`).set(coordinator.auth).expect(200);
    expect(exported.body).toEqual(portuguese);
    // Chinese has only "other": i18next never selects a "one" form there. It is kept as
    // written (the file comes back unchanged) and reported, in the caller's language.
    const chineseFile = { site_one: '一个地点', site_other: '{{count}}个地点' };
    const chinese = await request(api.server)
      .put(`/api/v1/ui-strings/${namespace}/zh-CN`)
      .set(translator.auth)
      .set('Accept-Language', 'zh-CN')
      .send(chineseFile)
      .expect(200);
    expect(chinese.body).toMatchObject({
      imported: 1,
      missing: [],
      unused: [{ key: 'site_one', message: '“site_one”已保留，但 i18next 在 zh-CN 中从不显示它：计数只会选用 site_other。' }],
    });
    const chineseExport = await request(api.server).get(`/api/v1/ui-strings/${namespace}/zh-CN`).set(translator.auth).expect(200);
    expect(chineseExport.body).toEqual(chineseFile);
    expect(chineseExport.headers).toMatchObject({ 'x-unused-plurals': 'site_one', 'x-missing-plurals': '' });
    await request(api.server).put(`/api/v1/ui-strings/${namespace}/zh-CN`).set(portugueseTranslator.auth).send({ a: 'b' }).expect(403);
    await request(api.server).put(`/api/v1/ui-strings/${namespace}/zh-CN`).set(translator.auth).send([1]).expect(400);
  });

  it('lets reviewers keep the glossary of their locale, and QA uses it from the next save', async () => {
    const concept = `tidal-flat-${Date.now().toString(36)}`;
    const post = (who: SignedInUser, body: object) =>
      request(api.server)
        .post('/api/v1/glossary')
        .set(who.auth)
        .send({ id: concept, ...body });
    const put = (who: SignedInUser, locale: string, body: object, etag: string) =>
      request(api.server).put(`/api/v1/glossary/${concept}/terms/${locale}`).set(who.auth).set('If-Match', etag).send(body);
    await post(translator, { locale: 'zh-CN', terms: [{ text: '滩涂', status: 'preferred' }] }).expect(403);
    const first = await post(reviewer, {
      locale: 'zh-CN',
      terms: [
        { text: '滩涂', status: 'preferred' },
        { text: '泥滩', status: 'forbidden' },
      ],
      note: 'Intertidal mudflat',
    }).expect(201);
    const english = await signedInMember(api, await createOrganisation(api, { kind: 'language_team' }), 'reviewer', { locales: ['en'] });
    const saved = await put(english, 'en', { terms: [{ text: 'tidal flat', status: 'preferred' }] }, first.headers.etag).expect(200);
    expect(saved.body).toMatchObject({
      id: concept,
      note: 'Intertidal mudflat',
      terms: { 'zh-CN': expect.any(Array), en: [{ text: 'tidal flat', status: 'preferred' }] },
    });
    await put(reviewer, 'en', { terms: [] }, saved.headers.etag).expect(403);

    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'The tidal flat is wide.' });
    const [row] = await segmentsOf(api, created.id, 'zh-CN', translator.auth);
    const checked = await saveTranslation(api, translator.auth, created.id, row, 'zh-CN', '泥滩很宽。').expect(200);
    expect(checked.body.qaFindings.map((finding: { check: string; severity: string }) => `${finding.check}:${finding.severity}`)).toContain('glossary:error');
  });

  const dataSource = () => dataSourceOf(api);
});
