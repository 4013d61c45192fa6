// Benchmark scenarios of the projects lib, spread into scenarios.mjs.

const DASHBOARD_PROJECTS = 5_000;
const DASHBOARD_SALES = 50_000;

/**
 * Bench data made by generate_series in a few statements: projects in 25 cities of five
 * countries (one in ten a draft), one monitoring report and issuance each, 50 buyers, sales
 * in four currencies over two years (EUR has no rate: the "without rate" path), one in five
 * sales partly retired, daily CNY and BRL rates.
 */
async function seedDashboard(db) {
  await db.query(
    `INSERT INTO project (jurisdiction_code, name, adaptation_id, boundary, declared_hectares, measured_hectares, area_difference, strata, crediting_start, crediting_end, status)
     SELECT (ARRAY['CN','BR','ID','PH','VN'])[1 + i % 5] || '-BDASH' || (i % 25), '{"en":"Bench project"}', gen_random_uuid(), '{"type":"Polygon","coordinates":[]}',
            50 + i % 200, 50 + i % 200, 0, '[]', '2024-01-01', '2053-12-31', CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'crediting' END
       FROM generate_series(1, $1::int) i`,
    [DASHBOARD_PROJECTS],
  );
  await db.query(
    `INSERT INTO project_monitoring_report (project_id, jurisdiction_code, period_start, period_end, inputs, status)
     SELECT id, jurisdiction_code, '2024-01-01', '2024-12-31', '{}', 'approved' FROM project WHERE jurisdiction_code LIKE '%-BDASH%' AND status = 'crediting'`,
  );
  await db.query(
    `INSERT INTO project_issuance (project_id, monitoring_report_id, jurisdiction_code, vintage, issued_tonnes, buffer_tonnes, serial_prefix, serial_first, serial_last,
                                   breakdown, methodology_key, methodology_version, methodology_checksum, adaptation_id, adaptation_revision)
     SELECT project_id, id, jurisdiction_code, 2024, 1000, 100, 'BCP-BENCH', 1, 1000, '{"creditable":{"value":"900.125"}}', 'bench', '1.0.0', 'sha256:bench', gen_random_uuid(), 1
       FROM project_monitoring_report WHERE jurisdiction_code LIKE '%-BDASH%'`,
  );
  await db.query(
    `INSERT INTO credit_buyer (name, public_consent) SELECT jsonb_build_object('en', 'Bench buyer ' || i), i % 2 = 0 FROM generate_series(1, 50) i`,
  );
  await db.query(
    `WITH p AS (SELECT id, jurisdiction_code, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                  FROM project WHERE jurisdiction_code LIKE '%-BDASH%' AND status = 'crediting'),
          b AS (SELECT array_agg(id ORDER BY id) AS ids FROM credit_buyer)
     INSERT INTO credit_sale (project_id, jurisdiction_code, vintage, tonnes, unit_price, currency, sale_date, buyer_id, use_of_proceeds, serial_prefix, serial_first, serial_last)
     SELECT p.id, p.jurisdiction_code, 2024, 1 + s % 10, 20 + (s % 500) / 10.0, (ARRAY['CNY','BRL','USD','EUR'])[1 + s % 4], DATE '2024-01-01' + s % 700, b.ids[1 + s % 50], 'Bench',
            'BCP-BENCH', s * 10 + 1, s * 10 + 1 + s % 10
       FROM generate_series(0, $1::int - 1) s JOIN p ON p.n = s % p.total CROSS JOIN b`,
    [DASHBOARD_SALES],
  );
  await db.query(
    `INSERT INTO credit_retirement (sale_id, project_id, jurisdiction_code, vintage, tonnes, beneficiary, serial_first, serial_last)
     SELECT id, project_id, jurisdiction_code, vintage, 1, 'Bench', serial_first, serial_first FROM credit_sale WHERE jurisdiction_code LIKE '%-BDASH%' AND abs(hashtext(id::text)) % 5 = 0`,
  );
  await db.query(
    `INSERT INTO fx_rate (currency, rate_date, usd_per_unit)
     SELECT c.currency, DATE '2023-12-01' + d, c.rate + (d % 30) / 10000.0 FROM (VALUES ('CNY', 0.138), ('BRL', 0.19)) AS c(currency, rate), generate_series(0, 760) d
     UNION ALL SELECT 'USD', DATE '2000-01-01', 1
     ON CONFLICT DO NOTHING`,
  );
  await db.query('ANALYZE project; ANALYZE project_issuance; ANALYZE credit_sale; ANALYZE credit_retirement; ANALYZE fx_rate');
}

/** Identity's SHARED_STATES: what an observer's dashboard adds up (no drafts). */
const SHARED_STATES = [
  'submitted',
  'published',
  'approved',
  'validated',
  'registered',
  'crediting',
  'closed',
  'deprecated',
  'active',
  'translated',
  'reviewed',
];

/**
 * The dashboard's per-city/country/overall aggregation for an observer (every partner, no
 * drafts), as DashboardRepository.figures writes it: keep the two in step.
 */
const DASHBOARD_FIGURES = `
  WITH countries AS (SELECT code, country FROM unnest($1::text[], $2::text[]) AS c(code, country)),
  visible AS NOT MATERIALIZED (
    SELECT p.id, p.jurisdiction_code AS code, coalesce(c.country, split_part(p.jurisdiction_code, '-', 1)) AS country, p.declared_hectares
      FROM project p LEFT JOIN countries c ON c.code = p.jurisdiction_code
     WHERE p.status = ANY($3::text[])),
  issued AS (
    SELECT i.project_id, sum(i.issued_tonnes) AS issued, sum(i.buffer_tonnes) AS buffer,
           sum(CASE WHEN i.breakdown #>> '{creditable,value}' ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN (i.breakdown #>> '{creditable,value}')::numeric ELSE 0 END) AS estimated
      FROM project_issuance i JOIN visible v ON v.id = i.project_id GROUP BY i.project_id),
  priced AS (
    SELECT s.project_id, s.tonnes, s.unit_price, r.usd_per_unit
      FROM credit_sale s JOIN visible v ON v.id = s.project_id
      LEFT JOIN LATERAL (SELECT usd_per_unit FROM fx_rate WHERE currency = s.currency AND rate_date <= s.sale_date ORDER BY rate_date DESC LIMIT 1) r ON true),
  sold AS (
    SELECT project_id, count(*) AS sales, sum(tonnes) AS sold, sum(tonnes * unit_price * usd_per_unit) AS usd_total,
           sum(tonnes) FILTER (WHERE usd_per_unit IS NOT NULL) AS usd_tonnes, min(unit_price * usd_per_unit) AS usd_min, max(unit_price * usd_per_unit) AS usd_max,
           count(*) FILTER (WHERE usd_per_unit IS NULL) AS without_rate
      FROM priced GROUP BY project_id),
  retired AS (SELECT r.project_id, sum(r.tonnes) AS retired FROM credit_retirement r JOIN visible v ON v.id = r.project_id GROUP BY r.project_id)
  SELECT CASE WHEN GROUPING(v.code) = 0 THEN 'jurisdiction' WHEN GROUPING(v.country) = 0 THEN 'country' ELSE 'overall' END AS level, v.code, v.country,
         count(*)::int AS projects, coalesce(sum(v.declared_hectares), 0)::text AS hectares, coalesce(sum(i.estimated), 0)::text AS estimated,
         coalesce(sum(i.issued), 0)::text AS issued, coalesce(sum(i.buffer), 0)::text AS buffer, coalesce(sum(s.sold), 0)::text AS sold,
         coalesce(sum(r.retired), 0)::text AS retired, coalesce(sum(s.sales), 0)::int AS sales, sum(s.usd_total)::text AS usd_total,
         sum(s.usd_tonnes)::text AS usd_tonnes, min(s.usd_min)::text AS usd_min, max(s.usd_max)::text AS usd_max, coalesce(sum(s.without_rate), 0)::int AS without_rate
    FROM visible v LEFT JOIN issued i ON i.project_id = v.id LEFT JOIN sold s ON s.project_id = v.id LEFT JOIN retired r ON r.project_id = v.id
   GROUP BY GROUPING SETS ((v.code, v.country), (v.country), ())
   ORDER BY 1, v.country, v.code`;

/** Bids already on the lot when the bench starts: a bid must cost the same on a busy lot as on a new one. */
const SEEDED_BIDS = 60_000;

/**
 * A Taishan-like project with one open ascending lot that already has SEEDED_BIDS bids (of the
 * floor's buyer, bidder 1, all below the bench's price ladder), and a buyer organisation whose
 * member bids on it.
 */
async function seedAuctionLot(db, request, { benchMember, benchOrganisation }) {
  const code = 'CN-GD-BENCHBID';
  const [project] = (
    await db.query(
      `INSERT INTO project (jurisdiction_code, name, adaptation_id, boundary, declared_hectares, measured_hectares, area_difference, strata, crediting_start, crediting_end, status)
       VALUES ($1, '{"en":"Bench auction project"}', gen_random_uuid(), '{"type":"Polygon","coordinates":[]}', 100, 100, 0, '[]', '2024-01-01', '2053-12-31', 'crediting')
       RETURNING id`,
      [code],
    )
  ).rows;
  const [auction] = (
    await db.query(
      `INSERT INTO credit_auction (project_id, jurisdiction_code, vintage, tonnes, reserve_price, bid_increment, currency, mode, starts_at, ends_at, use_of_proceeds)
       VALUES ($1, $2, 2024, 500, 183, 0.01, 'CNY', 'ascending', now() - interval '1 minute', now() + interval '1 day', 'Bench')
       RETURNING id`,
      [project.id, code],
    )
  ).rows;
  const buyerOrganisation = await benchOrganisation(db, 'buyer');
  await db.query(`INSERT INTO credit_buyer (name, organisation_id) VALUES ('{"en":"Bench bidder"}', $1)`, [buyerOrganisation]);
  // The floor bids as another buyer, so that the API's bidder sees its own bids only.
  const [floorBuyer] = (await db.query(`INSERT INTO credit_buyer (name) VALUES ('{"en":"Bench floor bidder"}') RETURNING id`)).rows;
  await db.query(`INSERT INTO credit_auction_bidder (auction_id, buyer_id, bidder_number) VALUES ($1, $2, 1)`, [auction.id, floorBuyer.id]);
  await db.query(
    `INSERT INTO credit_bid (auction_id, buyer_id, bidder_number, amount, placed_at)
     SELECT $1, $2, 1, 183 + i * 0.01, now() - interval '1 minute' + i * interval '1 millisecond' FROM generate_series(0, $3::int - 1) i`,
    [auction.id, floorBuyer.id, SEEDED_BIDS],
  );
  await db.query(
    `UPDATE credit_auction a SET bid_count = $2, next_bidder_number = 2, (best_bid_id, best_amount) =
            (SELECT id, amount FROM credit_bid WHERE auction_id = a.id ORDER BY amount DESC, placed_at, id LIMIT 1)
      WHERE a.id = $1`,
    [auction.id, SEEDED_BIDS],
  );
  await db.query('ANALYZE credit_bid');
  const headers = await benchMember(db, request, { email: 'bench.bidder@bench.invalid', role: 'bidder', organisationId: buyerOrganisation });
  return { auctionId: auction.id, headers };
}

// One price ladder for the whole run: the floor and the API bid on the same lot in turn, and
// every bid must beat the last one by the increment.
let nextBid = 1_000;
const risingBid = () => ({ amount: String((nextBid += 1)) });

/**
 * The floor's bid: the lot locked, its best bid read from its row and the new one inserted
 * when it beats it, the row's count and best bid kept, in one statement (the API does the
 * same in a transaction, plus the checks of the window and the bidder's number, the audit row
 * and the outbox event).
 */
const FLOOR_BID = `
  WITH lot AS (SELECT id, best_amount FROM credit_auction WHERE id = $1 FOR UPDATE),
       placed AS (
         INSERT INTO credit_bid (auction_id, buyer_id, bidder_number, amount, placed_at)
         SELECT lot.id, (SELECT id FROM credit_buyer WHERE name ->> 'en' = 'Bench floor bidder'), 1, $2, clock_timestamp()
           FROM lot WHERE lot.best_amount IS NULL OR $2::numeric > lot.best_amount
         RETURNING id, amount),
       kept AS (UPDATE credit_auction a SET bid_count = bid_count + 1, best_bid_id = placed.id, best_amount = placed.amount FROM placed WHERE a.id = $1)
  SELECT id, amount::text FROM placed`;

export function projectsScenarios({ benchMember, benchOrganisation }) {
  return [
    {
      // Bids per second on one lot of 60,000 bids: each bid waits for the lot's row lock, so one
      // connection measures what a lot can take; every bid beats the one before (201).
      name: 'projects: bids on one lot',
      method: 'POST',
      path: '/api/v1/auctions/:id/bids',
      status: 201,
      connections: 1,
      setup: async ({ db, request }) => {
        const { auctionId, headers } = await seedAuctionLot(db, request, { benchMember, benchOrganisation });
        return { path: `/api/v1/auctions/${auctionId}/bids`, headers, body: risingBid };
      },
      floor: {
        route: '/api/v1/auctions/:id/bids',
        handle: async (request, _reply, { query }) => (await query(FLOOR_BID, [request.params.id, request.body.amount]))[0],
      },
    },
    {
      // ICLEI's dashboard over 5,000 projects and 50,000 sales (an observer: the steward's role
      // needs a second factor in production, which a bench cannot sign in with; the
      // aggregation is the same without the drafts' filter): the API runs the figures,
      // the prices per currency and onboarding's partner list, then assembles with decimal.js.
      // The floor runs the figures aggregation alone, as one query.
      name: 'projects: dashboard (5k projects, 50k sales)',
      method: 'GET',
      path: '/api/v1/dashboard',
      connections: 2,
      timeoutSeconds: 60,
      setup: async ({ db, request }) => {
        await seedDashboard(db);
        const iclei = await benchOrganisation(db, 'international');
        return { headers: await benchMember(db, request, { email: 'bench.dashboard@bench.invalid', role: 'observer', organisationId: iclei }) };
      },
      floor: {
        handle: async (_request, _reply, { query }) => ({ figures: await query(DASHBOARD_FIGURES, [[], [], SHARED_STATES]) }),
      },
    },
  ];
}
