import request from 'supertest';
import type { MethodologyVersion } from '@bluecarbon/methodology/testing';
import { type Cast, createCast } from '../support/identity-fixtures';
import { draftVersion, ensureSeededMethodology, publishedVersion, SEEDED_KEY, SEEDED_VERSION } from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';
import { formula, input, smallVersion } from '@bluecarbon/methodology/testing';

/**
 * Exact arithmetic over one stratum and many years whose values grow to thousands of digits:
 * seconds of computing, and nothing publishing refuses. The cost rises steeply with the years.
 */
function heavyVersion(): MethodologyVersion {
  return smallVersion({
    inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' }), input('drift', { scope: 'stratum', default: '0.0123457' })],
    formulas: [
      formula('g1', '(1 + drift / 7) ^ year_index', '1', { scope: 'stratum-year', total: 'none' }),
      formula('g2', '(1 + drift / 8) ^ year_index', '1', { scope: 'stratum-year', total: 'none' }),
      formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c * (g1 + g2) / 2', 'tCO2e', { scope: 'stratum-year' }),
      formula('total', 'sum(stratum, emissions)', 'tCO2e'),
      formula('credits', 'total * (1 - buffer)', 'tCO2e'),
    ],
  });
}

const heavyProject = (years: number, strata = 1) => ({
  creditingPeriod: { startYear: 2025, years },
  strata: Array.from({ length: strata }, (_, k) => ({ key: k === 0 ? 'north' : `north-${k}`, area: '1' })),
});

const calculateUrl = (draft: { key: string; version: string }) => `/api/v1/methodologies/${draft.key}/versions/${draft.version}/calculate`;

describe('the calculator runs off the event loop', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    // A generous time budget: the liveness check needs a calculation of seconds to finish.
    api = await startTestApi({ CALCULATION_POOL_SIZE: '1', CALCULATION_TIME_BUDGET_MS: '120000' });
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  it('answers /health/live and /health/ready while a heavy calculation is still running, then the calculation', async () => {
    const draft = await draftVersion(api, cast.users.steward, heavyVersion());
    let settled = false;
    const calculation = request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      // Sixteen strata: seconds of exact powers (one took under a second once additions cross-reduced).
      .send(heavyProject(200, 16))
      .then((response) => {
        settled = true;
        return response;
      });
    // On the event loop, the calculation would hold every one of these answers until it ended.
    for (let i = 0; i < 8; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await request(api.server).get('/api/v1/health/live').expect(200, { status: 'ok' });
      expect({ check: i, calculationSettled: settled }).toEqual({ check: i, calculationSettled: false });
    }
    await request(api.server).get('/api/v1/health/ready').expect(200);
    expect(settled).toBe(false);
    const response = await calculation;
    expect(response.status).toBe(200);
    expect(response.body.creditable.total.wholeTonnes).toMatch(/^\d+$/);
    expect(response.body.years).toHaveLength(200);
  });

  it('keeps a place for other callers while one caller floods the calculator', async () => {
    await ensureSeededMethodology(api);
    const url = `/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`;
    const strata = Array.from({ length: 100 }, (_, i) => ({ key: `s${i}`, area: '1', inputs: { soil_type: 'mineral' } }));
    const heavy = { creditingPeriod: { startYear: 2025, years: 200 }, strata, project: { uncertainty: '5' } };
    const flood = Array.from({ length: 6 }, () =>
      request(api.server)
        .post(url)
        .set(cast.users.coordinator.auth)
        .send(heavy)
        .then((response) => response),
    );
    // The first of the flood to settle is a refusal: by then the flood holds every place it can.
    // It is the caller's own limit (429), not a full calculator (503): the others still get in.
    const first = await Promise.race(flood);
    expect({ status: first.status, code: first.body.code }).toEqual({ status: 429, code: 'methodology_calculations_per_caller' });
    expect(first.headers['retry-after']).toMatch(/^\d+$/);
    const other = await request(api.server)
      .post(url)
      .set(cast.users.steward.auth)
      .send({ creditingPeriod: { startYear: 2025, years: 2 }, strata: strata.slice(0, 1), project: { uncertainty: '5' } });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 200, code: undefined });
    const statuses = (await Promise.all(flood)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
  });

  it('answers a value that outgrows the digit budget with a translated 422 naming the formula', async () => {
    const version = smallVersion({
      inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' }), input('scale', { scope: 'project' })],
      formulas: [
        formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
        formula('magnified', 'scale * scale * scale', '1'),
        formula('total', 'sum(stratum, emissions) * magnified', 'tCO2e'),
        formula('credits', 'total * (1 - buffer)', 'tCO2e'),
      ],
    });
    const draft = await draftVersion(api, cast.users.steward, version);
    const response = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'pt-BR')
      .send({ creditingPeriod: { startYear: 2025, years: 2 }, strata: [{ key: 'a', area: '1' }], project: { scale: '1e9999' } })
      .expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'methodology_calculation_over_budget',
      budget: 'digits',
      limit: 20000,
      engineCode: 'CALCULATION_VALUE_TOO_LARGE',
    });
    expect(response.body.title).toBe('Cálculo pesado demais');
    expect(response.body.detail).toContain('valores com mais de 20000 dígitos');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'formulas.magnified.expression' })]);
  });

  it('refuses an answer of more formula values than one request may send, before computing; the seeded method still calculates at the stratum-year cap', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      formula(`part${i}`, 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
    );
    const draft = await draftVersion(
      api,
      cast.users.steward,
      smallVersion({ formulas: [...many, formula('total', 'sum(stratum, part0)', 'tCO2e'), formula('credits', 'total * (1 - buffer)', 'tCO2e')] }),
    );
    const strata = Array.from({ length: 100 }, (_, i) => ({ key: `s${i}`, area: '1' }));
    const refused = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'zh-CN')
      .send({ creditingPeriod: { startYear: 2025, years: 100 }, strata })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'methodology_calculation_answer_too_large', values: 300_200, limit: 250_000, title: '单次计算结果过大' });
    await ensureSeededMethodology(api);
    const seeded = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(cast.users.coordinator.auth)
      .send({
        creditingPeriod: { startYear: 2025, years: 200 },
        strata: strata.map((stratum) => ({ ...stratum, inputs: { soil_type: 'mineral' } })),
        project: { uncertainty: '5' },
      })
      .expect(200);
    expect(Object.keys(seeded.body.years[199].strata)).toHaveLength(100);
  });

  describe('refuses to publish what no project could compute, naming the formula', () => {
    const withCredits = (expression: string, extra: MethodologyVersion['formulas'] = []) =>
      smallVersion({
        formulas: [
          formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
          formula('total', 'sum(stratum, emissions)', 'tCO2e'),
          ...extra,
          formula('credits', expression, 'tCO2e'),
        ],
      });
    const squares = Array.from({ length: 14 }, (_, i) =>
      formula(`sq${i + 1}`, i === 0 ? '(1 - buffer) * (1 - buffer)' : `sq${i} * sq${i}`, '1', { total: 'none' }),
    );
    const cases: [string, MethodologyVersion, string, string][] = [
      ['a division by a literal zero', withCredits('total / 0'), 'VERSION_DIVISION_BY_ZERO', 'formulas.credits.expression'],
      [
        'a division by a zero folded from literals',
        withCredits('total * (1 - buffer) / (2.5 - 5 / 2)'),
        'VERSION_DIVISION_BY_ZERO',
        'formulas.credits.expression',
      ],
      ['a fractional exponent', withCredits('total * (1 - buffer) ^ 0.5'), 'VERSION_INVALID_EXPONENT', 'formulas.credits.expression'],
      ['an exponent beyond ±1000', withCredits('total * (1 - buffer) ^ -1001'), 'VERSION_INVALID_EXPONENT', 'formulas.credits.expression'],
      ['a product of a thousand powers of ten', withCredits(`total${' * 10^999'.repeat(1000)}`), 'VERSION_VALUE_TOO_LARGE', 'formulas.credits.expression'],
      ['a chain of formulas each squaring the one before', withCredits('total * sq14', squares), 'VERSION_VALUE_TOO_LARGE', 'formulas.sq10.expression'],
    ];

    it.each(cases)('%s', async (_name, version, code, field) => {
      const draft = await draftVersion(api, cast.users.steward, version);
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${draft.key}/versions/${draft.version}/publish`)
        .set(cast.users.steward.auth)
        .set('If-Match', draft.etag)
        .set('Accept-Language', 'zh-CN')
        .expect(422);
      expect(response.body.code).toBe('methodology_version_invalid');
      expect(response.body.issues).toEqual([expect.objectContaining({ code, path: field })]);
      expect(response.body.errors).toEqual([expect.objectContaining({ field, rule: 'methodologyIssue' })]);
      expect(response.body.errors[0].message).not.toMatch(/invalid|无效/);
    });
  });
});

describe('a formula of more operators than the engine walks', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  it('is refused naming the formula, at publish and at calculate, never a 500', async () => {
    // 4,900 additions fit in the 10,000 characters; each one nests the tree a level deeper.
    const version = smallVersion({
      formulas: [...smallVersion().formulas.slice(0, -1), formula('credits', `total${'+1'.repeat(4900)}`, 'tCO2e')],
    });
    const draft = await draftVersion(api, cast.users.steward, version);
    const published = await request(api.server)
      .post(`/api/v1/methodologies/${draft.key}/versions/${draft.version}/publish`)
      .set(cast.users.steward.auth)
      .set('If-Match', draft.etag);
    expect({ status: published.status, issues: published.body.issues }).toEqual({
      status: 422,
      issues: [expect.objectContaining({ code: 'EXPRESSION_TOO_DEEP', path: 'formulas.credits.expression' })],
    });
    const calculated = await request(api.server).post(calculateUrl(draft)).set(cast.users.steward.auth).send(heavyProject(1));
    expect({ status: calculated.status, code: calculated.body.code }).toEqual({ status: 422, code: 'methodology_version_invalid' });
  });
});

describe('the calculator keeps to its budgets', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi({ CALCULATION_POOL_SIZE: '1', CALCULATION_TIME_BUDGET_MS: '300' });
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  it('stops a calculation at its time budget with a translated 422', async () => {
    const draft = await draftVersion(api, cast.users.steward, heavyVersion());
    const response = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'zh-CN')
      // Sixteen strata of 200 years: seconds of exact powers, well past the 300 ms budget.
      .send(heavyProject(200, 16))
      .expect(422);
    expect(response.body).toMatchObject({ code: 'methodology_calculation_over_budget', budget: 'time', limit: 300, title: '计算量过大' });
    expect(response.body.detail).toContain('超过 300 毫秒的计算时间');
  });

  it('stops one long formula at the time budget too, with the same 422', async () => {
    // A sum of 300 fractions with new denominators (6,000-digit ones), then sums of its
    // multiples: each of those additions is a gcd of two such denominators, about 0.1 s, so the
    // one formula takes a second or more, within the digit budget and publishable.
    const version = smallVersion({
      inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' }), input('scale', { scope: 'project' })],
      formulas: [
        formula('total', 'sum(stratum, area * rate * dt * stock * co2_per_c)', 'tCO2e'),
        formula('grown', Array.from({ length: 300 }, (_, i) => `1 / (scale + ${i + 1})`).join(' + '), '1'),
        formula(
          'slow',
          [
            'grown',
            ...[7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103].map((prime) => `grown / ${prime}`),
          ].join(' + '),
          '1',
        ),
        formula('credits', 'total * slow', 'tCO2e'),
      ],
    });
    const draft = await draftVersion(api, cast.users.steward, version);
    const response = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .send({ ...heavyProject(1), project: { scale: '123456789012345678901234' } });
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 422,
      body: { code: 'methodology_calculation_over_budget', budget: 'time', limit: 300 },
    });
  });

  it('answers 503 with Retry-After once every thread is busy and the queue is full', async () => {
    // One thread and four waiting places, two per caller: five callers with two calculations
    // each (published, so all may run it) fill the calculator without any of them reaching its
    // own limit (that is a 429).
    const published = await publishedVersion(api, cast.users.steward, heavyVersion());
    const callers = (['steward', 'coordinator', 'contributor', 'observer', 'admin'] as const).map((role) => cast.users[role]);
    const responses = await Promise.all(
      // Sixteen strata: each runs to the 300 ms budget (one stratum now finishes sooner on a quiet machine).
      [...callers, ...callers].map((caller) => request(api.server).post(calculateUrl(published)).set(caller.auth).send(heavyProject(200, 16))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 422 && status !== 503)).toEqual([]);
    const busy = responses.find((response) => response.status === 503);
    expect(busy?.body.code).toBe('methodology_calculator_busy');
    expect(busy?.headers['retry-after']).toBe('1');
    // Some ran to their budget. How many is timing: a calculation stops at 300 ms, so one that
    // ends while the ten requests still arrive frees its place for a later one.
    expect(statuses.filter((status) => status === 422).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the calculator keeps to its memory budget', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi({ CALCULATION_POOL_SIZE: '1', CALCULATION_MEMORY_MB: '32' });
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  it('answers a calculation that outgrows the thread’s heap with a translated 422, and the next one still runs', async () => {
    // 20,000 stratum-years of a 10,000-digit value each: ~80 MB of exact values, quickly made.
    const version = smallVersion({
      constants: [...smallVersion().constants, { key: 'huge', label: { en: 'huge' }, value: '1e9999', unit: '1', citation: { source: 'test' } }],
      formulas: [...smallVersion().formulas.slice(0, 1), formula('big', 'area * huge', 'ha', { scope: 'stratum-year' }), ...smallVersion().formulas.slice(1)],
    });
    const draft = await draftVersion(api, cast.users.steward, version);
    const strata = Array.from({ length: 100 }, (_, i) => ({ key: `s${i}`, area: `${i + 1}.25` }));
    const response = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'pt-BR')
      .send({ creditingPeriod: { startYear: 2025, years: 200 }, strata })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'methodology_calculation_over_budget', budget: 'memory', limit: 32, title: 'Cálculo pesado demais' });
    expect(response.body.detail).toContain('mais de 32 MiB de memória');
    const small = await request(api.server)
      .post(calculateUrl(draft))
      .set(cast.users.steward.auth)
      .send({ creditingPeriod: { startYear: 2025, years: 2 }, strata: strata.slice(0, 1) })
      .expect(200);
    expect(small.body.years).toHaveLength(2);
  });
});
