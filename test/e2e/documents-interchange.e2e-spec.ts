import request from 'supertest';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation, uniqueSuffix } from '../support/identity-fixtures';
import { createDocument, review, saveTranslation, segmentsOf, translationPath, twoCitiesAndATeam } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';
import { validateXliff12 } from '../../libs/documents/src/domain/testing/xliff-schema';
import { local, xpath } from '../../libs/documents/src/domain/testing/xpath';

const HAN = /[\u4e00-\u9fff]/;

/** A CAT tool's edit of one trans-unit of our 1.2 export: a new target and state, the rest untouched. */
function catEdit12(xml: string, segmentId: string, target: string, state: string): string {
  const pattern = new RegExp(`(<trans-unit id="${segmentId}"[^>]*>\\s*<source>[\\s\\S]*?</source>)\\s*<target[^>]*>[\\s\\S]*?</target>`);
  if (!pattern.test(xml)) throw new Error(`trans-unit ${segmentId} not in the export`);
  return xml.replace(pattern, `$1<target state="${state}">${target}</target>`);
}

describe(`documents: XLIFF 1.2, TMX and TBX exchange on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let taishan: TestOrganisation;
  let coordinator: SignedInUser;
  let taishanCoordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;
  let portugueseReviewer: SignedInUser;
  // Test files share a server database (memory and glossary are global): a tag keeps this run's apart.
  const tag = uniqueSuffix();

  beforeAll(async () => {
    api = await startTestApi();
    let team: TestOrganisation;
    ({ enping, taishan, team, coordinator, taishanCoordinator } = await twoCitiesAndATeam(api));
    translator = await signedInMember(api, team, 'translator', { locales: ['en'] });
    reviewer = await signedInMember(api, team, 'reviewer', { locales: ['en'] });
    portugueseReviewer = await signedInMember(api, team, 'reviewer', { locales: ['pt-BR'] });
  });
  afterAll(() => api.close());

  const auditCount = async (action: string): Promise<number> =>
    Number((await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM audit_event WHERE action = $1`, [action]))[0].count);

  it('renders and exports what was saved last, though both are kept between requests', async () => {
    const created = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: '镇海湾有六十八公顷红树林。项目修复十二公顷。\n',
    });
    const [first] = await segmentsOf(api, created.id, 'en', translator.auth);
    const render = () =>
      request(api.server).get(`/api/v1/documents/${created.id}/render`).query({ locale: 'en', revision: 'current' }).set(coordinator.auth).expect(200);
    const exported = async () =>
      (await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'en' }).set(translator.auth).expect(200)).text;

    expect((await render()).body.fallbackOrdinals).toEqual([0, 1]);
    expect(await exported()).not.toContain('<target');
    const saved = await saveTranslation(api, translator.auth, created.id, first, 'en', 'Zhenhai Bay has 68 hectares of mangroves.').expect(200);
    const translated = await render();
    expect(translated.body.fallbackOrdinals).toEqual([1]);
    expect(translated.body.markdown).toContain('Zhenhai Bay has 68 hectares of mangroves.');
    expect(await exported()).toMatch(
      /<segment[^>]*state="translated"[^>]*>\s*<source>[^<]*<\/source>\s*<target>Zhenhai Bay has 68 hectares of mangroves.<\/target>/,
    );
    await review(api, reviewer.auth, created.id, saved.body, 'en', 'reviewed').expect(200);
    expect(await exported()).toMatch(/<segment[^>]*state="reviewed"/);
    const again = await saveTranslation(
      api,
      reviewer.auth,
      created.id,
      { segmentId: first.segmentId, version: saved.body.version + 1 },
      'en',
      'Zhenhai Bay: 68 ha of mangroves.',
    );
    expect(again.status).toBe(200);
    expect((await render()).body.markdown).toContain('Zhenhai Bay: 68 ha of mangroves.');

    // Saved back to an earlier text: the render and the file of that text again, not the last ones kept.
    await saveTranslation(
      api,
      reviewer.auth,
      created.id,
      { segmentId: first.segmentId, version: again.body.version },
      'en',
      'Zhenhai Bay has 68 hectares of mangroves.',
    ).expect(200);
    expect((await render()).body.markdown).toContain('Zhenhai Bay has 68 hectares of mangroves.');
    expect(await exported()).toMatch(/<mda:meta type="version">4<\/mda:meta>[\s\S]*<target>Zhenhai Bay has 68 hectares of mangroves.<\/target>/);

    // The same text and translation in another document: its own render and file, never the first one's.
    const twin = await createDocument(api, coordinator.auth, {
      jurisdictionCode: enping.jurisdictionCode,
      sourceLocale: 'zh-CN',
      targetLocales: ['en'],
      markdown: '镇海湾有六十八公顷红树林。项目修复十二公顷。\n',
    });
    const [twinFirst] = await segmentsOf(api, twin.id, 'en', translator.auth);
    await saveTranslation(api, translator.auth, twin.id, twinFirst, 'en', 'Zhenhai Bay has 68 hectares of mangroves.').expect(200);
    const twinRender = await request(api.server)
      .get(`/api/v1/documents/${twin.id}/render`)
      .query({ locale: 'en', revision: 'current' })
      .set(coordinator.auth)
      .expect(200);
    expect(twinRender.body).toMatchObject({ documentId: twin.id, fallbackOrdinals: [1] });
    const twinFile = (await request(api.server).get(`/api/v1/documents/${twin.id}/xliff`).query({ target: 'en' }).set(translator.auth).expect(200)).text;
    expect(twinFile).toContain(`<unit id="${twinFirst.segmentId}"`);
    expect(twinFile).not.toContain(first.segmentId);
    expect(await exported()).not.toContain(twinFirst.segmentId);
  });

  describe('XLIFF 1.2', () => {
    it('exports 1.2 valid against the OASIS schema, and a CAT edit comes back; stale sources and newer work are refused as in 2.0', async () => {
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        markdown: '# 恩平红树林\n\n镇海湾有六十八公顷红树林。项目修复十二公顷。\n',
      });
      const [title, first, second] = await segmentsOf(api, created.id, 'en', translator.auth);
      const saved = await saveTranslation(api, reviewer.auth, created.id, title, 'en', 'Enping mangroves').expect(200);
      await review(api, reviewer.auth, created.id, saved.body, 'en', 'reviewed').expect(200);

      const exported = await request(api.server)
        .get(`/api/v1/documents/${created.id}/xliff`)
        .query({ target: 'en', version: '1.2' })
        .set(translator.auth)
        .expect(200);
      expect(exported.headers['content-type']).toMatch(/^application\/xliff\+xml/);
      expect(await validateXliff12(exported.text)).toEqual({ valid: true, errors: [] });
      // Read back by libxml2: every segment a trans-unit with its persistent id; reviewed as signed-off.
      expect(await xpath(exported.text, `count(${local('//trans-unit')})`)).toBe('3');
      expect(await xpath(exported.text, `string(${local('//trans-unit')}[@id='${title.segmentId}']/${local('target')}/@state)`)).toBe('signed-off');
      expect(await xpath(exported.text, `string(${local('//trans-unit')}[@id='${first.segmentId}']/${local('target')}/@state)`)).toBe('needs-translation');

      // Meanwhile the second sentence changes, and the title is saved again.
      await request(api.server)
        .post(`/api/v1/documents/${created.id}/revisions`)
        .set(coordinator.auth)
        .set('If-Match', `"${created.version}"`)
        .send({ markdown: '# 恩平红树林\n\n镇海湾有六十八公顷红树林。项目修复十五公顷。\n' })
        .expect(201);
      const [titleNow] = await segmentsOf(api, created.id, 'en', translator.auth);
      await saveTranslation(api, reviewer.auth, created.id, titleNow, 'en', 'Mangroves of Enping').expect(200);

      let returned = catEdit12(exported.text, first.segmentId, 'Zhenhai Bay has 68 hectares of mangrove.', 'translated');
      returned = catEdit12(returned, second.segmentId, 'The project restores 12 hectares.', 'translated');
      returned = catEdit12(returned, title.segmentId, 'Enping Mangroves', 'translated');
      const imported = await request(api.server)
        .post(`/api/v1/documents/${created.id}/xliff`)
        .set(translator.auth)
        .set('Accept-Language', 'zh-CN')
        .set('Content-Type', 'application/xliff+xml')
        .send(returned)
        .expect(200);
      expect(imported.body).toMatchObject({ version: '1.2', counts: { apply: 1, staleSource: 1, changedSince: 1 } });
      expect(imported.body.staleSource[0]).toMatchObject({ segmentId: second.segmentId, targetText: 'The project restores 12 hectares.' });
      expect(imported.body.staleSource[0].reason).toMatch(HAN);
      expect(imported.body.changedSince[0]).toMatchObject({ segmentId: title.segmentId, targetText: 'Enping Mangroves' });
      const rows = await segmentsOf(api, created.id, 'en', translator.auth);
      expect(rows.map((row) => [row.text, row.state])).toEqual([
        ['Mangroves of Enping', 'translated'],
        ['Zhenhai Bay has 68 hectares of mangrove.', 'translated'],
        [null, 'untranslated'],
      ]);
    });

    it('refuses an unknown version naming the field, in the caller’s language, and another city’s draft as 404', async () => {
      const created = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        markdown: '红树林。',
      });
      const wrong = await request(api.server)
        .get(`/api/v1/documents/${created.id}/xliff`)
        .query({ target: 'en', version: '1.1' })
        .set(translator.auth)
        .set('Accept-Language', 'pt-BR')
        .expect(400);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.body.errors.map((error: { field: string }) => error.field)).toEqual(['version']);
      await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'en', version: '1.2' }).set(taishanCoordinator.auth).expect(404);
      await request(api.server).get(`/api/v1/documents/${created.id}/xliff`).query({ target: 'en', version: '1.2' }).expect(401);
    });
  });

  describe('TMX', () => {
    const tmxFile = (units: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="OtherTool" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>
<body>${units}</body></tmx>`;
    const importTmx = (file: string, as: SignedInUser, query: Record<string, string> = { source: 'zh-CN', target: 'en' }, language = 'en') =>
      request(api.server)
        .post('/api/v1/memory/tmx')
        .query(query)
        .set(as.auth)
        .set('Accept-Language', language)
        .set('Content-Type', 'application/x-tmx+xml')
        .send(file);

    it("imports another tool's TMX (its matches then show while translating), reports what it refused, and exports with each unit's origin", async () => {
      const source = `滨海湿地碳汇监测方案第${tag}号已经完成。`;
      const file = tmxFile(`
<tu tuid="1" creationid="maria.silva" creationdate="20250102T030405Z"><tuv xml:lang="zh-CN"><seg>${source}</seg></tuv><tuv xml:lang="en-US"><seg>Coastal wetland carbon monitoring plan no. ${tag} is complete.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="zh-CN"><seg>只有中文${tag}</seg></tuv></tu>
<tu tuid="3"><tuv xml:lang="zh-CN"><seg> </seg></tuv><tuv xml:lang="en"><seg>Empty source</seg></tuv></tu>`);
      const before = await auditCount('documents.memory.imported');
      const imported = await importTmx(file, reviewer, undefined, 'zh-CN').expect(200);
      expect(imported.body).toMatchObject({ sourceLocale: 'zh-CN', targetLocale: 'en', units: 3, imported: 1, alreadyPresent: 0 });
      expect(imported.body.refused.map((refusal: { tuid: string; reason: string }) => [refusal.tuid, refusal.reason])).toEqual([
        ['2', 'noTarget'],
        ['3', 'empty'],
      ]);
      expect(imported.body.refused.every((refusal: { message: string }) => HAN.test(refusal.message))).toBe(true);
      expect(await auditCount('documents.memory.imported')).toBe(before + 1);
      // The same file again adds nothing.
      expect((await importTmx(file, reviewer).expect(200)).body).toMatchObject({ imported: 0, alreadyPresent: 1 });

      // A translator sees the imported pair as an exact match (a sentence between others: not in context).
      const document = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        markdown: `恩平。${source}台山。`,
      });
      const [, row] = await segmentsOf(api, document.id, 'en', translator.auth);
      const suggestions = await request(api.server)
        .get(`${translationPath(document.id, row.segmentId, 'en')}/suggestions`)
        .set(translator.auth)
        .expect(200);
      expect(suggestions.body.memory[0]).toMatchObject({ score: 100, targetText: `Coastal wetland carbon monitoring plan no. ${tag} is complete.` });

      const exported = await request(api.server).get('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).set(translator.auth).expect(200);
      expect(exported.headers['content-type']).toMatch(/^application\/x-tmx\+xml/);
      const unit = `${local('//tu')}[${local('tuv')}[@xml:lang='zh-CN']/${local('seg')}='${source}']`;
      expect(await xpath(exported.text, `string(${unit}/${local('tuv')}[@xml:lang='en']/${local('seg')})`)).toBe(
        `Coastal wetland carbon monitoring plan no. ${tag} is complete.`,
      );
      // Its origin: the other tool's author and date, the tool, and who imported it.
      expect(await xpath(exported.text, `string(${unit}/@creationid)`)).toBe('maria.silva');
      expect(await xpath(exported.text, `string(${unit}/@creationdate)`)).toBe('20250102T030405Z');
      expect(await xpath(exported.text, `string(${unit}/${local('prop')}[@type='x-bcp-imported-from'])`)).toBe('OtherTool');
      expect(await xpath(exported.text, `string(${unit}/${local('prop')}[@type='x-bcp-imported-by'])`)).toBe('Test reviewer');
      expect(await xpath(exported.text, `string(${unit}/@changedate)`)).toMatch(/^\d{8}T\d{6}Z$/);
    });

    it("never exports another city's unpublished pairs; an approved pair of a published document carries its document and segment", async () => {
      const secret = `台山未公开的修复计划第${tag}号。`;
      const draft = await createDocument(api, taishanCoordinator.auth, {
        jurisdictionCode: taishan.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        markdown: secret,
      });
      const [secretRow] = await segmentsOf(api, draft.id, 'en', reviewer.auth);
      const secretSaved = await saveTranslation(api, reviewer.auth, draft.id, secretRow, 'en', `Taishan's unpublished plan no. ${tag}.`).expect(200);
      await review(api, reviewer.auth, draft.id, secretSaved.body, 'en', 'approved').expect(200);

      const open = `恩平公开的修复计划第${tag}号。`;
      const published = await createDocument(api, coordinator.auth, {
        jurisdictionCode: enping.jurisdictionCode,
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        markdown: open,
      });
      const [openRow] = await segmentsOf(api, published.id, 'en', reviewer.auth);
      const openSaved = await saveTranslation(api, reviewer.auth, published.id, openRow, 'en', `Enping's published plan no. ${tag}.`).expect(200);
      await review(api, reviewer.auth, published.id, openSaved.body, 'en', 'approved').expect(200);
      const steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
      await request(api.server).post(`/api/v1/documents/${published.id}/publications/en`).set(steward.auth).send({}).expect(201);

      const exported = await request(api.server).get('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).set(translator.auth).expect(200);
      expect(exported.text).not.toContain(`Taishan's unpublished plan no. ${tag}.`);
      expect(exported.text).not.toContain(secret);
      const unit = `${local('//tu')}[${local('tuv')}[@xml:lang='zh-CN']/${local('seg')}='${open}']`;
      expect(await xpath(exported.text, `string(${unit}/${local('prop')}[@type='x-bcp-document'])`)).toBe(published.id);
      expect(await xpath(exported.text, `string(${unit}/${local('prop')}[@type='x-bcp-segment'])`)).toBe(openRow.segmentId);
      expect(await xpath(exported.text, `string(${unit}/@creationid)`)).toBe('Test reviewer');
    });

    it('refuses callers without the locale, and bad input naming the field in the caller’s language, changing nothing', async () => {
      const file = tmxFile(`<tu><tuv xml:lang="zh-CN"><seg>拒绝${tag}</seg></tuv><tuv xml:lang="en"><seg>Refused ${tag}</seg></tuv></tu>`);
      await request(api.server).get('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).expect(401);
      await request(api.server).get('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).set(coordinator.auth).expect(403);
      await request(api.server).get('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).set(portugueseReviewer.auth).expect(403);
      await importTmx(file, translator).expect(403);
      await importTmx(file, portugueseReviewer).expect(403);

      const same = await request(api.server)
        .get('/api/v1/memory/tmx')
        .query({ source: 'en', target: 'en' })
        .set(translator.auth)
        .set('Accept-Language', 'zh-CN')
        .expect(400);
      expect(same.body.errors).toEqual([expect.objectContaining({ field: 'target', rule: 'differentFromSource' })]);
      expect(same.body.errors[0].message).toMatch(HAN);
      const unknown = await importTmx(file, reviewer, { source: 'zh-CN', target: 'fr' }).expect(400);
      expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['target']);
      const notTmx = await importTmx('<?xml version="1.0"?><xliff version="1.2"/>', reviewer, undefined, 'pt-BR').expect(400);
      expect(notTmx.body).toMatchObject({ code: 'documents_tmx_invalid', line: 1 });
      expect(notTmx.body.detail).toMatch(/arquivo/);
      const entity = await importTmx('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY e SYSTEM "file:///etc/passwd">]><tmx>&e;</tmx>', reviewer).expect(400);
      expect(entity.body.code).toBe('documents_xml_doctype_forbidden');
      await importTmx(`<tmx version="1.4">${' '.repeat(21 * 1024 * 1024)}</tmx>`, reviewer).expect(413);
      await request(api.server).post('/api/v1/memory/tmx').query({ source: 'zh-CN', target: 'en' }).set(reviewer.auth).send({ tmx: 'json' }).expect(415);
      const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM translation_memory WHERE target_text = $1`, [`Refused ${tag}`]);
      expect(count).toBe(0);
    });
  });

  describe('TBX', () => {
    const conceptId = `tbx-${tag}`;
    const importTbx = (file: string, as: SignedInUser, language = 'en') =>
      request(api.server).post('/api/v1/glossary/tbx').set(as.auth).set('Accept-Language', language).set('Content-Type', 'application/x-tbx+xml').send(file);

    it('merges a TBX in the locales the reviewer reviews, reports the rest, and the export reads back in libxml2', async () => {
      const file = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>other tool</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="${conceptId.toUpperCase()}"><note>Imported ${tag}</note>
  <langSec xml:lang="en-US"><termSec><term>tidal flat ${tag}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>mudflat ${tag}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
  <langSec xml:lang="zh-CN"><termSec><term>潮滩${tag}</term></termSec></langSec>
  <langSec xml:lang="fr"><termSec><term>estran</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="!!!"><langSec xml:lang="en"><termSec><term>nothing</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
      const before = await auditCount('documents.glossary.imported');
      const imported = await importTbx(file, reviewer, 'pt-BR').expect(200);
      expect(imported.body).toMatchObject({ concepts: 2, added: 2, changed: 0, unchanged: 0 });
      expect(
        imported.body.refused.map((refusal: { conceptId: string; language: string | null; reason: string }) => [
          refusal.conceptId,
          refusal.language,
          refusal.reason,
        ]),
      ).toEqual([
        [conceptId, 'zh-CN', 'notYourLocale'],
        [conceptId, 'fr', 'unsupportedLanguage'],
        ['!!!', null, 'invalidId'],
      ]);
      expect(imported.body.refused[0].message).toMatch(/revisores/);
      expect(await auditCount('documents.glossary.imported')).toBe(before + 1);
      const again = await importTbx(file.replace('deprecatedTerm-admn-sts', 'admittedTerm-admn-sts'), reviewer).expect(200);
      expect(again.body).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
      // An import that changes nothing leaves no state behind.
      await importTbx(file.replace('deprecatedTerm-admn-sts', 'admittedTerm-admn-sts'), reviewer).expect(200);

      // Each import left the concept's whole state in its history, as an edit through the API does.
      const admitted = [
        { text: `mudflat ${tag}`, status: 'admitted' },
        { text: `tidal flat ${tag}`, status: 'preferred' },
      ];
      await request(api.server).put(`/api/v1/glossary/${conceptId}/terms/en`).set(reviewer.auth).set('If-Match', '"2"').send({ terms: admitted }).expect(200);
      const history = await request(api.server).get(`/api/v1/glossary/${conceptId}/history`).set(translator.auth).expect(200);
      expect(history.body.items.map(({ at: _at, ...entry }: { at: string }) => entry)).toEqual([
        {
          action: 'created',
          version: 1,
          note: `Imported ${tag}`,
          terms: {
            en: [
              { text: `mudflat ${tag}`, status: 'forbidden' },
              { text: `tidal flat ${tag}`, status: 'preferred' },
            ],
          },
          actorId: reviewer.id,
        },
        { action: 'updated', version: 2, note: `Imported ${tag}`, terms: { en: admitted }, actorId: reviewer.id },
        { action: 'updated', version: 3, note: `Imported ${tag}`, terms: { en: admitted }, actorId: reviewer.id },
      ]);

      const glossary = await request(api.server).get('/api/v1/glossary').set(translator.auth).expect(200);
      expect(glossary.body.items.find((concept: { id: string }) => concept.id === conceptId)).toEqual({
        id: conceptId,
        // Created by the first import, changed by the second and by the edit above.
        version: 3,
        note: `Imported ${tag}`,
        terms: {
          en: [
            { text: `mudflat ${tag}`, status: 'admitted' },
            { text: `tidal flat ${tag}`, status: 'preferred' },
          ],
        },
      });

      const exported = await request(api.server).get('/api/v1/glossary/tbx').set(coordinator.auth).expect(200);
      expect(exported.headers['content-type']).toMatch(/^application\/x-tbx\+xml/);
      const entry = `${local('//conceptEntry')}[@id='${conceptId}']`;
      expect(await xpath(exported.text, `string(${local('/tbx')}/@type)`)).toBe('TBX-Basic');
      expect(await xpath(exported.text, `string(${entry}/${local('note')})`)).toBe(`Imported ${tag}`);
      expect(
        await xpath(
          exported.text,
          `string(${entry}/${local('langSec')}[@xml:lang='en']/${local('termSec')}[${local('term')}='tidal flat ${tag}']/${local('termNote')})`,
        ),
      ).toBe('preferredTerm-admn-sts');
      expect(await xpath(exported.text, `count(${local('//conceptEntry')}[@id='mangrove'])`)).toBe('1');
    });

    it('records one creation when two imports create the same concept at once', async () => {
      const racing = `race-${tag}`;
      const fileWith = (term: string) =>
        `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="${racing}"><langSec xml:lang="en"><termSec><term>${term} ${tag}</term></termSec></langSec></conceptEntry></body></text></tbx>`;
      await Promise.all([importTbx(fileWith('salt marsh'), reviewer).expect(200), importTbx(fileWith('saltmarsh'), reviewer).expect(200)]);
      const history = await request(api.server).get(`/api/v1/glossary/${racing}/history`).set(translator.auth).expect(200);
      expect(history.body.items.map((entry: { action: string; version: number }) => [entry.action, entry.version])).toEqual([
        ['created', 1],
        ['updated', 2],
      ]);
      expect(history.body.items[1].terms.en).toHaveLength(2);
    });

    it('refuses who does not review and bad files, in the caller’s language, changing nothing', async () => {
      const file = `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="refused-${tag}"><langSec xml:lang="en"><termSec><term>refused ${tag}</term></termSec></langSec></conceptEntry></body></text></tbx>`;
      await request(api.server).get('/api/v1/glossary/tbx').expect(401);
      await importTbx(file, translator).expect(403);
      await importTbx(file, coordinator).expect(403);
      const notTbx = await importTbx('<tmx version="1.4"><body/></tmx>', reviewer, 'zh-CN').expect(400);
      expect(notTbx.body.code).toBe('documents_tbx_invalid');
      expect(notTbx.body.detail).toMatch(HAN);
      const malformed = await importTbx('<tbx><text>', reviewer).expect(400);
      expect(malformed.body.code).toBe('documents_xml_malformed');
      await request(api.server).post('/api/v1/glossary/tbx').set(reviewer.auth).send({ tbx: 'json' }).expect(415);
      const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM glossary_concept WHERE id = $1`, [`refused-${tag}`]);
      expect(count).toBe(0);
    });
  });
});
