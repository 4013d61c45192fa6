// Benchmark scenarios for `npm run bench`. One entry per scenario; later issues add theirs here.
//
// An entry:
//   name      short unique label shown in the table (BENCH_ONLY filters on it)
//   method    HTTP method; default 'GET'
//   path      request path on the API, e.g. '/api/v1/health/ready'
//   headers   optional request headers (both the API and the floor receive the same ones)
//   body      optional request body: an object is sent as JSON
//   engines   optional ['server'] for a scenario that cannot run embedded; default both engines
//   connections  optional concurrent connections for this scenario (default BENCH_CONNECTIONS)
//   timeoutSeconds  optional per-request timeout (autocannon's default is 10 s)
//   status    expected status code; default 200. A probe before the run checks it on the API
//             and on the floor, and any other status during the run marks the row as failed.
//   setup     optional async ({ engine, baseUrl, db, request }) => overrides. Runs once per
//             engine before that engine's run. `request(method, path, { body, headers })`
//             calls the API under test and resolves to { status, headers, body }; `db` is a
//             `pg` Client on the bench database (on the embedded engine the same `query()`
//             runs inside the API's process: tools/bench/embedded-api.mjs). It may
//             return { path, headers, body } to change the request (a token, a created id).
//             `databaseUrl` is the bench database's URL (server engine only), e.g. for demoData().
//             The floor gets the server engine's request.
//   floor     what a bare Fastify + pg handler does for the same request, with no framework
//             around it. The floor server registers `route` (a Fastify pattern such as
//             '/api/v1/projects/:id'; default: `path` without its query string) and answers:
//               sql      the query, run as a named prepared statement on a pg Pool (omit
//                        it for an endpoint that does not touch the database)
//               params   optional (request) => values for $1.., from the Fastify request
//                        (request.params, request.query, request.body, request.headers)
//               respond  optional (rows, request, reply) => payload; default rows[0]
//             or, for more than one query, a handler of its own:
//               handle   async (request, reply, { query, env }) => payload, where
//                        query(text, values) runs a named prepared statement and returns rows
//             Functions here run in the floor process, which imports this file itself.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import argon2 from 'argon2';
import { jwtVerify } from 'jose';
import { methodologyScenarios } from './methodology-scenarios.mjs';
import { projectsScenarios } from './projects-scenarios.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEMO_PASSWORD = 'Bench-demo-password-4417!';
/** Per engine (the server's database URL, or 'embedded'): the seeding, started once. */
const demoLoaded = new Map();

/**
 * The demo data (`npm run db:seed`: partners, onboarding cases, a translated document), loaded
 * once per run and engine (on a server by the seed command itself); resolves to a sign-in for
 * a demo user: `{ authorization: 'Bearer …' }`.
 */
async function demoData({ databaseUrl, db }, request, email) {
  const engine = databaseUrl ?? 'embedded';
  if (!demoLoaded.has(engine)) {
    demoLoaded.set(
      engine,
      databaseUrl
        ? promisify(execFile)(process.execPath, [path.join(root, 'dist/apps/api/src/seed/seed.cli.js')], {
            cwd: root,
            env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, DEMO_PASSWORD, LOG_LEVEL: 'warn' },
          })
        : db.seedDemo(DEMO_PASSWORD),
    );
  }
  await demoLoaded.get(engine);
  const login = await request('POST', '/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } });
  if (login.status !== 200 || !login.body?.accessToken) throw new Error(`sign-in of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { authorization: `Bearer ${login.body.accessToken}` };
}

/**
 * The floor's share of the API's guard: verify the same token, then the actor query the API
 * runs on every signed-in request (UsersRepository.actorRows, with the session). Null: 401.
 */
async function floorActor(request, query, env) {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const { payload } = await jwtVerify(token ?? '', new TextEncoder().encode(env.JWT_SECRET), {
    algorithms: ['HS256'],
    issuer: env.JWT_ISSUER || 'bluecarbon-portal',
    audience: env.JWT_AUDIENCE || 'bluecarbon-api',
    requiredClaims: ['sub', 'exp', 'iat', 'sid'],
  });
  const rows = await query(
    `SELECT u.id, u.email, u.preferred_locale, m.organisation_id, o.kind, m.role, m.locales,
            o.jurisdiction_code, o.jurisdiction_id, u.totp_enabled_at IS NOT NULL AS has_second_factor
       FROM app_user u
       LEFT JOIN membership m ON m.user_id = u.id
       LEFT JOIN organisation o ON o.id = m.organisation_id
      WHERE u.id = $1 AND u.status = 'active'
        AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL)`,
    [payload.sub, payload.sid],
  );
  return rows.length > 0 ? rows : null;
}

/** A signed-in member made with SQL (server engine): `{ authorization: 'Bearer …' }`. */
async function benchMember(db, request, { email, role, organisationId, locales = [] }) {
  const password = 'bench-only-password-3f9c1e';
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [user] = (await db.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, email, hash])).rows;
  await db.query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, $3, $4)`, [user.id, organisationId, role, locales]);
  const login = await request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (login.status !== 200 || !login.body?.accessToken) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { authorization: `Bearer ${login.body.accessToken}` };
}

async function benchOrganisation(db, kind, jurisdictionCode = null) {
  const name = JSON.stringify({ en: `Bench ${kind} ${jurisdictionCode ?? ''}`.trim() });
  return (await db.query(`INSERT INTO organisation (kind, name, jurisdiction_code) VALUES ($1, $2, $3) RETURNING id`, [kind, name, jurisdictionCode])).rows[0]
    .id;
}

/** `count` English sentences, five to a paragraph: a long methodology-like document. */
function benchMarkdown(count) {
  const paragraphs = [];
  for (let i = 0; i < count; i += 5) {
    const sentences = [];
    for (let k = i; k < Math.min(i + 5, count); k++) sentences.push(`Plot ${k} stores ${k % 97} tonnes of carbon in mangrove soil.`);
    paragraphs.push(sentences.join(' '));
  }
  return `# Bench methodology\n\n${paragraphs.join('\n\n')}\n`;
}

/** A 2,000-segment English document of a new city, every segment translated into Chinese. */
async function translatedDocument(db, request, jurisdictionCode, email) {
  const city = await benchOrganisation(db, 'jurisdiction', jurisdictionCode);
  const headers = await benchMember(db, request, { email, role: 'coordinator', organisationId: city });
  const created = await request('POST', '/api/v1/documents', {
    headers,
    body: {
      title: 'Bench render',
      subjectType: 'none',
      sourceLocale: 'en',
      targetLocales: ['zh-CN'],
      jurisdictionCode,
      markdown: benchMarkdown(RENDER_SEGMENTS),
    },
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  await db.query(
    `INSERT INTO translation (segment_id, document_id, locale, text, state)
     SELECT id, document_id, 'zh-CN', '第' || ordinal || '号样地土壤储碳' || (ordinal % 97) || '吨。', 'translated' FROM document_segment WHERE document_id = $1`,
    [created.body.id],
  );
  return { id: created.body.id, headers };
}

/**
 * `entries` memory pairs made by generate_series (random 16-character Han strings from 3,000
 * characters: realistic trigram spread), the same rows for the same `i` in every run: a run
 * with both memory scenarios adds only the missing ones to the first's.
 */
async function benchMemory(db, entries) {
  const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM translation_memory WHERE target_text LIKE 'Bench target %'`)).rows;
  await db.query(
    `INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text, source_hash)
     SELECT 'zh-CN', 'en', x.s, 'Bench target ' || x.i, md5(x.s)
       FROM (SELECT i, (SELECT string_agg(chr(19968 + abs(hashtext(i || '-' || k)) % 3000), '') FROM generate_series(1, 16) k) || '。' AS s
               FROM generate_series($1::int + 1, $2::int) i) x
     ON CONFLICT DO NOTHING`,
    [count, entries],
  );
  // As autovacuum would soon: without statistics the planner scans the table instead of the GIN index.
  await db.query('ANALYZE translation_memory');
}

/**
 * Suggestions for one Chinese segment against `entries` memory pairs: trigram candidates
 * through the GIN index, then the engine's re-ranking and diffs. The floor runs the same two
 * queries (segment, candidates) and returns the candidates unranked.
 */
function memorySuggestions(entries, jurisdictionCode, label) {
  return {
    name: `documents: memory suggestions (${label} entries)`,
    method: 'GET',
    path: '/api/v1/documents',
    // A million pairs and their trigram index in PGlite's memory: minutes of set-up and
    // gigabytes for a size no single-machine portal holds.
    ...(entries > 100_000 ? { engines: ['server'] } : {}),
    setup: async ({ db, request }) => {
      await benchMemory(db, entries);
      const [{ source_text: near }] = (await db.query(`SELECT source_text FROM translation_memory WHERE target_text = 'Bench target 4242'`)).rows;
      const city = await benchOrganisation(db, 'jurisdiction', jurisdictionCode);
      const team = await benchOrganisation(db, 'language_team');
      const coordinator = await benchMember(db, request, { email: `bench.tm.coordinator.${label}@bench.invalid`, role: 'coordinator', organisationId: city });
      const translator = await benchMember(db, request, {
        email: `bench.tm.translator.${label}@bench.invalid`,
        role: 'translator',
        organisationId: team,
        locales: ['en'],
      });
      // The query differs from one entry by its last two characters.
      const markdown = `${near.slice(0, 14)}红树。`;
      const created = await request('POST', '/api/v1/documents', {
        headers: coordinator,
        body: { title: 'Bench memory', subjectType: 'none', sourceLocale: 'zh-CN', targetLocales: ['en'], jurisdictionCode, markdown },
      });
      if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
      const [{ id: segmentId }] = (await db.query(`SELECT id FROM document_segment WHERE document_id = $1`, [created.body.id])).rows;
      return { path: `/api/v1/documents/${created.body.id}/segments/${segmentId}/translations/en/suggestions`, headers: translator };
    },
    floor: {
      route: '/api/v1/documents/:id/segments/:segmentId/translations/:locale/suggestions',
      handle: async (request, _reply, { query }) => {
        const [segment] = await query(`SELECT source_text, source_hash FROM document_segment WHERE id = $1`, [request.params.segmentId]);
        const memory = await query(
          `SELECT id, source_text, target_text, previous_hash, next_hash, updated_at FROM translation_memory
            WHERE source_locale = 'zh-CN' AND target_locale = $1 AND (source_hash = $2 OR source_text % $3)
            ORDER BY source_hash = $2 DESC, similarity(source_text, $3) DESC LIMIT 50`,
          [request.params.locale, segment.source_hash, segment.source_text],
        );
        return { memory, glossary: [] };
      },
    },
  };
}

const IMPORT_SEGMENTS = 10_000;
const RENDER_SEGMENTS = 2_000;

/** The API's own payload shape, so the floor serialises a comparable response. */
const readiness = (rows) => ({
  status: 'ok',
  database: { engine: 'server', version: rows[0].version, ctype: rows[0].ctype },
});

export const scenarios = [
  {
    name: 'health/ready',
    method: 'GET',
    path: '/api/v1/health/ready',
    floor: {
      sql: `SELECT datctype AS ctype, current_setting('server_version') AS version
              FROM pg_database WHERE datname = current_database()`,
      respond: readiness,
    },
  },
  {
    // No database: what the framework and the middleware alone cost next to bare Fastify.
    name: 'health/live',
    method: 'GET',
    path: '/api/v1/health/live',
    floor: { respond: () => ({ status: 'ok' }) },
  },
  {
    // The full signed-in path: bearer token, global access guard (JWT + actor query with the
    // session), then the user and their memberships in one query (UsersRepository.actorRows,
    // meRows). The floor verifies the same token and runs the same two statements.
    name: 'me (signed in)',
    method: 'GET',
    path: '/api/v1/me',
    setup: async ({ db, request }) => {
      const email = 'bench.coordinator@bench.invalid';
      const password = 'bench-only-password-3f9c1e';
      const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
      const [organisation] = (
        await db.query(`INSERT INTO organisation (kind, name, jurisdiction_code) VALUES ('jurisdiction', $1, 'CN-GD-BENCH') RETURNING id`, [
          JSON.stringify({ en: 'Bench City', 'zh-CN': '基准市', 'pt-BR': 'Cidade de Teste' }),
        ])
      ).rows;
      const [user] = (
        await db.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench Coordinator', $2) RETURNING id`, [email, hash])
      ).rows;
      await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'coordinator')`, [user.id, organisation.id]);
      const login = await request('POST', '/api/v1/auth/login', { body: { email, password } });
      if (login.status !== 200 || !login.body?.accessToken) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
      return { headers: { authorization: `Bearer ${login.body.accessToken}` } };
    },
    floor: {
      handle: async (request, reply, { query, env }) => {
        const actor = await floorActor(request, query, env);
        if (!actor) return reply.code(401).send({ status: 401 });
        const rows = await query(
          `SELECT u.id, u.email, u.display_name, u.preferred_locale, u.time_zone, u.totp_enabled_at IS NOT NULL AS mfa_enabled, u.version,
                  m.role, m.locales, o.id AS organisation_id, o.kind, o.name, o.jurisdiction_code, o.jurisdiction_id, o.version AS organisation_version
             FROM app_user u
             LEFT JOIN membership m ON m.user_id = u.id
             LEFT JOIN organisation o ON o.id = m.organisation_id
            WHERE u.id = $1
            ORDER BY m.created_at, m.id`,
          [actor[0].id],
        );
        const [user] = rows;
        const memberships = rows.filter((m) => m.organisation_id);
        reply.header('ETag', `"${user.version}"`);
        return {
          id: user.id,
          email: user.email,
          displayName: user.display_name,
          preferredLocale: user.preferred_locale,
          timeZone: user.time_zone ?? 'UTC',
          timeZoneChosen: user.time_zone !== null,
          mfaEnabled: user.mfa_enabled,
          memberships: memberships.map((m) => ({
            organisation: {
              id: m.organisation_id,
              kind: m.kind,
              name: m.name,
              jurisdictionCode: m.jurisdiction_code,
              jurisdictionId: m.jurisdiction_id,
              version: m.organisation_version,
            },
            role: m.role,
            locales: m.locales,
          })),
          locales: [...new Set(memberships.flatMap((m) => m.locales))],
          organisationKinds: [...new Set(memberships.map((m) => m.kind))],
          version: user.version,
        };
      },
    },
  },
  {
    // One onboarding case as its city's coordinator sees it (demo data: Enping's). The floor
    // runs the same queries as CasesService.get (partner, case with playbook, steps).
    name: 'onboarding: a case (signed in)',
    method: 'GET',
    path: '/api/v1/onboarding/cases',
    setup: async ({ db, databaseUrl, request }) => {
      const headers = await demoData({ databaseUrl, db }, request, 'coordinator@enping.demo');
      const [{ id }] = (
        await db.query(
          `SELECT c.id FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE j.code = 'CN-GD-ENPING' ORDER BY c.started_at DESC LIMIT 1`,
        )
      ).rows;
      return { path: `/api/v1/onboarding/cases/${id}`, headers };
    },
    floor: {
      route: '/api/v1/onboarding/cases/:id',
      handle: async (request, reply, { query, env }) => {
        if (!(await floorActor(request, query, env))) return reply.code(401).send({ status: 401 });
        await query(`SELECT c.jurisdiction_id, j.code FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE c.id = $1`, [
          request.params.id,
        ]);
        const [found] = await query(
          `SELECT c.id, c.status, c.started_at, c.completed_at, c.last_activity_at, j.id AS jurisdiction_id, j.code, j.name AS jurisdiction_name,
                  j.status AS jurisdiction_status, j.time_zone, p.id AS playbook_id, p.key, p.playbook_version, p.definition
             FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id JOIN playbook p ON p.id = c.playbook_id WHERE c.id = $1`,
          [request.params.id],
        );
        const steps = await query(
          `SELECT id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_on::text AS due_on, decision_reason, assignee_id, version
             FROM onboarding_step WHERE case_id = $1 ORDER BY position`,
          [request.params.id],
        );
        return { ...found, steps };
      },
    },
  },
  {
    // Every partner's stage for ICLEI's observer (demo data): OnboardingCasesRepository's two queries.
    name: 'onboarding: overview (signed in)',
    method: 'GET',
    path: '/api/v1/onboarding/overview',
    setup: async ({ db, databaseUrl, request }) => ({ headers: await demoData({ databaseUrl, db }, request, 'observer@iclei.demo') }),
    floor: {
      handle: async (request, reply, { query, env }) => {
        if (!(await floorActor(request, query, env))) return reply.code(401).send({ status: 401 });
        const partners = await query(
          `SELECT j.id, j.code, j.name, j.country, j.status, j.time_zone, c.id AS case_id, c.status AS case_status, c.last_activity_at
             FROM jurisdiction j
             LEFT JOIN LATERAL (SELECT id, status, last_activity_at FROM onboarding_case WHERE jurisdiction_id = j.id ORDER BY started_at DESC LIMIT 1) c ON true
            WHERE j.status <> 'prospect' AND ($1::text IS NULL OR j.country = $1) ORDER BY j.country, j.code`,
          [request.query.country ?? null],
        );
        const steps = await query(
          `SELECT case_id, key, state, depends_on, due_on::text AS due_on FROM onboarding_step WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, position`,
          [partners.map((partner) => partner.case_id).filter(Boolean)],
        );
        return {
          generatedAt: new Date(),
          partners: partners.map((partner) => ({ ...partner, currentSteps: steps.filter((step) => step.case_id === partner.case_id).map((step) => step.key) })),
        };
      },
    },
  },
  {
    // The first page of the demo document's segments with their English translations, as the
    // English translator opens it. The floor: the document row, then the page's join.
    name: 'documents: segments page (signed in)',
    method: 'GET',
    path: '/api/v1/documents',
    setup: async ({ db, databaseUrl, request }) => {
      const headers = await demoData({ databaseUrl, db }, request, 'translator.en@bluecarbon.demo');
      const [{ id }] = (await db.query(`SELECT id FROM document WHERE 'en' = ANY(target_locales) ORDER BY created_at LIMIT 1`)).rows;
      return { path: `/api/v1/documents/${id}/segments?locale=en&limit=50`, headers };
    },
    floor: {
      route: '/api/v1/documents/:id/segments',
      handle: async (request, reply, { query, env }) => {
        if (!(await floorActor(request, query, env))) return reply.code(401).send({ status: 401 });
        await query(
          `SELECT id, title, subject_type, subject_id, source_locale, target_locales, owner_organisation_id, jurisdiction_id, jurisdiction_code, status,
                  due_on, current_revision, created_by, created_at, updated_at, version FROM document WHERE id = $1 LIMIT 1`,
          [request.params.id],
        );
        // TranslationsRepository's documents_segment_page, the last rejection's comment included.
        const items = await query(
          `SELECT s.id AS segment_id, s.ordinal, s.kind, s.source_text, s.source_hash, s.previous_hash, s.next_hash, s.archived_at, t.id AS translation_id, t.text,
                  coalesce(t.state, 'untranslated') AS state, coalesce(t.outdated, false) AS outdated, t.previous_source_text, coalesce(t.qa_findings, '[]') AS qa_findings,
                  t.translator_id, t.reviewer_id, coalesce(t.version, 0) AS version, r.comment AS rejection_comment
             FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
             LEFT JOIN LATERAL (
               SELECT h.comment FROM translation_history h
                WHERE t.state = 'draft' AND h.translation_id = t.id AND h.action = 'rejected'
                  AND NOT EXISTS (SELECT 1 FROM translation_history later WHERE later.translation_id = t.id AND later.id > h.id AND later.state <> 'draft')
                ORDER BY h.id DESC LIMIT 1) r ON true
            WHERE s.document_id = $1 AND s.archived_at IS NULL AND s.ordinal > $3 ORDER BY s.ordinal LIMIT $4`,
          [request.params.id, request.query.locale, -1, Number(request.query.limit) + 1],
        );
        return { items: items.slice(0, Number(request.query.limit)), nextCursor: null };
      },
    },
  },
  {
    // Creating a document: parse, segment (Intl.Segmenter), align, bulk-insert 10,000 segments
    // in one transaction. The floor does only the database part: the same three inserts, the
    // segments as one unnest statement from a naive sentence split.
    name: 'documents: import 10k segments',
    method: 'POST',
    path: '/api/v1/documents',
    status: 201,
    // About a second of CPU each: ten at once on two cores would only measure queueing.
    connections: 2,
    timeoutSeconds: 60,
    setup: async ({ db, request }) => {
      const city = await benchOrganisation(db, 'jurisdiction', 'CN-GD-BENCHIMPORT');
      const headers = await benchMember(db, request, { email: 'bench.import@bench.invalid', role: 'coordinator', organisationId: city });
      const body = {
        title: 'Bench import',
        subjectType: 'none',
        sourceLocale: 'en',
        targetLocales: ['zh-CN'],
        jurisdictionCode: 'CN-GD-BENCHIMPORT',
        markdown: benchMarkdown(IMPORT_SEGMENTS),
      };
      return { headers: { ...headers, 'content-type': 'application/json' }, body };
    },
    floor: {
      handle: async (request, reply, { query }) => {
        const sentences = request.body.markdown.split(/(?<=\.)\s+|\n+/).filter((text) => /\w/.test(text));
        const [document] = await query(
          `INSERT INTO document (title, subject_type, source_locale, target_locales, owner_organisation_id, jurisdiction_code, current_revision)
           VALUES ($1, 'none', 'en', '{zh-CN}', gen_random_uuid(), $2, 1) RETURNING id, version`,
          [request.body.title, request.body.jurisdictionCode],
        );
        await query(
          `INSERT INTO document_segment (id, document_id, ordinal, kind, source_text, source_hash, words, first_revision, last_revision)
           SELECT gen_random_uuid(), $1, v.ordinal - 1, 'paragraph', v.text, md5(v.text), 8, 1, 1 FROM unnest($2::text[]) WITH ORDINALITY AS v(text, ordinal)`,
          [document.id, sentences],
        );
        await query(`INSERT INTO document_revision (document_id, number, markdown, segment_count) VALUES ($1, 1, $2, $3)`, [
          document.id,
          request.body.markdown,
          sentences.length,
        ]);
        reply.code(201);
        return { id: document.id, version: document.version, revisionSummary: { segments: sentences.length } };
      },
    },
  },
  memorySuggestions(100_000, 'CN-GD-BENCHTM', '100k'),
  // Ten times the entries: the GIN index's lists grow with them, the candidates barely do.
  memorySuggestions(1_000_000, 'CN-GD-BENCHTM1M', '1M'),
  {
    // The current revision of a 2,000-segment document assembled in Chinese: rebuild with
    // translations, Markdown and HTML serialisation (the segmentation is kept between
    // requests). The floor reads the same rows.
    name: 'documents: render 2k segments',
    method: 'GET',
    path: '/api/v1/documents',
    setup: async ({ db, request }) => {
      const { id, headers } = await translatedDocument(db, request, 'CN-GD-BENCHRENDER', 'bench.render@bench.invalid');
      return { path: `/api/v1/documents/${id}/render?locale=zh-CN&revision=current`, headers };
    },
    floor: {
      route: '/api/v1/documents/:id/render',
      handle: async (request, _reply, { query }) => {
        const [revision] = await query(
          `SELECT r.markdown, r.number FROM document d JOIN document_revision r ON r.document_id = d.id AND r.number = d.current_revision WHERE d.id = $1`,
          [request.params.id],
        );
        const rows = await query(
          `SELECT s.ordinal, t.text FROM document_segment s JOIN translation t ON t.segment_id = s.id AND t.locale = $2
            WHERE s.document_id = $1 AND s.archived_at IS NULL AND NOT t.outdated ORDER BY s.ordinal`,
          [request.params.id, request.query.locale],
        );
        return { documentId: request.params.id, locale: request.query.locale, revision: revision.number, markdown: revision.markdown, segments: rows.length };
      },
    },
  },
  {
    // XLIFF 2.0 export of the same kind of document: segments with their translations and
    // states as units. The floor reads the same rows and writes them as bare XML units.
    name: 'documents: xliff export 2k segments',
    method: 'GET',
    path: '/api/v1/documents',
    setup: async ({ db, request }) => {
      const { id, headers } = await translatedDocument(db, request, 'CN-GD-BENCHXLIFF', 'bench.xliff@bench.invalid');
      return { path: `/api/v1/documents/${id}/xliff?target=zh-CN`, headers };
    },
    floor: {
      route: '/api/v1/documents/:id/xliff',
      handle: async (request, reply, { query }) => {
        const rows = await query(
          `SELECT s.id, s.ordinal, s.source_text, t.text, t.state FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
            WHERE s.document_id = $1 AND s.archived_at IS NULL ORDER BY s.ordinal`,
          [request.params.id, request.query.target],
        );
        const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const units = rows.map(
          (row) =>
            `<unit id="u${row.id}"><segment state="${row.state}"><source>${escape(row.source_text)}</source><target>${escape(row.text ?? '')}</target></segment></unit>`,
        );
        reply.type('application/xliff+xml; charset=utf-8');
        return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0"><file id="f">${units.join('\n')}</file></xliff>\n`;
      },
    },
  },
  ...methodologyScenarios,
  ...projectsScenarios({ benchMember, benchOrganisation }),
];
