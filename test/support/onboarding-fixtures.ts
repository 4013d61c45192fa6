import request from 'supertest';
import { createOrganisation, createUser, type SignedInUser, signIn, type TestOrganisation, uniqueJurisdictionCode } from './identity-fixtures';
import type { TestApi } from './test-app';

/** What a prospective partner sends, with a code no other test uses. */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  const code = uniqueJurisdictionCode();
  return {
    organisationName: { en: `City of ${code}`, 'pt-BR': `Prefeitura de ${code}` },
    jurisdictionCode: code,
    jurisdictionName: { en: `Town ${code}`, 'pt-BR': `Município ${code}` },
    level: 'city',
    timeZone: 'America/Sao_Paulo',
    contactName: 'Ana Souza',
    contactEmail: `coordinator.${code.toLowerCase()}@test.bluecarbon.example`,
    mangroveAreaHa: '412.50',
    motivation: 'Protect our mangroves with blue-carbon finance.',
    preferredLanguage: 'pt-BR',
    ...overrides,
  };
}

export interface TestPartner {
  code: string;
  jurisdictionId: string;
  organisation: TestOrganisation;
  caseId: string;
  applicationId: string;
  coordinator: SignedInUser;
}

/** A partner past acceptance: applied, accepted by `steward`, with a signed-in coordinator. */
export async function acceptedPartner(api: TestApi, steward: { auth: { Authorization: string } }): Promise<TestPartner> {
  const body = applicationBody();
  const applied = await request(api.server).post('/api/v1/onboarding/applications').send(body);
  if (applied.status !== 201) throw new Error(`apply failed: ${applied.status} ${JSON.stringify(applied.body)}`);
  const accepted = await request(api.server).post(`/api/v1/onboarding/applications/${applied.body.id}/accept`).set(steward.auth);
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const organisation: TestOrganisation = {
    id: accepted.body.organisationId,
    kind: 'jurisdiction',
    jurisdictionCode: body.jurisdictionCode,
    jurisdictionId: applied.body.jurisdictionId,
  };
  const user = await createUser(api, { organisation, role: 'coordinator' });
  return {
    code: body.jurisdictionCode,
    jurisdictionId: applied.body.jurisdictionId,
    organisation,
    caseId: accepted.body.caseId,
    applicationId: applied.body.id,
    coordinator: { ...user, ...(await signIn(api, user)) },
  };
}

export async function stewardSide(api: TestApi): Promise<{ steward: SignedInUser; observer: SignedInUser; admin: SignedInUser }> {
  const stewardOrg = await createOrganisation(api, { kind: 'steward' });
  const iclei = await createOrganisation(api, { kind: 'international' });
  const platform = await createOrganisation(api, { kind: 'platform' });
  const sign = async (organisation: TestOrganisation, role: 'steward' | 'observer' | 'admin') => {
    const user = await createUser(api, { organisation, role });
    return { ...user, ...(await signIn(api, user)) };
  };
  return { steward: await sign(stewardOrg, 'steward'), observer: await sign(iclei, 'observer'), admin: await sign(platform, 'admin') };
}

/** The case as the API shows it, and one of its steps by key. */
export async function caseOf(api: TestApi, caseId: string, auth: { Authorization: string }) {
  const response = await request(api.server).get(`/api/v1/onboarding/cases/${caseId}`).set(auth);
  if (response.status !== 200) throw new Error(`case read failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { percentComplete: number; steps: { id: string; key: string; state: string; dueOn: string | null; waitingFor: string[] }[] } & Record<string, unknown>;
}

export async function stepId(api: TestApi, caseId: string, key: string, auth: { Authorization: string }): Promise<string> {
  const view = await caseOf(api, caseId, auth);
  return view.steps.find((step) => step.key === key)!.id;
}

/** Uploads a small PDF-typed file as evidence. */
export function uploadFile(api: TestApi, step: string, auth: { Authorization: string }, content: Buffer, fileName = 'letter.pdf') {
  return request(api.server)
    .post(`/api/v1/onboarding/steps/${step}/evidence/files`)
    .query({ fileName })
    .set(auth)
    .set('Content-Type', 'application/pdf')
    .send(content);
}
