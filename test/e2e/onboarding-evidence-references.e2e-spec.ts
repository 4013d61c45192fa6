import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createDocument } from '../support/documents-fixtures';
import { adopt, ensureSeededMethodology, SEEDED_KEY, SEEDED_VERSION, transition } from '../support/methodology-fixtures';
import { acceptedPartner, stepId, stewardSide, type TestPartner } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/** Evidence that points at a record names one the city may read, of a known type, and its own data. */
describe(`onboarding: evidence references are checked on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestPartner;
  let niteroi: TestPartner;
  let step: string;
  const seeded = { key: SEEDED_KEY, version: SEEDED_VERSION };

  beforeAll(async () => {
    api = await startTestApi();
    await ensureSeededMethodology(api);
    const people = await stewardSide(api);
    enping = await acceptedPartner(api, people.steward);
    niteroi = await acceptedPartner(api, people.steward);
    step = await stepId(api, enping.caseId, 'focal_point', enping.coordinator.auth);
  });
  afterAll(() => api.close());

  const attach = (body: Record<string, unknown>, locale = 'en') =>
    request(api.server).post(`/api/v1/onboarding/steps/${step}/evidence`).set(enping.coordinator.auth).set('Accept-Language', locale).send(body);
  const fieldsOf = (response: request.Response) => (response.body.errors ?? []).map((error: { field: string }) => error.field);
  const stored = async () =>
    (await request(api.server).get(`/api/v1/onboarding/steps/${step}/evidence`).set(enping.coordinator.auth).expect(200)).body as {
      referenceId: string | null;
    }[];

  it.each([
    ['an unknown type', { kind: 'data_record', referenceType: 'carbon_project', referenceId: randomUUID() }, 'referenceType'],
    ['a javascript: type', { kind: 'data_record', referenceType: 'javascript:alert(1)', referenceId: randomUUID() }, 'referenceType'],
    ['a javascript: id', { kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: 'javascript:alert(1)' }, 'referenceId'],
    ['a mixed-case javascript: link', { kind: 'link', url: 'JavaScript:alert(1)' }, 'url'],
    ['a type of another kind', { kind: 'document', referenceType: 'methodology_adaptation', referenceId: randomUUID() }, 'referenceType'],
    ['a data record without an id', { kind: 'data_record', referenceType: 'methodology_adaptation' }, 'referenceId'],
  ])('refuses %s with 400 naming the field, translated', async (_what, body, field) => {
    const before = (await stored()).length;
    const response = await attach(body, 'zh-CN');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(fieldsOf(response)).toContain(field);
    expect(response.body.errors.find((error: { field: string }) => error.field === field).message).toMatch(/[\u4e00-\u9fff]/);
    expect((await stored()).length).toBe(before);
  });

  it("refuses another city's draft adaptation (404) and its visible one (403), and an id that names nothing (404)", async () => {
    const draft = await adopt(api, niteroi.coordinator, seeded);
    expect((await attach({ kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: draft.id })).status).toBe(404);
    const submitted = await transition(api, draft.id, 'submit', niteroi.coordinator, draft.etag);
    expect(submitted.status).toBe(200);
    expect((await attach({ kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: draft.id })).status).toBe(403);
    expect((await attach({ kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: randomUUID() })).status).toBe(404);
    const other = await createDocument(api, niteroi.coordinator.auth, { jurisdictionCode: niteroi.code, markdown: 'Niterói draft.' });
    expect((await attach({ kind: 'document', referenceType: 'document', referenceId: other.id })).status).toBe(404);
    expect((await stored()).map((row) => row.referenceId)).not.toEqual(expect.arrayContaining([draft.id]));
  });

  it("accepts the city's own adaptation and document (201)", async () => {
    const own = await adopt(api, enping.coordinator, seeded);
    const adaptation = await attach({ kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: own.id });
    expect(adaptation.status).toBe(201);
    expect(adaptation.body).toMatchObject({ kind: 'data_record', referenceType: 'methodology_adaptation', referenceId: own.id });
    const document = await createDocument(api, enping.coordinator.auth, { jurisdictionCode: enping.code, markdown: 'Enping agreement.' });
    expect((await attach({ kind: 'document', referenceType: 'document', referenceId: document.id })).status).toBe(201);
    expect((await stored()).map((row) => row.referenceId)).toEqual(expect.arrayContaining([own.id, document.id]));
  });
});
