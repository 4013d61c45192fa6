import { seedMethodologyDemo } from '@bluecarbon/methodology';
import { decideBid } from '@bluecarbon/projects/testing';
import type { ConcurrencyPlugin } from './concurrency';
import { type AccessMatrixPlugin, createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from './identity-fixtures';
import { SEEDED_KEY, SEEDED_VERSION } from './methodology-fixtures';
import type { TestApi } from './test-app';

/** About 1 km × 0.9 km by Futian (22.52° N): 100.01 ha on the sphere. */
export const SQUARE_KM = {
  type: 'Polygon',
  coordinates: [
    [
      [114.0, 22.52],
      [114.00973, 22.52],
      [114.00973, 22.529],
      [114.0, 22.529],
      [114.0, 22.52],
    ],
  ],
};

/** An approved adaptation of the seeded methodology (1.0.0 unless told) for `subject`'s city, straight through SQL. */
export async function approvedAdaptation(api: TestApi, subject: TestOrganisation, overrides: object = {}, version: string = SEEDED_VERSION): Promise<string> {
  await seedMethodologyDemo(dataSourceOf(api));
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO methodology_adaptation (id, lineage_id, revision, methodology_version_id, jurisdiction_code, jurisdiction_id, status, overrides, review, submitted_at, decided_at)
     SELECT gen_random_uuid(), gen_random_uuid(), 1, v.id, $1, $2, 'approved', $5, '{"withinRules":[],"deviations":[],"invalid":[]}', now(), now()
       FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id WHERE t.key = $3 AND v.semver = $4
     RETURNING id`,
    [subject.jurisdictionCode, subject.jurisdictionId, SEEDED_KEY, version, JSON.stringify(overrides)],
  );
  return row.id;
}

/** The body of POST /api/v1/projects for `subject`'s city: 100 ha declared, two strata. */
export async function projectBody(api: TestApi, subject: TestOrganisation, changes: object = {}): Promise<Record<string, unknown>> {
  return {
    jurisdictionCode: subject.jurisdictionCode,
    name: { en: 'Estuary mangroves', 'zh-CN': '河口红树林', 'pt-BR': 'Manguezais do estuário' },
    adaptationId: await approvedAdaptation(api, subject),
    boundary: SQUARE_KM,
    declaredHectares: '100',
    strata: [
      { key: 'fringe', name: 'Fringe', area: '60' },
      { key: 'basin', area: '40' },
    ],
    creditingStart: '2024-01-01',
    creditingEnd: '2053-12-31',
    ...changes,
  };
}

export type ProjectState = 'draft' | 'submitted' | 'validated' | 'registered' | 'crediting' | 'closed';

/** A project of `subject`'s city in `status`, straight through SQL (for access and concurrency sweeps). */
export async function projectOf(api: TestApi, subject: TestOrganisation, status: ProjectState, adaptationId?: string): Promise<string> {
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO project (jurisdiction_code, jurisdiction_id, name, adaptation_id, boundary, declared_hectares, measured_hectares, area_difference, strata,
                          crediting_start, crediting_end, status)
     VALUES ($1, $2, '{"en":"Matrix project"}', $3, $4, 100, 100.0149, 0.0001, '[{"key":"fringe","area":"100"}]', '2024-01-01', '2053-12-31', $5)
     RETURNING id`,
    [subject.jurisdictionCode, subject.jurisdictionId, adaptationId ?? (await approvedAdaptation(api, subject)), JSON.stringify(SQUARE_KM), status],
  );
  return row.id;
}

/** What the seeded method needs measured for one year of the fixture project (one mineral stratum). */
export const MEASURED = { project: { uncertainty: '15' }, strata: { fringe: { soil_type: 'mineral' } } };

/**
 * What the monitored 2.1.0 measures for two years of the fixture project: per-year uncertainty,
 * activity emissions, and a tenth of a hectare lost inside the project in the first year.
 */
export const MEASURED_PER_YEAR = {
  project: { project_activity_emissions: { '2024': '3', '2025': '2.5' } },
  strata: { fringe: { soil_type: 'mineral', uncertainty: { '2024': '10', '2025': '14' }, area_lost_in_project: { '2024': '0.1', '2025': '0' } } },
};

/** A monitoring report of `year` of a new registered project of `subject`'s city, straight through SQL. */
export async function reportOf(api: TestApi, subject: TestOrganisation, status: 'draft' | 'submitted', projectId?: string, year = 2024): Promise<string> {
  const project = projectId ?? (await projectOf(api, subject, 'registered'));
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO project_monitoring_report (project_id, jurisdiction_code, jurisdiction_id, period_start, period_end, inputs, status, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 = 'submitted' THEN now() END) RETURNING id`,
    [project, subject.jurisdictionCode, subject.jurisdictionId, `${year}-01-01`, `${year}-12-31`, JSON.stringify(MEASURED), status],
  );
  return row.id;
}

/** A buyer of the shared directory, straight through SQL. */
export async function buyerOf(api: TestApi, publicConsent = false): Promise<string> {
  const [row] = await dataSourceOf(api).query(`INSERT INTO credit_buyer (name, country, public_consent) VALUES ($1, 'CN', $2) RETURNING id`, [
    JSON.stringify({ en: `Buyer ${Math.random().toString(36).slice(2, 8)}` }),
    publicConsent,
  ]);
  return row.id;
}

/**
 * A crediting project of `subject`'s city with one issuance of `vintage` (issued tonnes,
 * buffer among them), as an approved monitoring report would leave it; straight through SQL.
 */
export async function issuedProject(api: TestApi, subject: TestOrganisation, issued: { vintage?: number; tonnes: number; buffer: number }): Promise<string> {
  const vintage = issued.vintage ?? 2024;
  const projectId = await projectOf(api, subject, 'crediting');
  const reportId = await reportOf(api, subject, 'submitted', projectId, vintage);
  const dataSource = dataSourceOf(api);
  await dataSource.query(`UPDATE project_monitoring_report SET status = 'approved', decided_at = now() WHERE id = $1`, [reportId]);
  await dataSource.query(
    `INSERT INTO project_issuance (project_id, monitoring_report_id, jurisdiction_code, vintage, issued_tonnes, buffer_tonnes, serial_prefix, serial_first, serial_last,
                                   breakdown, methodology_key, methodology_version, methodology_checksum, adaptation_id, adaptation_revision)
     SELECT $1, $2, jurisdiction_code, $3, $4, $5, 'BCP-TEST', 1, $4, '{}', 'test', '1.0.0', 'sha256:test', adaptation_id, 1 FROM project WHERE id = $1`,
    [projectId, reportId, vintage, issued.tonnes, issued.buffer],
  );
  await dataSource.query(`UPDATE project SET next_serial = $2 + 1 WHERE id = $1`, [projectId, issued.tonnes]);
  return projectId;
}

/** A sale of 100 t of a new issued project of `subject`'s city, straight through SQL. */
export async function saleOf(api: TestApi, subject: TestOrganisation): Promise<string> {
  const projectId = await issuedProject(api, subject, { tonnes: 110, buffer: 10 });
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO credit_sale (project_id, jurisdiction_code, jurisdiction_id, vintage, tonnes, unit_price, currency, sale_date, buyer_id, use_of_proceeds,
                              serial_prefix, serial_first, serial_last)
     VALUES ($1, $2, $3, 2024, 100, 485, 'CNY', '2024-09-14', $4, 'Mangrove protection', 'BCP-TEST', 1, 100) RETURNING id`,
    [projectId, subject.jurisdictionCode, subject.jurisdictionId, await buyerOf(api)],
  );
  return row.id;
}

/** An FX rate on a date no other call uses, straight through SQL. */
let fxDay = 0;
async function fxRateOf(api: TestApi): Promise<string> {
  fxDay += 1;
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO fx_rate (currency, rate_date, usd_per_unit) VALUES ('BRL', DATE '1990-01-01' + $1::int + (random() * 100000)::int, 0.19)
     ON CONFLICT DO NOTHING RETURNING id`,
    [fxDay],
  );
  return row?.id ?? fxRateOf(api);
}

/** A buyer of the directory that `organisation` (of kind buyer) bids for, straight through SQL. */
export async function linkedBuyerOf(
  api: TestApi,
  organisation: TestOrganisation,
  name = `Bidding buyer ${Math.random().toString(36).slice(2, 8)}`,
): Promise<string> {
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO credit_buyer (name, country, organisation_id, contact_name) VALUES ($1, 'CN', $2, 'Contact') RETURNING id`,
    [JSON.stringify({ en: name }), organisation.id],
  );
  return row.id;
}

/** A signed-in bidder of a new buyer organisation, and the buyer it bids for. */
export async function bidderOf(api: TestApi): Promise<SignedInUser & { buyerId: string; buyerName: string }> {
  const organisation = await createOrganisation(api, { kind: 'buyer' });
  const buyerName = `Bidding buyer ${Math.random().toString(36).slice(2, 10)}`;
  const buyerId = await linkedBuyerOf(api, organisation, buyerName);
  return { ...(await signedInMember(api, organisation, 'bidder')), buyerId, buyerName };
}

export interface AuctionOptions {
  mode?: 'ascending' | 'sealed';
  tonnes?: number;
  reserve?: string;
  increment?: string;
  /** Seconds from now (the database's clock) to the end; negative for an auction that has ended. */
  endsIn?: number;
  extensionMinutes?: number;
  projectId?: string;
}

/**
 * An auction of 100 t of a new issued project (130 issued, 10 buffer) of `subject`'s city,
 * started a day ago on the database's clock, straight through SQL.
 */
export async function auctionOf(api: TestApi, subject: TestOrganisation, options: AuctionOptions = {}): Promise<{ auctionId: string; projectId: string }> {
  const projectId = options.projectId ?? (await issuedProject(api, subject, { tonnes: 130, buffer: 10 }));
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO credit_auction (project_id, jurisdiction_code, jurisdiction_id, vintage, tonnes, reserve_price, bid_increment, currency, mode,
                                 starts_at, ends_at, extension_minutes, use_of_proceeds)
     SELECT id, jurisdiction_code, jurisdiction_id, 2024, $2, $3, $4, 'CNY', $5, now() - interval '1 day', now() + make_interval(secs => $6), $7, 'Mangrove protection'
       FROM project WHERE id = $1
     RETURNING id`,
    [
      projectId,
      options.tonnes ?? 100,
      options.reserve ?? '183',
      options.increment ?? '1',
      options.mode ?? 'ascending',
      options.endsIn ?? 86_400,
      options.extensionMinutes ?? 0,
    ],
  );
  return { auctionId: row.id, projectId };
}

/**
 * A bid of `buyerId` in the auction placed an hour ago, straight through SQL (for closing and
 * visibility sweeps), with what the auction's row keeps of its bids, as AuctionsRepository.recordBid
 * does: the buyer's number, the count and the best bid.
 */
export async function bidOf(api: TestApi, auctionId: string, buyerId: string, amount: string): Promise<void> {
  await dataSourceOf(api).transaction(async (manager) => {
    await manager.query(`SELECT id FROM credit_auction WHERE id = $1 FOR UPDATE`, [auctionId]);
    await manager.query(
      `INSERT INTO credit_auction_bidder (auction_id, buyer_id, bidder_number)
       SELECT id, $2, next_bidder_number FROM credit_auction WHERE id = $1 ON CONFLICT (auction_id, buyer_id) DO NOTHING`,
      [auctionId, buyerId],
    );
    const [placed] = await manager.query(
      `INSERT INTO credit_bid (auction_id, buyer_id, bidder_number, amount, placed_at)
       SELECT auction_id, buyer_id, bidder_number, $3, now() - interval '1 hour' FROM credit_auction_bidder WHERE auction_id = $1 AND buyer_id = $2
       RETURNING id, bidder_number`,
      [auctionId, buyerId, amount],
    );
    await manager.query(
      `UPDATE credit_auction a SET bid_count = bid_count + 1, next_bidder_number = greatest(next_bidder_number, $3 + 1),
              (best_bid_id, best_amount) = (SELECT b.id, b.amount FROM credit_bid b WHERE b.id IN ($2, coalesce(a.best_bid_id, $2)) ORDER BY b.amount DESC, b.placed_at, b.id LIMIT 1)
        WHERE a.id = $1`,
      [auctionId, placed.id, placed.bidder_number],
    );
  });
}

const SHARED = { jurisdictionCode: null, jurisdictionId: null };

const cityRecord = (subject: TestOrganisation, state: string) => ({
  jurisdictionCode: subject.jurisdictionCode,
  jurisdictionId: subject.jurisdictionId,
  state,
});

/**
 * Projects' part of the access matrix. Records are submitted (visible to everyone) so that the
 * guard's refusal of a role and the policy's agree; a draft being 404 to other cities and to
 * ICLEI is checked in projects.e2e-spec.ts.
 */
export const accessMatrix: AccessMatrixPlugin = {
  // The public summary: registered projects and consented buyers only (projects-dashboard.e2e-spec.ts).
  publicRoutes: ['GET /api/v1/public/summary'],
  params: {
    'projects.id': async (api, subject) => ({ value: await projectOf(api, subject, 'submitted'), resource: cityRecord(subject, 'submitted') }),
    'monitoring-reports.id': async (api, subject) => ({ value: await reportOf(api, subject, 'submitted'), resource: cityRecord(subject, 'submitted') }),
    // A sale has no lifecycle: visible to every signed-in role, written by its city.
    'sales.id': async (api, subject) => ({ value: await saleOf(api, subject), resource: { ...cityRecord(subject, ''), state: null } }),
    'buyers.id': async (api) => ({ value: await buyerOf(api), resource: SHARED }),
    'fx-rates.id': async (api) => ({ value: await fxRateOf(api), resource: SHARED }),
    // An auction is a city's record without a lifecycle: visible to every signed-in role.
    'auctions.id': async (api, subject) => ({ value: (await auctionOf(api, subject)).auctionId, resource: { ...cityRecord(subject, ''), state: null } }),
  },
  // Bidders bid for their buyer organisation: the cast's bidder needs a buyer of the directory.
  prepare: async (api, cast) => {
    await linkedBuyerOf(api, cast.organisations.buyer);
  },
  decisions: {
    'POST /api/v1/auctions/{id}/bids': decideBid,
  },
  bodies: {
    'POST /api/v1/projects': async (api, subject) => ({
      body: await projectBody(api, subject),
      resource: { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
    }),
  },
};

/** Projects' routes that take If-Match. State changes check the state first: a late loser may get 409. */
export const concurrency: ConcurrencyPlugin = {
  'PUT /api/v1/projects/{id}': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'draft') }),
    body: () => ({ name: { en: 'Renamed' } }),
  },
  'POST /api/v1/projects/{id}/submit': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'draft') }),
    loserMayAnswer: [409],
  },
  'POST /api/v1/projects/{id}/validate': { as: 'steward', body: () => ({ acknowledgeAreaDifference: true }), loserMayAnswer: [409] },
  'POST /api/v1/projects/{id}/reject': { as: 'steward', body: () => ({ reason: 'Incomplete survey' }), loserMayAnswer: [409] },
  'POST /api/v1/projects/{id}/register': {
    as: 'steward',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'validated') }),
    loserMayAnswer: [409],
  },
  'POST /api/v1/projects/{id}/close': {
    as: 'steward',
    params: async (api, cast) => ({ id: await projectOf(api, cast.own, 'registered') }),
    loserMayAnswer: [409],
  },
  'PUT /api/v1/monitoring-reports/{id}': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await reportOf(api, cast.own, 'draft') }),
    body: () => ({ inputs: MEASURED }),
  },
  'POST /api/v1/monitoring-reports/{id}/submit': {
    as: 'coordinator',
    params: async (api, cast) => ({ id: await reportOf(api, cast.own, 'draft') }),
    loserMayAnswer: [409],
  },
  // Both approvals run the calculator; one UPDATE wins, and only its issuances exist.
  'POST /api/v1/monitoring-reports/{id}/approve': { as: 'steward', loserMayAnswer: [409] },
  'POST /api/v1/monitoring-reports/{id}/reject': { as: 'steward', body: () => ({ reason: 'Plot data missing' }), loserMayAnswer: [409] },
  'PUT /api/v1/buyers/{id}': { as: 'steward' },
  'PUT /api/v1/fx-rates/{id}': { as: 'steward' },
};
