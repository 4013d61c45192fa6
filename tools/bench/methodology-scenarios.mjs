// Methodology scenarios for `npm run bench` (see scenarios.mjs for the fields). Both run the
// calculator over HTTP; the floor is bare Fastify + pg running the same engine from dist/ on
// the same version row, so the ratio is what Nest, the guard, validation and the problem
// layer add around the engine. The second one is dominated by the engine itself.

import { createRequire } from 'node:module';
import argon2 from 'argon2';

const require = createRequire(import.meta.url);
/**
 * The built engine and seed (`npm run bench` builds first); CommonJS, hence require. They are
 * not part of the lib's public index, so the bench reads the built modules themselves.
 */
const built = (path) => require(`../../dist/libs/methodology/src/${path}.js`);
const engine = () => ({
  ...built('domain/calculate'),
  ...built('domain/checksum'),
  ...built('seed/mangrove-conservation'),
});

const VERSION = '1.0.0';
// One methodology per scenario (the seeded content under two keys): the floor needs a route
// of its own for each scenario.
const CALC_KEY = 'mangrove-conservation-carbon-sink';
const ENGINE_KEY = 'bench-engine-mangrove';
const pathOf = (key) => `/api/v1/methodologies/${key}/versions/${VERSION}/calculate`;

/** A project of `strata` strata over `years` years, alternating soil types, areas as decimal strings. */
function project(strata, years) {
  return {
    creditingPeriod: { startYear: 2025, years },
    strata: Array.from({ length: strata }, (_, i) => ({
      key: `s${i + 1}`,
      area: `${(12.5 + i * 7.25).toFixed(2)}`,
      inputs: { soil_type: i % 2 ? 'organic' : 'mineral' },
    })),
    project: { uncertainty: '12.5', project_activity_emissions: '4' },
    prices: [
      { key: 'shenzhen-2023-reserve', currency: 'CNY', pricePerTonne: '183' },
      { key: 'shenzhen-2023-clearing', currency: 'CNY', pricePerTonne: '485' },
    ],
  };
}

/** The seeded version (as the demo seed writes it) and a signed-in coordinator. */
async function setup(db, request, key, email, jurisdictionCode) {
  const { MANGROVE_CONSERVATION_V1: seed, versionChecksum } = engine();
  await db.query(`INSERT INTO methodology_template (key, title) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [key, JSON.stringify(seed.title)]);
  await db.query(
    `INSERT INTO methodology_version (template_id, semver, status, title, description, sections, parameters, inputs, constants, formulas, creditable_formula, checksum, published_at)
     SELECT id, $2, 'published', $3, $4, $5, $6, $7, $8, $9, $10, $11, now() FROM methodology_template WHERE key = $1
     ON CONFLICT (template_id, semver) DO NOTHING`,
    [
      key,
      VERSION,
      ...[seed.title, seed.description, seed.sections ?? {}, seed.parameters, seed.inputs, seed.constants, seed.formulas].map((v) => JSON.stringify(v)),
      seed.creditableFormula,
      versionChecksum(seed),
    ],
  );
  const password = 'bench-only-password-3f9c1e';
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [organisation] = (
    await db.query(`INSERT INTO organisation (kind, name, jurisdiction_code) VALUES ('jurisdiction', $1, $2) RETURNING id`, [
      JSON.stringify({ en: `Bench ${email}` }),
      jurisdictionCode,
    ])
  ).rows;
  const [user] = (await db.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id`, [email, hash])).rows;
  await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'coordinator')`, [user.id, organisation.id]);
  const login = await request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (login.status !== 200 || !login.body?.accessToken) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { authorization: `Bearer ${login.body.accessToken}`, 'content-type': 'application/json' };
}

// The floor keeps engine objects per checksum, as the API's VersionStore does, so that both
// reuse the compiled formulas.
const versions = new Map();

const floorFor = (key) => ({
  route: `/api/v1/methodologies/${key}/versions/:version/calculate`,
  handle: async (request, reply, { query }) => {
    const [row] = await query(
      `SELECT t.key, v.semver, v.title, v.description, v.sections, v.parameters, v.inputs, v.constants, v.formulas, v.creditable_formula, v.checksum
         FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id
        WHERE t.key = $1 AND v.semver = $2 AND v.status <> 'draft'`,
      [key, request.params.version],
    );
    let version = versions.get(row.checksum);
    if (!version) {
      version = {
        methodologyKey: row.key,
        version: row.semver,
        title: row.title,
        description: row.description,
        sections: row.sections,
        parameters: row.parameters,
        inputs: row.inputs,
        constants: row.constants,
        formulas: row.formulas,
        creditableFormula: row.creditable_formula,
      };
      versions.set(row.checksum, version);
    }
    reply.code(200);
    return { ...engine().calculate(version, request.body, { prices: request.body.prices }), adaptation: null };
  },
});

// One bench user may hold half the calculator's places (5 with the default pool of 2); more
// connections would measure its 429s, not the calculator. Two, because the warm-up's last
// requests may still run when the measurement's first arrive.
const CALCULATION_CONNECTIONS = 2;

export const methodologyScenarios = [
  {
    name: 'methodology: calculate 10 strata × 30 years',
    method: 'POST',
    path: pathOf(CALC_KEY),
    connections: CALCULATION_CONNECTIONS,
    setup: async ({ db, request }) => ({ headers: await setup(db, request, CALC_KEY, 'bench.calc@bench.invalid', 'CN-GD-BENCHCALC'), body: project(10, 30) }),
    floor: floorFor(CALC_KEY),
  },
  {
    // 50 strata × 200 years = 10,000 stratum-years: the engine's own cost dominates.
    name: 'methodology: engine 10k project-years',
    method: 'POST',
    path: pathOf(ENGINE_KEY),
    connections: CALCULATION_CONNECTIONS,
    setup: async ({ db, request }) => ({
      headers: await setup(db, request, ENGINE_KEY, 'bench.engine@bench.invalid', 'CN-GD-BENCHENGINE'),
      body: project(50, 200),
    }),
    floor: floorFor(ENGINE_KEY),
  },
];
