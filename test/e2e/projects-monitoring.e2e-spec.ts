import request from 'supertest';
import { type Cast, createCast, dataSourceOf, type SignedInUser } from '../support/identity-fixtures';
import { SEEDED_MONITORED_VERSION } from '@bluecarbon/methodology';
import { SEEDED_KEY, SEEDED_VERSION } from '../support/methodology-fixtures';
import { approvedAdaptation, MEASURED, MEASURED_PER_YEAR, projectOf, reportOf } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

describe('monitoring and issuance', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  const report = (projectId: string, who: SignedInUser, body: object) =>
    request(api.server).post(`/api/v1/projects/${projectId}/monitoring-reports`).set(who.auth).send(body);
  const act = (id: string, action: string, who: SignedInUser, etag: string, body: object = {}) =>
    request(api.server).post(`/api/v1/monitoring-reports/${id}/${action}`).set(who.auth).set('If-Match', etag).send(body);
  const etagOf = async (id: string) =>
    (await request(api.server).get(`/api/v1/monitoring-reports/${id}`).set(cast.users.steward.auth).expect(200)).headers.etag;

  it('issues what the calculator computes for the project’s adaptation, frozen, with serials and the buffer held back', async () => {
    const { coordinator, steward, observer } = cast.users;
    const projectId = await projectOf(api, cast.own, 'registered');
    await report(projectId, observer, { periodStart: '2024-01-01', periodEnd: '2025-12-31', inputs: MEASURED }).expect(403);
    const created = await report(projectId, coordinator, { periodStart: '2024-01-01', periodEnd: '2025-12-31', inputs: MEASURED }).expect(201);
    const submitted = await act(created.body.id, 'submit', coordinator, created.headers.etag).expect(200);
    await act(created.body.id, 'approve', coordinator, submitted.headers.etag).expect(403);
    const approved = await act(created.body.id, 'approve', steward, submitted.headers.etag).expect(200);
    expect(approved.body.status).toBe('approved');

    // The same project through the calculator endpoint: 2024 is the first crediting year.
    const [project] = await dataSourceOf(api).query(`SELECT adaptation_id FROM project WHERE id = $1`, [projectId]);
    const expected = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(steward.auth)
      .send({
        creditingPeriod: { startYear: 2024, years: 2 },
        strata: [{ key: 'fringe', area: '100', inputs: MEASURED.strata.fringe }],
        project: MEASURED.project,
        adaptationId: project.adaptation_id,
      })
      .expect(200);
    const [checksum] = await dataSourceOf(api).query(
      `SELECT v.checksum FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = $1 AND v.semver = $2`,
      [SEEDED_KEY, SEEDED_VERSION],
    );
    const issuances = approved.body.issuances;
    expect(issuances.map((i: { vintage: number }) => i.vintage)).toEqual([2024, 2025]);
    let serial = 1;
    for (const issuance of issuances) {
      const year = expected.body.years.find((y: { year: number }) => y.year === issuance.vintage);
      const net = Math.floor(Number(expected.body.creditable.perYear.find((y: { year: number }) => y.year === issuance.vintage).value));
      const buffer = Math.floor(Number(year.project.buffer_contribution));
      expect(buffer).toBeGreaterThan(0);
      expect(issuance).toMatchObject({ issuedTonnes: net + buffer, bufferTonnes: buffer, saleableTonnes: net, methodology: { checksum: checksum.checksum } });
      expect(issuance.serials.first).toMatch(new RegExp(`-${issuance.vintage}-${String(serial).padStart(9, '0')}$`));
      serial += net + buffer;
      expect(issuance.serials.last).toMatch(new RegExp(`-${String(serial - 1).padStart(9, '0')}$`));
    }

    const listed = await request(api.server).get(`/api/v1/projects/${projectId}/issuances`).set(observer.auth).expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual(issuances.map((i: { id: string }) => i.id));
    const after = await request(api.server).get(`/api/v1/projects/${projectId}`).set(coordinator.auth).expect(200);
    expect(after.body.status).toBe('crediting');
    await expect(dataSourceOf(api).query(`UPDATE project_issuance SET issued_tonnes = 1 WHERE id = $1`, [issuances[0].id])).rejects.toThrow(/frozen/);
    await expect(dataSourceOf(api).query(`DELETE FROM project_issuance WHERE id = $1`, [issuances[0].id])).rejects.toThrow(/frozen/);
    await act(created.body.id, 'approve', steward, approved.headers.etag).expect(409);
    const edit = await request(api.server)
      .put(`/api/v1/monitoring-reports/${created.body.id}`)
      .set(coordinator.auth)
      .set('If-Match', approved.headers.etag)
      .send({ inputs: MEASURED })
      .expect(409);
    expect(edit.body.code).toBe('draft_required');
  });

  it('under the monitored 2.1.0, issues the monitoring period’s answer: measured years ex post, rounded once, the earlier periods kept', async () => {
    const { coordinator, steward } = cast.users;
    const adaptationId = await approvedAdaptation(api, cast.own, {}, SEEDED_MONITORED_VERSION.version);
    const projectId = await projectOf(api, cast.own, 'registered', adaptationId);
    const approveReport = async (body: object) => {
      const created = await report(projectId, coordinator, body).expect(201);
      const submitted = await act(created.body.id, 'submit', coordinator, created.headers.etag).expect(200);
      return (await act(created.body.id, 'approve', steward, submitted.headers.etag).expect(200)).body;
    };
    const calculate = (body: object) =>
      request(api.server)
        .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_MONITORED_VERSION.version}/calculate`)
        .set(steward.auth)
        .send({
          strata: [{ key: 'fringe', area: '100', inputs: { soil_type: 'mineral', uncertainty: '14' } }],
          project: { project_activity_emissions: '2.5' },
          adaptationId,
          ...body,
        })
        .expect(200);
    const sums = (issuances: { issuedTonnes: number; bufferTonnes: number }[]) => ({
      net: issuances.reduce((sum, i) => sum + i.issuedTonnes - i.bufferTonnes, 0),
      buffer: issuances.reduce((sum, i) => sum + i.bufferTonnes, 0),
    });
    // The calculator's periods carry only what is measured per year (soil type is not).
    const { soil_type: _soil, ...measured } = MEASURED_PER_YEAR.strata.fringe;
    const first = { startYear: 2024, endYear: 2025, project: MEASURED_PER_YEAR.project, strata: { fringe: measured } };

    const approved = await approveReport({ periodStart: '2024-01-01', periodEnd: '2025-12-31', inputs: MEASURED_PER_YEAR });
    const expected = await calculate({ creditingPeriod: { startYear: 2024, years: 2 }, monitoringPeriods: [first] });
    const period = expected.body.monitoring.periods[0];
    expect(approved.issuances.map((i: { vintage: number }) => i.vintage)).toEqual([2024, 2025]);
    expect(sums(approved.issuances)).toEqual({ net: Number(period.creditable.wholeTonnes), buffer: Math.floor(Number(period.buffer.value)) });
    expect(approved.issuances[0]).toMatchObject({ methodology: { version: '2.1.0' }, breakdown: { basis: 'monitoring-period', year: { basis: 'ex-post' } } });
    // A tenth of a hectare lost inside the project in 2024 costs credits against the unmeasured estimate.
    const estimated = await calculate({ creditingPeriod: { startYear: 2024, years: 2 } });
    expect(Number(expected.body.creditable.perYear[0].value)).toBeLessThan(Number(estimated.body.creditable.perYear[0].value));

    const second = { project: { project_activity_emissions: '1' }, strata: { fringe: { uncertainty: '9', area_lost_in_project: '0.05' } } };
    const next = await approveReport({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      inputs: { ...second, strata: { fringe: { ...second.strata.fringe, soil_type: 'mineral' } } },
    });
    const both = await calculate({ creditingPeriod: { startYear: 2024, years: 3 }, monitoringPeriods: [first, { startYear: 2026, endYear: 2026, ...second }] });
    expect(sums(next.issuances)).toEqual({
      net: Number(both.body.monitoring.periods[1].creditable.wholeTonnes),
      buffer: Math.floor(Number(both.body.monitoring.periods[1].buffer.value)),
    });
    expect(next.issuances[0].serials.first).toMatch(
      new RegExp(`-2026-${String(sums(approved.issuances).net + sums(approved.issuances).buffer + 1).padStart(9, '0')}$`),
    );
    const [stored] = await dataSourceOf(api).query(`SELECT calculation FROM project_monitoring_report WHERE id = $1`, [next.id]);
    expect(stored.calculation.years.map((year: { basis: string }) => year.basis)).toEqual(['ex-post', 'ex-post', 'ex-post']);
  });

  it('refuses an overlapping period, also when many ask at once: exactly one report per period', async () => {
    const projectId = await projectOf(api, cast.own, 'registered');
    const body = { periodStart: '2026-01-01', periodEnd: '2026-12-31', inputs: MEASURED };
    const answers = await Promise.all(Array.from({ length: 6 }, () => report(projectId, cast.users.coordinator, body)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.body).toMatchObject({ code: 'monitoring_period_overlap', errors: [{ field: 'periodStart', rule: 'periodOverlap' }] });
    await report(projectId, cast.users.coordinator, { ...body, periodStart: '2025-01-01' }).expect(409);
    await report(projectId, cast.users.coordinator, { ...body, periodStart: '2027-01-01', periodEnd: '2027-12-31' }).expect(201);
    const [count] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM project_monitoring_report WHERE project_id = $1`, [projectId]);
    expect(count.n).toBe(2);
  });

  it('asks for whole calendar years inside the crediting period of a registered project', async () => {
    const projectId = await projectOf(api, cast.own, 'registered');
    const partial = await report(projectId, cast.users.coordinator, { periodStart: '2024-03-01', periodEnd: '2024-12-31', inputs: MEASURED })
      .set('Accept-Language', 'zh-CN')
      .expect(400);
    expect(partial.body.errors).toEqual([
      expect.objectContaining({ field: 'periodStart', rule: 'calendarYearPeriod', message: expect.stringMatching(/[\u4e00-\u9fff]/) }),
    ]);
    const outside = await report(projectId, cast.users.coordinator, { periodStart: '2054-01-01', periodEnd: '2054-12-31', inputs: MEASURED }).expect(400);
    expect(outside.body.errors.map((e: { rule: string }) => e.rule)).toContain('withinCreditingPeriod');
    const draftProject = await projectOf(api, cast.own, 'validated');
    const notYet = await report(draftProject, cast.users.coordinator, { periodStart: '2024-01-01', periodEnd: '2024-12-31', inputs: MEASURED }).expect(409);
    expect(notYet.body).toMatchObject({ code: 'project_not_issuing', projectStatus: 'validated' });
  });

  it('issues once when two stewards approve the same report at once', async () => {
    const id = await reportOf(api, cast.own, 'submitted');
    const etag = await etagOf(id);
    const answers = await Promise.all([act(id, 'approve', cast.users.steward, etag), act(id, 'approve', cast.users.admin, etag)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, expect.any(Number)]);
    expect([409, 412]).toContain(answers.map((answer) => answer.status).sort()[1]);
    const [count] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM project_issuance WHERE monitoring_report_id = $1`, [id]);
    expect(count.n).toBe(1);
  });

  it('sends a report back to draft with a reason; the steward alone decides', async () => {
    const id = await reportOf(api, cast.own, 'submitted');
    const etag = await etagOf(id);
    await act(id, 'reject', cast.users.coordinator, etag, { reason: 'no' }).expect(403);
    const rejected = await act(id, 'reject', cast.users.steward, etag, { reason: 'Plot data missing' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionReason: 'Plot data missing' });
    const [count] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM project_issuance WHERE monitoring_report_id = $1`, [id]);
    expect(count.n).toBe(0);
  });
});
