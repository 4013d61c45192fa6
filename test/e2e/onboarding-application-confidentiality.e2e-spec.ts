import request from 'supertest';
import { createOrganisation, dataSourceOf, uniqueJurisdictionCode } from '../support/identity-fixtures';
import { acceptedPartner, applicationBody, stewardSide } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/**
 * The public form tells an applicant nothing about the jurisdiction it names and changes
 * nothing before the steward accepts; the steward is warned in the application view.
 */
describe(`onboarding: the public application form is neutral on the ${engineName()} engine`, () => {
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;
  let activeCode: string;
  let prospectCode: string;

  const jurisdiction = async (code: string): Promise<{ status: string; version: number } | undefined> =>
    (await dataSourceOf(api).query(`SELECT status, version FROM jurisdiction WHERE code = $1`, [code]))[0];

  beforeAll(async () => {
    api = await startTestApi();
    people = await stewardSide(api);
    const partner = await acceptedPartner(api, people.steward);
    await dataSourceOf(api).query(`UPDATE jurisdiction SET status = 'active' WHERE id = $1`, [partner.jurisdictionId]);
    activeCode = partner.code;
    prospectCode = uniqueJurisdictionCode();
    await dataSourceOf(api).query(
      `INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status)
       VALUES ($1, '{"en": "Prospect town"}', 'city', 'ZZ', 'pt-BR', 'America/Sao_Paulo', 'prospect')`,
      [prospectCode],
    );
    // An admin made the prospect's organisation before it applied: accepting will link it.
    await createOrganisation(api, { kind: 'jurisdiction', jurisdictionCode: prospectCode });
  });
  afterAll(() => api.close());

  /** The answer with what the applicant sent (and the per-request id and time) taken out. */
  async function answerFor(code: string, locale = 'en') {
    const body = applicationBody({
      jurisdictionCode: code,
      contactEmail: 'ana.souza@test.bluecarbon.example',
      organisationName: { en: 'City government', 'pt-BR': 'Prefeitura' },
      jurisdictionName: { en: 'Town', 'pt-BR': 'Município' },
    });
    const response = await request(api.server).post('/api/v1/onboarding/applications').set('Accept-Language', locale).send(body);
    const { id, createdAt, ...rest } = response.body as Record<string, unknown>;
    expect(typeof id).toBe('string');
    expect(typeof createdAt).toBe('string');
    return {
      status: response.status,
      contentType: response.headers['content-type'],
      body: { ...rest, jurisdictionCode: rest.jurisdictionCode === code ? 'CODE' : rest.jurisdictionCode },
      id: id as string,
    };
  }

  it('answers an active city, a prospect, an unknown code and a second application alike', async () => {
    const unknownCode = uniqueJurisdictionCode();
    for (const locale of ['en', 'zh-CN']) {
      const answers = [
        await answerFor(activeCode, locale),
        await answerFor(prospectCode, locale),
        await answerFor(unknownCode, locale),
        await answerFor(prospectCode, locale),
      ];
      const shown = answers.map(({ status, contentType, body }) => ({ status, contentType, body }));
      for (const answer of shown) expect(answer).toEqual(shown[0]);
      expect(shown[0].status).toBe(201);
      expect(JSON.stringify(shown[0].body)).not.toMatch(/active|prospect|applicant|onboarding/);
    }
  });

  it('changes no jurisdiction until the steward accepts', async () => {
    const unknownCode = uniqueJurisdictionCode();
    const before = { active: await jurisdiction(activeCode), prospect: await jurisdiction(prospectCode) };
    await answerFor(activeCode);
    const prospect = await answerFor(prospectCode);
    await answerFor(unknownCode);
    expect(await jurisdiction(activeCode)).toEqual(before.active);
    expect(await jurisdiction(prospectCode)).toEqual(before.prospect);
    expect(before.prospect?.status).toBe('prospect');
    expect(await jurisdiction(unknownCode)).toBeUndefined();

    // Declining leaves it as it was too; accepting moves it on.
    await request(api.server)
      .post(`/api/v1/onboarding/applications/${prospect.id}/decline`)
      .set(people.steward.auth)
      .send({ reason: 'Duplicate.' })
      .expect(200);
    expect(await jurisdiction(prospectCode)).toEqual(before.prospect);
    const fresh = await answerFor(unknownCode);
    await request(api.server).post(`/api/v1/onboarding/applications/${fresh.id}/accept`).set(people.steward.auth).expect(200);
    expect((await jurisdiction(unknownCode))?.status).toBe('onboarding');
  });

  it('warns the steward in the application view before linking an organisation or onboarding a city again', async () => {
    const prospect = await answerFor(prospectCode);
    const view = await request(api.server).get(`/api/v1/onboarding/applications/${prospect.id}`).set(people.steward.auth).expect(200);
    expect(view.body).toMatchObject({ jurisdictionCode: prospectCode, jurisdictionStatus: 'prospect' });
    expect(view.body.warnings).toEqual([{ code: 'links_existing_organisation', organisationId: expect.any(String) }]);

    const active = await answerFor(activeCode);
    const activeView = await request(api.server).get(`/api/v1/onboarding/applications/${active.id}`).set(people.steward.auth).expect(200);
    expect(activeView.body.warnings).toEqual(
      expect.arrayContaining([
        { code: 'links_existing_organisation', organisationId: expect.any(String) },
        { code: 'jurisdiction_not_applicable', status: 'active' },
      ]),
    );
    const refused = await request(api.server).post(`/api/v1/onboarding/applications/${active.id}/accept`).set(people.steward.auth);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('jurisdiction_not_applicable');
    expect((await jurisdiction(activeCode))?.status).toBe('active');

    const unknown = await answerFor(uniqueJurisdictionCode());
    const unknownView = await request(api.server).get(`/api/v1/onboarding/applications/${unknown.id}`).set(people.steward.auth).expect(200);
    expect(unknownView.body).toMatchObject({ jurisdictionId: null, jurisdictionStatus: null, warnings: [] });
  });
});
