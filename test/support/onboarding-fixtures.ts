import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Resource } from '@bluecarbon/identity';
import {
  canAddEvidence,
  canSeeOnboarding,
  decideStepCommand,
  decideWebhook,
  type PartnerRef,
  SHENZHEN_PLAYBOOK,
  type StepCommand,
} from '@bluecarbon/onboarding/testing';
import {
  type AccessMatrixPlugin,
  createOrganisation,
  createUser,
  dataSourceOf,
  type MatrixDecision,
  type SignedInUser,
  signIn,
  type TestOrganisation,
  uniqueJurisdictionCode,
  uniqueSuffix,
} from './identity-fixtures';
import type { ConcurrencyPlugin } from './concurrency';
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
    jurisdictionId: accepted.body.application.jurisdictionId,
  };
  const user = await createUser(api, { organisation, role: 'coordinator' });
  return {
    code: body.jurisdictionCode,
    jurisdictionId: accepted.body.application.jurisdictionId,
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
  return response.body as {
    percentComplete: number;
    steps: { id: string; key: string; state: string; dueOn: string | null; waitingFor: string[]; version: number }[];
  } & Record<string, unknown>;
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

// ---------------------------------------------------------------------------------------
// Access matrix. prepare() gives each cast city a Jurisdiction record (linked to its
// organisation) with a case in progress; the factories then add, per call, a record of that
// city in the state where the write means something: an open step (owned by contributors,
// reviewed by the steward, needing no evidence), a link on it, the city's subscription.
// Onboarding's own rules (README-onboarding.md, "Who sees what") decide the step and webhook
// routes: a case is hidden from other cities and language teams but followed by ICLEI, and
// only the city itself does its steps' work.

const casesByCity = new Map<string, string>();

async function openStep(api: TestApi, subject: TestOrganisation): Promise<string> {
  const caseId = casesByCity.get(subject.id);
  if (!caseId) throw new Error(`no case for ${subject.jurisdictionCode}: did prepare() run?`);
  const [step]: { id: string }[] = await dataSourceOf(api).query(
    `INSERT INTO onboarding_step (case_id, key, position, state, owner_role, reviewer_role, due_in_days, opened_at, due_on)
     VALUES ($1, $2, 1, 'open', 'contributor', 'steward', 30, now(), current_date + 30) RETURNING id`,
    [caseId, `matrix_${uniqueSuffix()}`],
  );
  return step.id;
}

const partnerOf = (resource: Resource): PartnerRef => ({ jurisdictionId: resource.jurisdictionId ?? '', jurisdictionCode: resource.jurisdictionCode ?? '' });
const STEP = { ownerRole: 'contributor', reviewerRole: 'steward' } as const;
const stepCommand =
  (command: StepCommand): MatrixDecision =>
  (actor, resource) =>
    decideStepCommand(actor, command, partnerOf(resource), STEP);
const cityWork: MatrixDecision = (actor, resource) =>
  !canSeeOnboarding(actor, partnerOf(resource)) ? 'not_found' : canAddEvidence(actor, partnerOf(resource)) ? 'allow' : 'forbidden';

export const accessMatrix: AccessMatrixPlugin = {
  publicRoutes: ['POST /api/v1/onboarding/applications'],
  prepare: async (api, cast) => {
    const dataSource = dataSourceOf(api);
    const [playbook]: { id: string }[] = await dataSource.query(
      `INSERT INTO playbook (key, playbook_version, status, definition, published_at) VALUES ($1, 1, 'published', $2, now()) RETURNING id`,
      [`matrix-${uniqueSuffix()}`, JSON.stringify(SHENZHEN_PLAYBOOK)],
    );
    for (const city of [cast.own, cast.other]) {
      const [jurisdiction]: { id: string }[] = await dataSource.query(
        `INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status)
         VALUES ($1, $2, 'city', 'ZZ', 'en', 'America/Sao_Paulo', 'onboarding') RETURNING id`,
        [city.jurisdictionCode, JSON.stringify({ en: `Town ${city.jurisdictionCode}` })],
      );
      await dataSource.query(`UPDATE organisation SET jurisdiction_id = $2 WHERE id = $1`, [city.id, jurisdiction.id]);
      const [opened]: { id: string }[] = await dataSource.query(`INSERT INTO onboarding_case (jurisdiction_id, playbook_id) VALUES ($1, $2) RETURNING id`, [
        jurisdiction.id,
        playbook.id,
      ]);
      // Handed in and never decided: the case stays in progress whatever the matrix waives.
      await dataSource.query(
        `INSERT INTO onboarding_step (case_id, key, position, state, owner_role, reviewer_role, due_in_days) VALUES ($1, 'anchor', 0, 'submitted', 'coordinator', 'steward', 30)`,
        [opened.id],
      );
      casesByCity.set(city.id, opened.id);
    }
  },
  params: {
    // The registry entry is the steward's shared record (the city does not edit it); active, so everyone sees it.
    'jurisdictions.id': async (api, subject) => {
      await dataSourceOf(api).query(`UPDATE jurisdiction SET status = 'active', version = 1 WHERE id = $1`, [subject.jurisdictionId]);
      return { value: subject.jurisdictionId!, resource: { jurisdictionId: null, jurisdictionCode: null, state: 'active' } };
    },
    // A pending application of a new applicant near the subject (the subject itself is past applying).
    'applications.id': async (api) => {
      const dataSource = dataSourceOf(api);
      const code = uniqueJurisdictionCode();
      const [jurisdiction]: { id: string }[] = await dataSource.query(
        `INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status)
         VALUES ($1, $2, 'city', 'ZZ', 'pt-BR', 'America/Sao_Paulo', 'applicant') RETURNING id`,
        [code, JSON.stringify({ en: `Town ${code}` })],
      );
      const [application]: { id: string }[] = await dataSource.query(
        `INSERT INTO onboarding_application (jurisdiction_id, jurisdiction_code, jurisdiction_name, jurisdiction_level, time_zone, organisation_name, contact_name,
                                             contact_email, motivation, preferred_locale)
         VALUES ($1, $4, $5, 'city', 'America/Sao_Paulo', $2, 'Ana Souza', $3, 'Mangroves.', 'pt-BR') RETURNING id`,
        [
          jurisdiction.id,
          JSON.stringify({ en: `City of ${code}` }),
          `coordinator.${code.toLowerCase()}@test.bluecarbon.example`,
          code,
          JSON.stringify({ en: `Town ${code}` }),
        ],
      );
      return { value: application.id, resource: { jurisdictionId: jurisdiction.id, jurisdictionCode: code } };
    },
    // Shared material: a draft of a new playbook per call (a steward's allowed publish consumes it).
    'playbooks.id': async (api) => {
      const [draft]: { id: string }[] = await dataSourceOf(api).query(
        `INSERT INTO playbook (key, playbook_version, status, definition) VALUES ($1, 1, 'draft', $2) RETURNING id`,
        [`matrix-${uniqueSuffix()}`, JSON.stringify(SHENZHEN_PLAYBOOK)],
      );
      return { value: draft.id, resource: { jurisdictionId: null, jurisdictionCode: null, state: 'draft' } };
    },
    'steps.stepId': async (api, subject) => ({ value: await openStep(api, subject), resource: { state: 'open' } }),
    'evidence.id': async (api, subject) => {
      const [evidence]: { id: string }[] = await dataSourceOf(api).query(
        `INSERT INTO onboarding_evidence (step_id, kind, url, created_by) VALUES ($1, 'link', 'https://example.org/matrix', $2) RETURNING id`,
        [await openStep(api, subject), randomUUID()],
      );
      return { value: evidence.id, resource: { state: 'open' } };
    },
    'webhooks.id': async (api, subject) => {
      const [subscription]: { id: string }[] = await dataSourceOf(api).query(
        `INSERT INTO webhook_subscription (organisation_id, jurisdiction_code, url, secret, created_by) VALUES ($1, $2, 'https://example.org/hook', 'whsec_matrix', $3) RETURNING id`,
        [subject.id, subject.jurisdictionCode, randomUUID()],
      );
      return { value: subscription.id, resource: { organisationId: subject.id } };
    },
  },
  bodies: {
    'POST /api/v1/onboarding/webhooks': async (_api, subject) => ({
      body: { organisationId: subject.id, url: 'https://partner.example.org/hooks/bluecarbon' },
      resource: { organisationId: subject.id },
    }),
  },
  decisions: {
    'POST /api/v1/onboarding/steps/{stepId}/submit': stepCommand('submit'),
    'POST /api/v1/onboarding/steps/{stepId}/approve': stepCommand('review'),
    'POST /api/v1/onboarding/steps/{stepId}/request-changes': stepCommand('review'),
    'POST /api/v1/onboarding/steps/{stepId}/waive': stepCommand('waive'),
    'PUT /api/v1/onboarding/steps/{stepId}/assignee': cityWork,
    'POST /api/v1/onboarding/steps/{stepId}/evidence/files': cityWork,
    'POST /api/v1/onboarding/steps/{stepId}/evidence': cityWork,
    'DELETE /api/v1/onboarding/evidence/{id}': cityWork,
    'POST /api/v1/onboarding/steps/{stepId}/comments': (actor, resource) => (canSeeOnboarding(actor, partnerOf(resource)) ? 'allow' : 'not_found'),
    'POST /api/v1/onboarding/webhooks': (actor, resource) => decideWebhook(actor, resource.organisationId ?? '', 'forbidden'),
    'PATCH /api/v1/onboarding/webhooks/{id}': (actor, resource) => decideWebhook(actor, resource.organisationId ?? '', 'not_found'),
  },
};

/**
 * Onboarding's routes that take If-Match. A step and a subscription have no GET of their own:
 * their ETag is the version the case view and the subscription list show.
 */
export const concurrency: ConcurrencyPlugin = {
  'PATCH /api/v1/onboarding/jurisdictions/{id}': { as: 'steward' },
  'PUT /api/v1/onboarding/playbooks/{id}': { as: 'steward', body: () => ({ definition: SHENZHEN_PLAYBOOK }) },
  'POST /api/v1/onboarding/playbooks/{id}/publish': { as: 'steward', loserMayAnswer: [409] },
  'PUT /api/v1/onboarding/steps/{stepId}/assignee': {
    as: 'coordinator',
    body: (_api, cast) => ({ assigneeId: cast.users.contributor.id }),
    etag: async (api, cast, params, auth) => {
      const view = await caseOf(api, casesByCity.get(cast.own.id)!, auth);
      const step = view.steps.find((candidate) => candidate.id === params.stepId);
      return `"${step!.version}"`;
    },
  },
  'PATCH /api/v1/onboarding/webhooks/{id}': {
    as: 'coordinator',
    body: () => ({ url: 'https://partner.example.org/hooks/renamed' }),
    etag: async (api, _cast, params, auth) => {
      const listed = await request(api.server).get('/api/v1/onboarding/webhooks').set(auth);
      const subscription = (listed.body as { id: string; version: number }[]).find((candidate) => candidate.id === params.id);
      return `"${subscription!.version}"`;
    },
  },
};
