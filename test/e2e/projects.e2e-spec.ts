import request from 'supertest';
import { type Cast, createCast, dataSourceOf, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { approvedAdaptation, projectBody, projectOf, SQUARE_KM } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

describe('carbon-sink projects', () => {
  let api: TestApi;
  let cast: Cast;
  let neighbour: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    neighbour = await signedInMember(api, cast.other, 'coordinator');
  });
  afterAll(async () => api?.close());

  const count = async (): Promise<number> => Number((await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM project`))[0].n);
  const post = (path: string, who: SignedInUser, etag?: string) => {
    const call = request(api.server).post(`/api/v1/projects${path}`).set(who.auth);
    return etag ? call.set('If-Match', etag) : call;
  };

  it('runs draft → submitted → validated (area acknowledged) → registered, each step audited', async () => {
    const { coordinator, steward } = cast.users;
    // The square measures about 100 ha; 90 declared is 11% off and needs the steward's acknowledgement.
    const created = await post('', coordinator)
      .send(await projectBody(api, cast.own, { declaredHectares: '90', strata: [{ key: 'fringe', area: '90' }] }))
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      jurisdictionCode: cast.own.jurisdictionCode,
      area: { declaredHectares: '90', needsAcknowledgement: true },
    });
    expect(Number(created.body.area.measuredHectares)).toBeCloseTo(100, 0);
    expect(created.headers.location).toBe(`/api/v1/projects/${created.body.id}`);

    const submitted = await post(`/${created.body.id}/submit`, coordinator, created.headers.etag).expect(200);
    expect(submitted.body.status).toBe('submitted');
    const edit = await request(api.server)
      .put(`/api/v1/projects/${created.body.id}`)
      .set(coordinator.auth)
      .set('If-Match', submitted.headers.etag)
      .send({ declaredHectares: '95' })
      .expect(409);
    expect(edit.body).toMatchObject({ code: 'draft_required', currentState: 'submitted' });
    await post(`/${created.body.id}/validate`, coordinator, submitted.headers.etag).send({}).expect(403);

    const unacknowledged = await post(`/${created.body.id}/validate`, steward, submitted.headers.etag).set('Accept-Language', 'pt-BR').send({}).expect(422);
    expect(unacknowledged.body).toMatchObject({
      code: 'project_area_unacknowledged',
      errors: [{ field: 'acknowledgeAreaDifference', rule: 'areaAcknowledged' }],
    });
    expect(unacknowledged.body.detail).toContain('90 ha');
    expect(unacknowledged.body.title).toBe('Diferença de área não reconhecida');

    const validated = await post(`/${created.body.id}/validate`, steward, submitted.headers.etag).send({ acknowledgeAreaDifference: true }).expect(200);
    expect(validated.body).toMatchObject({ status: 'validated', area: { acknowledgedBy: steward.id } });
    const registered = await post(`/${created.body.id}/register`, steward, validated.headers.etag).expect(200);
    expect(registered.body).toMatchObject({ status: 'registered', allowedActions: ['start_crediting', 'close'] });
    await post(`/${created.body.id}/submit`, coordinator, registered.headers.etag).expect(409);

    const actions = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY at`, [created.body.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'projects.project.created',
      'projects.project.submitted',
      'projects.project.validated',
      'projects.project.registered',
    ]);
  });

  it('sends a project back to draft with a reason; the reason is required', async () => {
    const id = await projectOf(api, cast.own, 'submitted');
    const etag = (await request(api.server).get(`/api/v1/projects/${id}`).set(cast.users.steward.auth).expect(200)).headers.etag;
    const missing = await post(`/${id}/reject`, cast.users.steward, etag).send({ reason: '' }).expect(400);
    expect(missing.body.errors[0].field).toBe('reason');
    const rejected = await post(`/${id}/reject`, cast.users.steward, etag).send({ reason: 'Baseline survey missing' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionReason: 'Baseline survey missing' });
  });

  it('Enping cannot register a project for Taishan, nor use its adaptation; ICLEI reads and never writes', async () => {
    const { coordinator, observer } = cast.users;
    const before = await count();
    await post('', coordinator)
      .send(await projectBody(api, cast.other))
      .expect(403);
    await post('', observer)
      .send(await projectBody(api, cast.own))
      .expect(403);
    const foreignAdaptation = await post('', coordinator)
      .send(await projectBody(api, cast.own, { adaptationId: await approvedAdaptation(api, cast.other) }))
      .expect(400);
    expect(foreignAdaptation.body.errors).toEqual([expect.objectContaining({ field: 'adaptationId', rule: 'adaptationOfJurisdiction' })]);
    expect(await count()).toBe(before);

    const draft = await projectOf(api, cast.own, 'draft');
    const submitted = await projectOf(api, cast.own, 'submitted');
    await request(api.server).get(`/api/v1/projects/${draft}`).set(observer.auth).expect(404);
    await request(api.server).get(`/api/v1/projects/${draft}`).set(neighbour.auth).expect(404);
    const seen = await request(api.server).get(`/api/v1/projects/${submitted}`).set(observer.auth).expect(200);
    await request(api.server).put(`/api/v1/projects/${submitted}`).set(observer.auth).set('If-Match', seen.headers.etag).send({}).expect(403);
    await request(api.server).put(`/api/v1/projects/${submitted}`).set(neighbour.auth).set('If-Match', seen.headers.etag).send({}).expect(403);

    // Lists: ICLEI and the neighbour see no draft of ours; the city and the steward do.
    const listed = async (who: SignedInUser) => {
      const body = (await request(api.server).get(`/api/v1/projects?limit=100&jurisdictionCode=${cast.own.jurisdictionCode}`).set(who.auth).expect(200)).body;
      return body.items.map((item: { id: string }) => item.id);
    };
    expect(await listed(observer)).toEqual(expect.arrayContaining([submitted]));
    expect(await listed(observer)).not.toContain(draft);
    expect(await listed(neighbour)).not.toContain(draft);
    expect(await listed(coordinator)).toEqual(expect.arrayContaining([draft, submitted]));
    expect(await listed(cast.users.steward)).toEqual(expect.arrayContaining([draft, submitted]));
  });

  it('refuses an adaptation the steward has not approved', async () => {
    const body = await projectBody(api, cast.own);
    // A revision still awaiting the steward (decided revisions are frozen by a trigger, so made as such).
    const [row] = await dataSourceOf(api).query(
      `INSERT INTO methodology_adaptation (lineage_id, revision, methodology_version_id, jurisdiction_code, jurisdiction_id, status, overrides, submitted_at)
       SELECT gen_random_uuid(), 1, methodology_version_id, jurisdiction_code, jurisdiction_id, 'submitted', '{}', now() FROM methodology_adaptation WHERE id = $1 RETURNING id`,
      [body.adaptationId],
    );
    const refused = await post('', cast.users.coordinator)
      .send({ ...body, adaptationId: row.id })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'project_adaptation_not_approved', adaptationStatus: 'submitted' });
  });

  const ring = (positions: unknown[]) => ({ type: 'Polygon', coordinates: [positions] });
  it.each<[string, unknown, string, string]>([
    ['a point', { type: 'Point', coordinates: [114, 22.5] }, 'boundary.type', 'geometryType'],
    ['a position that is not two numbers', ring([[114, 22.5], [114.01], [114.01, 22.51], [114, 22.5]]), 'boundary.coordinates[0][1]', 'geometryPosition'],
    [
      'a longitude past 180°',
      ring([
        [114, 22.5],
        [194, 22.5],
        [114.01, 22.51],
        [114, 22.5],
      ]),
      'boundary.coordinates[0][1]',
      'geometryLongitude',
    ],
    [
      'a latitude past 90°',
      ring([
        [114, 22.5],
        [114.01, 95],
        [114.01, 22.51],
        [114, 22.5],
      ]),
      'boundary.coordinates[0][1]',
      'geometryLatitude',
    ],
    [
      'a ring of three positions',
      ring([
        [114, 22.5],
        [114.01, 22.5],
        [114, 22.5],
      ]),
      'boundary.coordinates[0]',
      'geometryRingTooShort',
    ],
    [
      'an open ring',
      ring([
        [114, 22.5],
        [114.01, 22.5],
        [114.01, 22.51],
        [114, 22.51],
      ]),
      'boundary.coordinates[0]',
      'geometryRingNotClosed',
    ],
    [
      'a bow tie',
      ring([
        [114, 22.5],
        [114.01, 22.51],
        [114.01, 22.5],
        [114, 22.51],
        [114, 22.5],
      ]),
      'boundary.coordinates',
      'geometrySelfIntersection',
    ],
  ])('refuses %s with a translated message naming the field, and writes nothing', async (_name, boundary, field, rule) => {
    const before = await count();
    const response = await post('', cast.users.coordinator)
      .set('Accept-Language', 'zh-CN')
      .send(await projectBody(api, cast.own, { boundary }))
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const error = response.body.errors.find((candidate: { rule: string }) => candidate.rule === rule);
    expect(error).toMatchObject({ field });
    expect(error.message).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await count()).toBe(before);
  });

  it('keeps the square as sent and reports its geodesic area within 5% of 100 ha as needing nothing', async () => {
    const created = await post('', cast.users.coordinator)
      .send(await projectBody(api, cast.own))
      .expect(201);
    expect(created.body.boundary).toEqual(SQUARE_KM);
    expect(created.body.area).toMatchObject({ declaredHectares: '100', needsAcknowledgement: false });
  });
});
