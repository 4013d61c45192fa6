import request from 'supertest';
import { formula, MANGROVE_CONSERVATION_V1, type MethodologyVersion, parameter, smallVersion, versionChecksum } from '@bluecarbon/methodology/testing';
import { type Cast, createCast, dataSourceOf } from '../support/identity-fixtures';
import {
  draftVersion,
  ensureSeededMethodology,
  expectMatchesFixture,
  publishedVersion,
  SEEDED_KEY,
  SEEDED_VERSION,
  workedExamples,
} from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

describe('methodology versions over HTTP', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    await ensureSeededMethodology(api);
  });
  afterAll(async () => api?.close());

  it('offers the seeded mangrove methodology, 1.0.0 published under its checksum, to every signed-in user', async () => {
    const response = await request(api.server).get(`/api/v1/methodologies/${SEEDED_KEY}`).set(cast.users.translator.auth).expect(200);
    expect(response.body.title['zh-CN']).toBe('红树林保护碳汇方法学');
    expect(response.body.versions).toEqual(
      expect.arrayContaining([expect.objectContaining({ version: '1.0.0', status: 'published', checksum: versionChecksum(MANGROVE_CONSERVATION_V1) })]),
    );
    const version = await request(api.server)
      .get(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}`)
      .set(cast.users.coordinator.auth)
      .expect(200);
    expect(version.body.content.description.en).toMatch(/DEFAULTS TO BE REPLACED BY THE OFFICIAL SHENZHEN ONES/);
  });

  it('edits a draft only with a current If-Match, and keeps drafts from everyone but the stewards', async () => {
    const draft = await draftVersion(api, cast.users.steward, smallVersion());
    const url = `/api/v1/methodologies/${draft.key}/versions/${draft.version}`;
    const content = { ...smallVersion({ title: { en: 'Small, edited' } }), methodologyKey: undefined, version: undefined };
    await request(api.server).put(url).set(cast.users.steward.auth).send({ content }).expect(428);
    await request(api.server).put(url).set(cast.users.steward.auth).set('If-Match', '"99"').send({ content }).expect(412);
    const edited = await request(api.server).put(url).set(cast.users.steward.auth).set('If-Match', draft.etag).send({ content }).expect(200);
    expect(edited.body.content.title.en).toBe('Small, edited');
    expect(edited.body.validation).toEqual({ valid: true, issues: [] });
    for (const role of ['coordinator', 'observer', 'translator'] as const) {
      await request(api.server).get(url).set(cast.users[role].auth).expect(404);
    }
    const listed = await request(api.server).get(`/api/v1/methodologies/${draft.key}`).set(cast.users.coordinator.auth).expect(200);
    expect(listed.body.versions).toEqual([]);
    await request(api.server).put(url).set(cast.users.coordinator.auth).set('If-Match', edited.headers.etag).send({ content }).expect(404);
  });

  describe('refuses to publish, naming each problem with its path', () => {
    const cases: [string, MethodologyVersion, string, string][] = [
      [
        'a cycle',
        smallVersion({ formulas: [formula('a', 'b + 1', '1'), formula('b', 'a + 1', '1'), formula('credits', '0', 'tCO2e')] }),
        'VERSION_CYCLE',
        'formulas.a.expression',
      ],
      [
        'an unknown name',
        smallVersion({ formulas: [formula('total', 'sum(stratum, area * stok)', 'tC'), formula('credits', 'total * co2_per_c', 'tCO2e')] }),
        'VERSION_UNKNOWN_NAME',
        'formulas.total.expression',
      ],
      [
        'adding tC to tCO2e',
        smallVersion({ formulas: [formula('total', 'sum(stratum, area * stock)', 'tC'), formula('credits', 'total + total * co2_per_c', 'tCO2e')] }),
        'VERSION_UNIT_MISMATCH',
        'formulas.credits.expression',
      ],
      [
        'a default outside its range',
        smallVersion({
          parameters: [
            parameter('rate', { unit: '%/yr', type: 'percent', default: '12', min: '0', max: '10' }),
            parameter('stock', { unit: 'tC/ha', default: '100' }),
            parameter('buffer', { unit: '%', type: 'percent', default: '10' }),
          ],
        }),
        'VERSION_DEFAULT_OUT_OF_RANGE',
        'parameters.rate.default',
      ],
    ];

    it.each(cases)('%s', async (_name, version, code, field) => {
      const draft = await draftVersion(api, cast.users.steward, version);
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${draft.key}/versions/${draft.version}/publish`)
        .set(cast.users.steward.auth)
        .set('If-Match', draft.etag)
        .set('Accept-Language', 'zh-CN')
        .expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('methodology_version_invalid');
      expect(response.body.title).toBe('方法学版本无法发布');
      expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code, path: expect.stringContaining(field.split('.')[0]) })]));
      const issue = response.body.issues.find((item: { code: string }) => item.code === code);
      expect(issue.path).toBe(field);
      // Said in the caller's language: the engine's English text is in `issues`, not in the zh-CN message.
      const error = response.body.errors.find((item: { field: string }) => item.field === field);
      expect(error).toMatchObject({ rule: 'methodologyIssue', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
      expect(error.message).not.toContain(issue.message);
      // Still a draft: nothing was frozen.
      const after = await request(api.server).get(`/api/v1/methodologies/${draft.key}/versions/${draft.version}`).set(cast.users.steward.auth).expect(200);
      expect(after.body.status).toBe('draft');
      expect(after.body.validation.valid).toBe(false);
    });
  });

  it('publishes under the content checksum, then refuses every write with 409, and the database refuses too', async () => {
    const draft = await draftVersion(api, cast.users.steward, smallVersion());
    const url = `/api/v1/methodologies/${draft.key}/versions/${draft.version}`;
    const published = await request(api.server).post(`${url}/publish`).set(cast.users.steward.auth).set('If-Match', draft.etag).expect(200);
    expect(published.body.status).toBe('published');
    // The checksum is of the content exactly as the API answers it, so anyone can check it.
    expect(published.body.checksum).toBe(versionChecksum({ ...published.body.content, methodologyKey: draft.key, version: draft.version }));
    const etag = published.headers.etag;
    const content = { ...smallVersion(), methodologyKey: undefined, version: undefined };
    const edit = await request(api.server).put(url).set(cast.users.steward.auth).set('If-Match', etag).send({ content }).expect(409);
    expect(edit.body.code).toBe('methodology_version_immutable');
    await request(api.server).post(`${url}/publish`).set(cast.users.steward.auth).set('If-Match', etag).expect(409);
    await request(api.server).post(`/api/v1/methodologies/${draft.key}/versions`).set(cast.users.steward.auth).send({ version: draft.version }).expect(409);
    await expect(dataSourceOf(api).query(`UPDATE methodology_version SET creditable_formula = 'total' WHERE id = $1`, [published.body.id])).rejects.toThrow(
      /cannot change/,
    );
    const deprecated = await request(api.server).post(`${url}/deprecate`).set(cast.users.steward.auth).set('If-Match', etag).expect(200);
    expect(deprecated.body.status).toBe('deprecated');
    expect(deprecated.body.checksum).toBe(published.body.checksum);
  });

  it('lets only stewards and admins write the shared methodology', async () => {
    const created = await request(api.server)
      .post('/api/v1/methodologies')
      .set(cast.users.coordinator.auth)
      .send({ key: 'city-own-method', title: { en: 'Ours' } });
    expect(created.status).toBe(403);
    await request(api.server)
      .post('/api/v1/methodologies')
      .set(cast.users.observer.auth)
      .send({ key: 'observed-method', title: { en: 'Ours' } })
      .expect(403);
  });

  describe.each(workedExamples.filter(({ example }) => !example.options?.overrides))('calculates $file over HTTP to the last digit', ({ example }) => {
    it('matches the hand-worked fixture', async () => {
      const target =
        typeof example.version === 'string' ? { key: SEEDED_KEY, version: SEEDED_VERSION } : await publishedVersion(api, cast.users.steward, example.version);
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${target.key}/versions/${target.version}/calculate`)
        .set(cast.users.observer.auth)
        .send({ ...example.inputs, ...(example.options?.prices ? { prices: example.options.prices } : {}) })
        .expect(200);
      expectMatchesFixture(response.body, example.expected);
      expect(response.body.rules.rounding).toMatch(/rounded down/);
      expect(response.body.adaptation).toBeNull();
    });
  });

  it('answers a calculation the engine refuses with a located 422', async () => {
    const response = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(cast.users.coordinator.auth)
      .send({ creditingPeriod: { startYear: 2025, years: 2 }, strata: [{ key: 'a', area: '10' }] })
      .expect(422);
    expect(response.body.code).toBe('methodology_calculation_failed');
    expect(response.body.engineCode).toBe('CALCULATION_MISSING_INPUT');
    expect(response.body.errors[0].field).toMatch(/soil_type|uncertainty/);
  });

  it('refuses a project beyond 20,000 stratum-years before computing anything', async () => {
    const strata = Array.from({ length: 101 }, (_, i) => ({ key: `s${i}`, area: '1', inputs: { soil_type: 'mineral' } }));
    const response = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(cast.users.coordinator.auth)
      .send({ creditingPeriod: { startYear: 2025, years: 200 }, strata, project: { uncertainty: '5' } })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'methodology_calculation_too_large', stratumYears: 20200, limit: 20000 });
  });

  it('diffs two versions: a changed range, an added parameter, a changed formula', async () => {
    const first = await publishedVersion(api, cast.users.steward, smallVersion());
    const drafted = await request(api.server)
      .post(`/api/v1/methodologies/${first.key}/versions`)
      .set(cast.users.steward.auth)
      .send({ version: '1.1.0', basedOn: '1.0.0' })
      .expect(201);
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
    await request(api.server)
      .put(`/api/v1/methodologies/${first.key}/versions/1.1.0`)
      .set(cast.users.steward.auth)
      .set('If-Match', drafted.headers.etag)
      .send({ content })
      .expect(200);
    const diff = await request(api.server)
      .get(`/api/v1/methodologies/${first.key}/diff`)
      .query({ from: '1.0.0', to: '1.1.0' })
      .set(cast.users.steward.auth)
      .expect(200);
    expect(diff.body.parameters.added.map((item: { key: string }) => item.key)).toEqual(['leak']);
    expect(diff.body.parameters.changed).toEqual([{ key: 'rate', changes: [{ field: 'max', from: '10', to: '5' }] }]);
    expect(diff.body.formulas.changed.map((item: { key: string }) => item.key)).toEqual(['credits']);
    // The draft is the steward's: to a coordinator the diff's "to" does not exist.
    await request(api.server).get(`/api/v1/methodologies/${first.key}/diff`).query({ from: '1.0.0', to: '1.1.0' }).set(cast.users.coordinator.auth).expect(404);
  });

  it('describes the methodology language in the OpenAPI schema: typed definitions and strata, no bare object', async () => {
    const doc = (await request(api.server).get('/api/docs-json').expect(200)).body;
    const schemas = doc.components.schemas;
    const resolve = (schema: Record<string, unknown>) => (typeof schema.$ref === 'string' ? schemas[schema.$ref.split('/').pop()!] : schema);
    const content = schemas.VersionContentDto.properties;
    for (const [list, dto] of [
      ['parameters', 'ParameterDefinitionDto'],
      ['inputs', 'InputDefinitionDto'],
      ['constants', 'ConstantDefinitionDto'],
      ['formulas', 'FormulaDefinitionDto'],
    ])
      expect([list, content[list].items.$ref]).toEqual([list, `#/components/schemas/${dto}`]);
    expect(schemas.FormulaDefinitionDto.properties.scope.enum).toEqual(['stratum-year', 'project-year']);
    expect(schemas.FormulaDefinitionDto.properties.expression.description).toMatch(/prev\(x, x0\).*cumsum/);
    expect(schemas.ParameterDefinitionDto.required).toEqual(expect.arrayContaining(['key', 'label', 'type', 'default', 'citation', 'adjustable']));
    expect(schemas.StratumDto.properties.inputs.additionalProperties.oneOf).toHaveLength(4);
    // Every object in a methodology request body says what it holds.
    const bare: string[] = [];
    const walk = (schema: Record<string, unknown>, at: string, seen: Set<string>): void => {
      if (typeof schema.$ref === 'string') {
        if (seen.has(schema.$ref)) return;
        seen.add(schema.$ref);
      }
      const target = resolve(schema);
      if (target.type === 'object' && !target.properties && !target.additionalProperties) bare.push(at);
      for (const [name, child] of Object.entries((target.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, `${at}.${name}`, seen);
      if (target.items) walk(target.items as Record<string, unknown>, `${at}[]`, seen);
      if (typeof target.additionalProperties === 'object') walk(target.additionalProperties as Record<string, unknown>, `${at}{}`, seen);
      for (const option of (target.oneOf ?? []) as Record<string, unknown>[]) walk(option, at, seen);
    };
    for (const [path, operations] of Object.entries(
      doc.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>>,
    )) {
      if (!path.startsWith('/api/v1/methodologies')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content['application/json']?.schema;
        if (schema) walk(schema, `${method} ${path}`, new Set());
      }
    }
    expect(bare).toEqual([]);
  });

  it('diffs a draft that does not validate yet, marking what is invalid in the caller’s language', async () => {
    const first = await publishedVersion(api, cast.users.steward, smallVersion());
    const broken = smallVersion({
      formulas: [...smallVersion().formulas.slice(0, 2), formula('credits', 'total * (1 - bufer)', 'tCO2e')],
    });
    const { methodologyKey: _k, version: _v, ...content } = broken;
    await request(api.server).post(`/api/v1/methodologies/${first.key}/versions`).set(cast.users.steward.auth).send({ version: '1.1.0', content }).expect(201);
    const diff = await request(api.server)
      .get(`/api/v1/methodologies/${first.key}/diff`)
      .query({ from: '1.0.0', to: '1.1.0' })
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'zh-CN')
      .expect(200);
    expect(diff.body.formulas.changed).toEqual([expect.objectContaining({ key: 'credits', invalid: true })]);
    expect(diff.body.validation.from).toEqual({ valid: true, issues: [] });
    expect(diff.body.validation.to.valid).toBe(false);
    const [issue] = diff.body.validation.to.issues;
    expect(issue).toMatchObject({ code: 'VERSION_UNKNOWN_NAME', path: 'formulas.credits.expression' });
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
