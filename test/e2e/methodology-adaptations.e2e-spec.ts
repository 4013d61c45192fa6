import request from 'supertest';
import { type Cast, createCast, dataSourceOf, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import {
  adopt,
  ensureSeededMethodology,
  expectMatchesFixture,
  publishedVersion,
  SEEDED_KEY,
  SEEDED_VERSION,
  transition,
  workedExamples,
} from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';
import { formula, parameter, smallVersion } from '@bluecarbon/methodology/testing';

const seeded = { key: SEEDED_KEY, version: SEEDED_VERSION };

describe('methodology adaptations', () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'coordinator');
    await ensureSeededMethodology(api);
  });
  afterAll(async () => api?.close());

  const url = (id: string) => `/api/v1/adaptations/${id}`;

  it('in range: the coordinator submits, the steward approves, and the approved revision never changes', async () => {
    const coordinator = cast.users.coordinator;
    const draft = await adopt(api, coordinator, seeded, [
      { parameter: 'agb_stock', value: '110', justification: 'Plot survey 2024', evidence: ['doc:survey-2024'] },
    ]);
    expect(draft.body).toMatchObject({ status: 'draft', revision: 1, jurisdictionCode: cast.own.jurisdictionCode });
    expect(draft.body.review).toMatchObject({ withinRules: [{ key: 'agb_stock', value: '110' }], deviations: [], invalid: [] });

    const submitted = await transition(api, draft.id, 'submit', coordinator, draft.etag).expect(200);
    expect(submitted.body.status).toBe('submitted');
    await request(api.server).put(url(draft.id)).set(coordinator.auth).set('If-Match', submitted.headers.etag).send({ overrides: [] }).expect(409);
    // Approval is the steward's: the coordinator's role cannot review at all.
    await transition(api, draft.id, 'approve', coordinator, submitted.headers.etag).expect(403);
    const approved = await transition(api, draft.id, 'approve', cast.users.steward, submitted.headers.etag).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      overrides: [{ parameter: 'agb_stock', value: '110', justification: 'Plot survey 2024', evidence: ['doc:survey-2024'] }],
    });

    const changed = await request(api.server)
      .put(url(draft.id))
      .set(coordinator.auth)
      .set('If-Match', approved.headers.etag)
      .send({ overrides: [] })
      .expect(409);
    expect(changed.body.code).toBe('adaptation_transition_not_allowed');
    await expect(dataSourceOf(api).query(`UPDATE methodology_adaptation SET overrides = '{}' WHERE id = $1`, [draft.id])).rejects.toThrow(/cannot change/);

    const revision = await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(coordinator.auth)
      .send({})
      .expect(201);
    expect(revision.body).toMatchObject({ status: 'draft', revision: 2, lineageId: draft.id, previousId: draft.id });
    await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(coordinator.auth)
      .send({})
      .expect(409);
    // Approving revision 2 leaves revision 1 on record, superseded.
    const second = await transition(api, revision.body.id, 'submit', coordinator, revision.headers.etag).expect(200);
    await transition(api, revision.body.id, 'approve', cast.users.steward, second.headers.etag).expect(200);
    const first = await request(api.server).get(url(draft.id)).set(coordinator.auth).expect(200);
    expect(first.body).toMatchObject({ status: 'approved', supersededAt: expect.any(String) });

    const [audit] = await dataSourceOf(api).query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action LIKE 'methodology.adaptation.%'`,
      [draft.id],
    );
    const [outbox] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM outbox_event WHERE payload->>'adaptationId' = $1`, [draft.id]);
    expect([audit.n, outbox.n]).toEqual([3, 3]); // created, submitted, approved (revision 2 has its own)
  });

  it('out of range: a deviation the steward approves only with a reason, or rejects with one', async () => {
    const coordinator = cast.users.coordinator;
    const draft = await adopt(api, coordinator, seeded, [
      { parameter: 'loss_rate', value: '25', justification: 'Aquaculture expansion 2015–2020' },
      { parameter: 'carbon_fraction', value: '0.5', justification: 'Local lab analysis' },
    ]);
    expect(draft.body.review.deviations.map((item: { key: string; reasons: string[] }) => [item.key, item.reasons])).toEqual(
      expect.arrayContaining([['loss_rate', ['out-of-range']]]),
    );
    const submitted = await transition(api, draft.id, 'submit', coordinator, draft.etag).expect(200);
    expect(submitted.body.review.deviations.map((item: { key: string }) => item.key)).toContain('loss_rate');
    const noReason = await transition(api, draft.id, 'approve', cast.users.steward, submitted.headers.etag).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await transition(api, draft.id, 'reject', cast.users.steward, submitted.headers.etag, {}).expect(400);
    // Blank is not a reason: whitespace alone is refused like nothing, naming the rule, and nothing changes.
    for (const action of ['approve', 'reject'] as const) {
      const blank = await transition(api, draft.id, action, cast.users.steward, submitted.headers.etag, { reason: ' \t\n ' }).expect(400);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'notBlank' })]);
    }
    const rejected = await transition(api, draft.id, 'reject', cast.users.steward, submitted.headers.etag, {
      reason: 'Needs a historical reference period',
    }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Needs a historical reference period' });
    // A rejected revision is private to the city and the stewards again.
    await request(api.server).get(url(draft.id)).set(cast.users.observer.auth).expect(404);
  });

  it('calculates the two-strata fixture through an approved adaptation with a deviation, to the last digit', async () => {
    const example = workedExamples.find(({ example: candidate }) => candidate.options?.overrides)!.example;
    const overrides = Object.entries(example.options!.overrides as Record<string, { value: string; justification: string }>).map(([key, override]) => ({
      parameter: key,
      value: override.value,
      justification: override.justification,
    }));
    const draft = await adopt(api, cast.users.coordinator, seeded, overrides);
    const submitted = await transition(api, draft.id, 'submit', cast.users.coordinator, draft.etag).expect(200);
    const calculateUrl = `/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`;
    const body = { ...example.inputs, prices: example.options!.prices, adaptationId: draft.id };
    // Before the steward's decision the out-of-range value is not usable.
    const early = await request(api.server).post(calculateUrl).set(cast.users.coordinator.auth).send(body).expect(422);
    expect(early.body.engineCode).toBe('CALCULATION_OVERRIDE_OUT_OF_RANGE');
    await transition(api, draft.id, 'approve', cast.users.steward, submitted.headers.etag, { reason: 'Documented local loss' }).expect(200);
    const response = await request(api.server).post(calculateUrl).set(cast.users.observer.auth).send(body).expect(200);
    expectMatchesFixture(response.body, example.expected);
    expect(response.body.parameters.loss_rate).toMatchObject({ source: 'adaptation', approvedDeviation: true, withinRange: false });
    expect(response.body.adaptation).toMatchObject({ id: draft.id, status: 'approved', decisionReason: 'Documented local loss' });
  });

  it('keeps a draft from another city (404) and its writes (403 once visible); observers read submitted, write nothing', async () => {
    const coordinator = cast.users.coordinator;
    const draft = await adopt(api, coordinator, seeded, [{ parameter: 'agb_stock', value: '90', justification: 'Survey' }]);
    await request(api.server).get(url(draft.id)).set(neighbour.auth).expect(404);
    await request(api.server).put(url(draft.id)).set(neighbour.auth).set('If-Match', draft.etag).send({ overrides: [] }).expect(404);
    await transition(api, draft.id, 'submit', neighbour, draft.etag).expect(404);
    await request(api.server).get(url(draft.id)).set(cast.users.observer.auth).expect(404);
    const listed = await request(api.server)
      .get('/api/v1/adaptations')
      .query({ jurisdictionCode: cast.own.jurisdictionCode, limit: 100 })
      .set(neighbour.auth)
      .expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(draft.id);
    const calc = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(neighbour.auth)
      .send({
        creditingPeriod: { startYear: 2025, years: 1 },
        strata: [{ key: 'a', area: '1', inputs: { soil_type: 'mineral' } }],
        project: { uncertainty: '5' },
        adaptationId: draft.id,
      });
    expect(calc.status).toBe(404);
    // Adopting for the neighbour's city is not theirs to do either.
    await request(api.server)
      .post('/api/v1/adaptations')
      .set(neighbour.auth)
      .send({ methodologyKey: SEEDED_KEY, version: SEEDED_VERSION, jurisdictionCode: cast.own.jurisdictionCode })
      .expect(403);

    const submitted = await transition(api, draft.id, 'submit', coordinator, draft.etag).expect(200);
    await request(api.server).get(url(draft.id)).set(neighbour.auth).expect(200);
    await request(api.server).get(url(draft.id)).set(cast.users.observer.auth).expect(200);
    await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(neighbour.auth)
      .send({})
      .expect(403);
    await transition(api, draft.id, 'approve', neighbour, submitted.headers.etag).expect(403);
    await transition(api, draft.id, 'approve', cast.users.observer, submitted.headers.etag).expect(403);
    await request(api.server).put(url(draft.id)).set(cast.users.observer.auth).set('If-Match', submitted.headers.etag).send({ overrides: [] }).expect(403);
    const [denials] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'identity.access.denied' AND subject_id = $1`, [
      draft.id,
    ]);
    expect(denials.n).toBeGreaterThanOrEqual(4);
  });

  it('says why an override cannot carry over in the caller’s language, on the report and on the upgraded revision', async () => {
    const steward = cast.users.steward;
    const first = await publishedVersion(api, steward, smallVersion());
    const draft = await adopt(api, cast.users.coordinator, first, [{ parameter: 'stock', value: '400', justification: 'Plot survey' }]);
    const submitted = await transition(api, draft.id, 'submit', cast.users.coordinator, draft.etag).expect(200);
    await transition(api, draft.id, 'approve', steward, submitted.headers.etag).expect(200);
    // 1.1.0 measures the stock as dry matter per hectare: a tC/ha value cannot carry over.
    const next = smallVersion({
      parameters: smallVersion().parameters.map((def) => (def.key === 'stock' ? { ...def, unit: 't_dm/ha' } : def)),
      constants: [...smallVersion().constants, { key: 'cf', label: { en: 'carbon fraction' }, value: '0.47', unit: 'tC/t_dm', citation: { source: 'IPCC' } }],
      formulas: [
        formula('emissions', 'area * rate * dt * stock * cf * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
        ...smallVersion().formulas.slice(1),
      ],
    });
    const { methodologyKey: _k, version: _v, ...content } = next;
    const created = await request(api.server)
      .post(`/api/v1/methodologies/${first.key}/versions`)
      .set(steward.auth)
      .send({ version: '1.1.0', content })
      .expect(201);
    await request(api.server)
      .post(`/api/v1/methodologies/${first.key}/versions/1.1.0/publish`)
      .set(steward.auth)
      .set('If-Match', created.headers.etag)
      .expect(200);
    const expected: Record<string, RegExp> = {
      'zh-CN': /单位已由 tC\/ha 改为 t_dm\/ha/,
      'pt-BR': /unidade mudou de tC\/ha para t_dm\/ha/,
      en: /unit changed from tC\/ha to t_dm\/ha/,
    };
    for (const [locale, reason] of Object.entries(expected)) {
      const report = await request(api.server)
        .get(`${url(draft.id)}/upgrade-report`)
        .query({ to: '1.1.0' })
        .set(cast.users.coordinator.auth)
        .set('Accept-Language', locale)
        .expect(200);
      expect(report.body.incompatible).toEqual([expect.objectContaining({ key: 'stock', value: '400', reason: expect.stringMatching(reason) })]);
    }
    const upgraded = await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(cast.users.coordinator.auth)
      .set('Accept-Language', 'pt-BR')
      .send({ version: '1.1.0' })
      .expect(201);
    expect(upgraded.body.upgradeReport.incompatible[0].reason).toMatch(expected['pt-BR']);
    const again = await request(api.server).get(url(upgraded.body.id)).set(cast.users.coordinator.auth).set('Accept-Language', 'zh-CN').expect(200);
    expect(again.body.upgradeReport.incompatible[0].reason).toMatch(expected['zh-CN']);
  });

  it('upgrading to a version that narrowed a range: carried, out of range and new parameters reported, the carried applied', async () => {
    const steward = cast.users.steward;
    const first = await publishedVersion(api, steward, smallVersion());
    const draft = await adopt(api, cast.users.coordinator, first, [
      { parameter: 'rate', value: '8', justification: 'Local loss records' },
      { parameter: 'stock', value: '400', justification: 'Plot survey' },
    ]);
    const submitted = await transition(api, draft.id, 'submit', cast.users.coordinator, draft.etag).expect(200);
    await transition(api, draft.id, 'approve', steward, submitted.headers.etag).expect(200);

    const next = smallVersion({
      parameters: [
        parameter('rate', { unit: '%/yr', type: 'percent', default: '2', min: '0', max: '5' }),
        parameter('stock', { unit: 'tC/ha', default: '100', min: '0', max: '500' }),
        parameter('buffer', { unit: '%', type: 'percent', default: '10', min: '10', max: '60', adjustable: false }),
        parameter('leak', { unit: '%', type: 'percent', default: '0', min: '0', max: '50' }),
      ],
      formulas: [
        formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
        formula('total', 'sum(stratum, emissions)', 'tCO2e'),
        formula('credits', 'total * (1 - buffer) * (1 - leak)', 'tCO2e'),
      ],
    });
    const { methodologyKey: _k, version: _v, ...content } = next;
    await request(api.server).post(`/api/v1/methodologies/${first.key}/versions`).set(steward.auth).send({ version: '1.1.0', content }).expect(201);
    await request(api.server)
      .get(`${url(draft.id)}/upgrade-report`)
      .query({ to: '1.1.0' })
      .set(cast.users.coordinator.auth)
      .expect(404); // still a draft
    const drafted = await request(api.server).get(`/api/v1/methodologies/${first.key}/versions/1.1.0`).set(steward.auth).expect(200);
    await request(api.server)
      .post(`/api/v1/methodologies/${first.key}/versions/1.1.0/publish`)
      .set(steward.auth)
      .set('If-Match', drafted.headers.etag)
      .expect(200);

    const report = await request(api.server)
      .get(`${url(draft.id)}/upgrade-report`)
      .query({ to: '1.1.0' })
      .set(cast.users.coordinator.auth)
      .expect(200);
    expect(report.body.carried).toEqual([{ key: 'stock', value: '400' }]);
    expect(report.body.outOfRange).toEqual([expect.objectContaining({ key: 'rate', value: '8', min: '0', max: '5', previousMax: '10' })]);
    expect(report.body.newParameters).toEqual([expect.objectContaining({ key: 'leak', default: '0' })]);

    const upgraded = await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(cast.users.coordinator.auth)
      .send({ version: '1.1.0' })
      .expect(201);
    expect(upgraded.body).toMatchObject({ version: '1.1.0', revision: 2, status: 'draft' });
    expect(upgraded.body.overrides).toEqual([{ parameter: 'stock', value: '400', justification: 'Plot survey' }]);
    expect(upgraded.body.upgradeReport.outOfRange.map((item: { key: string }) => item.key)).toEqual(['rate']);
    await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(cast.users.coordinator.auth)
      .send({ version: '1.0.0' })
      .expect(409);
  });

  it('reports what a city’s adaptation of the seeded 1.0.0 carries to the seeded 2.0.0, and moves it there', async () => {
    const coordinator = cast.users.coordinator;
    const draft = await adopt(api, coordinator, seeded, [
      { parameter: 'loss_rate', value: '1.2', justification: 'Aquaculture expansion 2015–2020 (Enping)' },
      { parameter: 'soil_carbon_mineral', value: '250', justification: 'Zhenhai Bay soil cores' },
    ]);
    const submitted = await transition(api, draft.id, 'submit', coordinator, draft.etag).expect(200);
    await transition(api, draft.id, 'approve', cast.users.steward, submitted.headers.etag).expect(200);
    const report = await request(api.server)
      .get(`${url(draft.id)}/upgrade-report`)
      .query({ to: '2.0.0' })
      .set(coordinator.auth)
      .expect(200);
    expect(report.body).toMatchObject({ from: '1.0.0', to: '2.0.0', outOfRange: [], notAdjustable: [], incompatible: [], removed: [] });
    expect(report.body.carried.map((item: { key: string }) => item.key)).toEqual(['loss_rate', 'soil_carbon_mineral']);
    expect(report.body.newParameters.map((item: { key: string }) => item.key)).toEqual(['soil_decay_rate', 'ch4_emission_factor', 'gwp_ch4']);
    const upgraded = await request(api.server)
      .post(`${url(draft.id)}/revisions`)
      .set(coordinator.auth)
      .send({ version: '2.0.0' })
      .expect(201);
    expect(upgraded.body).toMatchObject({ version: '2.0.0', revision: 2, status: 'draft' });
  });

  it('refuses overrides that cannot be used at all, naming each', async () => {
    const response = await request(api.server)
      .post('/api/v1/adaptations')
      .set(cast.users.coordinator.auth)
      .send({
        methodologyKey: SEEDED_KEY,
        version: SEEDED_VERSION,
        overrides: [
          { parameter: 'no_such_thing', value: '1', justification: 'x' },
          { parameter: 'soil_type', value: 'peat', justification: 'x' },
        ],
      })
      .expect(422);
    expect(response.body.code).toBe('adaptation_overrides_invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['overrides.no_such_thing', 'overrides.soil_type']);
  });
});
