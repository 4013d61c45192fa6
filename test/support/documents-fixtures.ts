import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type AccessMatrixPlugin, createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from './identity-fixtures';
import type { ConcurrencyPlugin } from './concurrency';
import type { TestApi } from './test-app';

type Auth = { Authorization: string };

export interface SegmentRow {
  segmentId: string;
  ordinal: number;
  sourceText: string;
  text: string | null;
  state: string;
  outdated: boolean;
  previousSourceText: string | null;
  version: number;
  qaFindings: { check: string; severity: string; message: string }[];
}

/** Two cities, a coordinator of each, and a language team to add translators and reviewers to. */
export interface TwoCitiesAndATeam {
  enping: TestOrganisation;
  taishan: TestOrganisation;
  team: TestOrganisation;
  coordinator: SignedInUser;
  taishanCoordinator: SignedInUser;
}

/** Where the workflow and interchange suites start: a document of one city, hidden from the other. */
export async function twoCitiesAndATeam(api: TestApi): Promise<TwoCitiesAndATeam> {
  const enping = await createOrganisation(api, { kind: 'jurisdiction' });
  const taishan = await createOrganisation(api, { kind: 'jurisdiction' });
  const team = await createOrganisation(api, { kind: 'language_team' });
  return {
    enping,
    taishan,
    team,
    coordinator: await signedInMember(api, enping, 'coordinator'),
    taishanCoordinator: await signedInMember(api, taishan, 'coordinator'),
  };
}

/** Creates a document through the API (201 expected) and returns its body. */
export async function createDocument(api: TestApi, auth: Auth, body: Record<string, unknown>) {
  const response = await request(api.server)
    .post('/api/v1/documents')
    .set(auth)
    .send({ title: 'Test document', subjectType: 'project', sourceLocale: 'en', targetLocales: ['zh-CN'], ...body });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; revisionSummary: { segments: number; counts: Record<string, number> } } & Record<string, unknown>;
}

/** Every segment of the current revision with its translation in `locale`. */
export async function segmentsOf(api: TestApi, documentId: string, locale: string, auth: Auth): Promise<SegmentRow[]> {
  const rows: SegmentRow[] = [];
  let cursor: string | null = null;
  do {
    const response: request.Response = await request(api.server)
      .get(`/api/v1/documents/${documentId}/segments`)
      .query({ locale, limit: 100, ...(cursor ? { cursor } : {}) })
      .set(auth);
    if (response.status !== 200) throw new Error(`segments failed: ${response.status} ${JSON.stringify(response.body)}`);
    rows.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return rows;
}

export function translationPath(documentId: string, segmentId: string, locale: string): string {
  return `/api/v1/documents/${documentId}/segments/${segmentId}/translations/${locale}`;
}

/** Saves a translation (If-Match from the row) and returns the response. */
export function saveTranslation(api: TestApi, auth: Auth, documentId: string, row: { segmentId: string; version: number }, locale: string, text: string) {
  return request(api.server)
    .put(translationPath(documentId, row.segmentId, locale))
    .set(auth)
    .set('If-Match', `"${row.version}"`)
    .send({ text });
}

export function review(
  api: TestApi,
  auth: Auth,
  documentId: string,
  row: { segmentId: string; version: number },
  locale: string,
  decision: string,
  comment?: string,
) {
  return request(api.server)
    .post(`${translationPath(documentId, row.segmentId, locale)}/review`)
    .set(auth)
    .set('If-Match', `"${row.version}"`)
    .send(comment === undefined ? { decision } : { decision, comment });
}

// ---------------------------------------------------------------------------------------
// Access matrix: a published document of the subject city (zh-CN → en, as the cast's
// language team works in en) with one segment translated, so that every allowed write finds
// a record. Published, not draft: for a role without the route's action the guard answers
// 403 before any record is read, while the policy would call another city's draft invisible
// (404). Drafts of other cities are covered in documents-workflow.e2e-spec.ts.

let lastSegment: string | null = null;

async function documentOf(api: TestApi, subject: TestOrganisation): Promise<string> {
  const dataSource = dataSourceOf(api);
  const [document]: { id: string }[] = await dataSource.query(
    `INSERT INTO document (title, subject_type, source_locale, target_locales, owner_organisation_id, jurisdiction_id, jurisdiction_code, status, current_revision)
     VALUES ('Matrix document', 'project', 'zh-CN', '{en}', $1, $2, $3, 'published', 1) RETURNING id`,
    [subject.id, subject.jurisdictionId, subject.jurisdictionCode],
  );
  await dataSource.query(`INSERT INTO document_revision (document_id, number, markdown, segment_count) VALUES ($1, 1, '红树林。', 1)`, [document.id]);
  lastSegment = randomUUID();
  await dataSource.query(
    `INSERT INTO document_segment (id, document_id, ordinal, kind, source_text, source_hash, words, first_revision, last_revision)
     VALUES ($1, $2, 0, 'paragraph', '红树林。', 'matrix', 3, 1, 1)`,
    [lastSegment, document.id],
  );
  await dataSource.query(`INSERT INTO translation (segment_id, document_id, locale, text, state) VALUES ($1, $2, 'en', 'Mangrove.', 'translated')`, [
    lastSegment,
    document.id,
  ]);
  return document.id;
}

export const accessMatrix: AccessMatrixPlugin = {
  params: {
    // The locale rides along for translation routes without one in the path (XLIFF import).
    'documents.id': async (api, subject) => ({
      value: await documentOf(api, subject),
      resource: {
        jurisdictionCode: subject.jurisdictionCode,
        jurisdictionId: subject.jurisdictionId,
        organisationId: subject.id,
        state: 'published',
        locale: 'en',
      },
    }),
    // Filled after documents.id (paths name the document first): a segment of that document.
    'segments.segmentId': async () => ({ value: lastSegment ?? randomUUID(), resource: {} }),
    'translations.locale': async () => ({ value: 'en', resource: { locale: 'en' } }),
    'publications.locale': async () => ({ value: 'en', resource: {} }),
    // UI strings belong to no city.
    'ui-strings.namespace': async () => ({ value: 'matrix', resource: { jurisdictionCode: null, jurisdictionId: null } }),
    locale: async () => ({ value: 'en', resource: { locale: 'en' } }),
    // The glossary belongs to no city; a fresh concept with terms in en (whose reviewers may change or delete it).
    'glossary.conceptId': async (api) => ({ value: await glossaryConcept(api), resource: { jurisdictionCode: null, jurisdictionId: null, locale: 'en' } }),
    'terms.locale': async () => ({ value: 'en', resource: { locale: 'en' } }),
  },
  bodies: {
    // The memory and the glossary belong to no city; the locale a reviewer writes in rides
    // along (their bodies are files, so a JSON body gets 400/415 once access is granted).
    'POST /api/v1/memory/tmx': async () => ({ body: {}, resource: { jurisdictionCode: null, jurisdictionId: null, locale: 'en' } }),
    'POST /api/v1/glossary/tbx': async () => ({ body: {}, resource: { jurisdictionCode: null, jurisdictionId: null, locale: 'en' } }),
    'POST /api/v1/glossary': async () => ({
      body: { id: `matrix-${randomUUID().slice(0, 8)}`, locale: 'en', terms: [{ text: 'mangrove', status: 'preferred' }] },
      resource: { jurisdictionCode: null, jurisdictionId: null, locale: 'en' },
    }),
    'POST /api/v1/documents': async (_api, subject) => ({
      body: {
        title: 'Matrix',
        subjectType: 'project',
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        jurisdictionCode: subject.jurisdictionCode,
        markdown: '红树林。',
      },
      resource: { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
    }),
  },
};

/** A glossary concept with one English term and its first history entry, as the API would leave it. */
async function glossaryConcept(api: TestApi): Promise<string> {
  const id = `matrix-${randomUUID().slice(0, 8)}`;
  const dataSource = dataSourceOf(api);
  await dataSource.query(`INSERT INTO glossary_concept (id) VALUES ($1)`, [id]);
  await dataSource.query(`INSERT INTO glossary_term (concept_id, locale, text, status) VALUES ($1, 'en', 'mangrove', 'preferred')`, [id]);
  await dataSource.query(
    `INSERT INTO glossary_concept_history (concept_id, action, version, terms) VALUES ($1, 'created', 1, '{"en":[{"text":"mangrove","status":"preferred"}]}')`,
    [id],
  );
  return id;
}

async function glossaryHistory(api: TestApi, conceptId: string): Promise<number> {
  const [row]: { count: string }[] = await dataSourceOf(api).query(`SELECT count(*) FROM glossary_concept_history WHERE concept_id = $1`, [conceptId]);
  return Number(row.count);
}

/** A concept's ETag from its own GET (the terms route has none); none once it is deleted. */
async function glossaryEtag(api: TestApi, conceptId: string, auth: Auth): Promise<string> {
  return (await request(api.server).get(`/api/v1/glossary/${conceptId}`).set(auth)).headers.etag;
}

/** Every saved, reviewed or imported text of a segment's translation in `locale`. */
async function historyRows(api: TestApi, segmentId: string, locale: string): Promise<number> {
  const [row]: { count: string }[] = await dataSourceOf(api).query(
    `SELECT count(*) FROM translation_history h JOIN translation t ON t.id = h.translation_id WHERE t.segment_id = $1 AND t.locale = $2`,
    [segmentId, locale],
  );
  return Number(row.count);
}

/** Documents' routes that take If-Match; a translation keeps a history row per write. */
export const concurrency: ConcurrencyPlugin = {
  'PATCH /api/v1/documents/{id}': { as: 'coordinator' },
  'POST /api/v1/documents/{id}/revisions': { as: 'coordinator' },
  'PUT /api/v1/documents/{id}/segments/{segmentId}/translations/{locale}': {
    as: 'translator',
    history: (api, params) => historyRows(api, params.segmentId, params.locale),
  },
  'POST /api/v1/documents/{id}/segments/{segmentId}/translations/{locale}/review': {
    as: 'reviewer',
    history: (api, params) => historyRows(api, params.segmentId, params.locale),
  },
  'PUT /api/v1/glossary/{conceptId}/terms/{locale}': {
    as: 'reviewer',
    body: () => ({ terms: [{ text: 'mangrove forest', status: 'preferred' }] }),
    etag: (api, _cast, params, auth) => glossaryEtag(api, params.conceptId, auth),
    history: (api, params) => glossaryHistory(api, params.conceptId),
  },
  // The loser finds the concept gone: 404, as for any deleted record.
  'DELETE /api/v1/glossary/{conceptId}': {
    as: 'reviewer',
    etag: (api, _cast, params, auth) => glossaryEtag(api, params.conceptId, auth),
    history: (api, params) => glossaryHistory(api, params.conceptId),
    loserMayAnswer: [404],
  },
};
