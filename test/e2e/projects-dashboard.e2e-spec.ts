import Decimal from 'decimal.js';
import fc from 'fast-check';
import request from 'supertest';
import {
  type Cast,
  createCast,
  createOrganisation,
  dataSourceOf,
  type SignedInUser,
  signedInMember,
  type TestOrganisation,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { concretePath, operationsOf, requestArbitrary } from '../support/openapi-fuzz';
import { issuedProject, projectOf } from '../support/projects-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

const SECRET_BUYER = 'Secret Buyer Holdings';
const NAMED_BUYER = 'Named Buyer Co.';

/**
 * The dashboard against its own database: three cities in two countries, drafts, sales in
 * three currencies (one before any rate of its currency), FX rates before, on and after sale
 * dates, retirements, an estimate in an issuance's breakdown. Every figure is compared with
 * an aggregation written here independently (correlated subqueries per city, not the
 * repository's grouping sets).
 */
describe('cross-region dashboard and public summary', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let cast: Cast;
  let third: TestOrganisation;
  let translator: SignedInUser;

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> => dataSourceOf(api).query(text, values);

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    cast = await createCast(api);
    third = await createOrganisation(api, { kind: 'jurisdiction' });
    translator = cast.users.translator;
    // Onboarding knows the three cities: own in China, the others in Brazil.
    for (const [city, country, status] of [
      [cast.own, 'CN', 'onboarding'],
      [cast.other, 'BR', 'active'],
      [third, 'BR', 'applicant'],
    ] as const) {
      await sql(`INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status) VALUES ($1, $2, 'city', $3, 'en', 'UTC', $4)`, [
        city.jurisdictionCode,
        JSON.stringify({ en: `City ${city.jurisdictionCode}`, 'zh-CN': `城市 ${city.jurisdictionCode}` }),
        country,
        status,
      ]);
    }
    const named = await buyer(NAMED_BUYER, true);
    const secret = await buyer(SECRET_BUYER, false);

    const a = await issuedProject(api, cast.own, { tonnes: 110, buffer: 10 });
    await estimateIssuance(a, 2025, '99.875');
    const saleA1 = await sale(a, cast.own, { tonnes: 40, price: '485', currency: 'CNY', date: '2024-09-14', buyer: named });
    await sale(a, cast.own, { tonnes: 10, price: '500.5', currency: 'CNY', date: '2024-01-05', buyer: secret }); // before any CNY rate
    await retire(saleA1, a, cast.own, 15);
    await projectOf(api, cast.own, 'draft');

    const b = await issuedProject(api, cast.other, { tonnes: 300, buffer: 30 });
    const saleB1 = await sale(b, cast.other, { tonnes: 20, price: '30.25', currency: 'BRL', date: '2024-06-01', buyer: secret });
    await sale(b, cast.other, { tonnes: 5, price: '12', currency: 'USD', date: '2024-06-02', buyer: named });
    await retire(saleB1, b, cast.other, 5);
    await projectOf(api, cast.other, 'submitted');

    await projectOf(api, third, 'draft'); // a city with nothing but a draft

    for (const [currency, date, rate] of [
      ['CNY', '2024-09-01', '0.14'],
      ['CNY', '2024-09-14', '0.1405'], // the sale date's own rate wins over the earlier one
      ['CNY', '2024-10-01', '0.15'], // after every CNY sale: never used
      ['BRL', '2024-05-30', '0.19'],
      ['USD', '2020-01-01', '1'],
    ]) {
      await sql(`INSERT INTO fx_rate (currency, rate_date, usd_per_unit) VALUES ($1, $2, $3)`, [currency, date, rate]);
    }
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function buyer(name: string, consent: boolean): Promise<string> {
    const [row] = await sql<{ id: string }>(`INSERT INTO credit_buyer (name, country, public_consent) VALUES ($1, 'CN', $2) RETURNING id`, [
      JSON.stringify({ en: name }),
      consent,
    ]);
    return row!.id;
  }

  async function estimateIssuance(projectId: string, vintage: number, creditable: string): Promise<void> {
    await sql(
      `INSERT INTO project_issuance (project_id, monitoring_report_id, jurisdiction_code, vintage, issued_tonnes, buffer_tonnes, serial_prefix, serial_first, serial_last,
                                     breakdown, methodology_key, methodology_version, methodology_checksum, adaptation_id, adaptation_revision)
       SELECT project_id, monitoring_report_id, jurisdiction_code, $2, 100, 10, 'BCP-TEST', 111, 210, $3, 'test', '1.0.0', 'sha256:test', adaptation_id, 1
         FROM project_issuance WHERE project_id = $1 LIMIT 1`,
      [projectId, vintage, JSON.stringify({ creditable: { year: vintage, value: creditable, wholeTonnes: '99' } })],
    );
  }

  // Sales and retirements written directly take the next serials of their project or sale, as the ledger would.
  const nextSerial = new Map<string, number>();
  function serials(owner: string, tonnes: number, start = 1): [number, number] {
    const first = nextSerial.get(owner) ?? start;
    nextSerial.set(owner, first + tonnes);
    return [first, first + tonnes - 1];
  }

  async function sale(
    projectId: string,
    city: TestOrganisation,
    lot: { tonnes: number; price: string; currency: string; date: string; buyer: string },
  ): Promise<string> {
    const [first, last] = serials(projectId, lot.tonnes);
    const [row] = await sql<{ id: string }>(
      `INSERT INTO credit_sale (project_id, jurisdiction_code, jurisdiction_id, vintage, tonnes, unit_price, currency, sale_date, buyer_id, use_of_proceeds,
                                serial_prefix, serial_first, serial_last)
       VALUES ($1, $2, $3, 2024, $4, $5, $6, $7, $8, 'Mangrove protection', 'BCP-TEST', $9, $10) RETURNING id`,
      [projectId, city.jurisdictionCode, city.jurisdictionId, lot.tonnes, lot.price, lot.currency, lot.date, lot.buyer, first, last],
    );
    nextSerial.set(row!.id, first);
    return row!.id;
  }

  async function retire(saleId: string, projectId: string, city: TestOrganisation, tonnes: number): Promise<void> {
    const [first, last] = serials(saleId, tonnes);
    await sql(
      `INSERT INTO credit_retirement (sale_id, project_id, jurisdiction_code, vintage, tonnes, beneficiary, serial_first, serial_last)
       VALUES ($1, $2, $3, 2024, $4, 'Beneficiary', $5, $6)`,
      [saleId, projectId, city.jurisdictionCode, tonnes, first, last],
    );
  }

  /** The independent aggregation, per city, over projects whose status passes `statusFilter`. */
  async function expectedByCity(statusFilter: string): Promise<Map<string, Record<string, unknown>>> {
    const rows = await sql<Record<string, string | number | null>>(
      `WITH priced AS (
         SELECT s.*, (SELECT f.usd_per_unit FROM fx_rate f WHERE f.currency = s.currency AND f.rate_date <= s.sale_date ORDER BY f.rate_date DESC LIMIT 1) AS rate
           FROM credit_sale s)
       SELECT p.jurisdiction_code AS code, count(*)::int AS projects, sum(p.declared_hectares)::text AS hectares,
              (SELECT coalesce(sum(i.issued_tonnes), 0) FROM project_issuance i JOIN project q ON q.id = i.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS issued,
              (SELECT coalesce(sum((i.breakdown -> 'creditable' ->> 'value')::numeric), 0) FROM project_issuance i JOIN project q ON q.id = i.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS estimated,
              (SELECT coalesce(sum(s.tonnes), 0) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS sold,
              (SELECT count(*) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::int AS sales,
              (SELECT count(*) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND s.rate IS NULL AND ${statusFilter.replace(/p\./g, 'q.')})::int AS without_rate,
              (SELECT coalesce(sum(s.tonnes * s.unit_price * s.rate), 0) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS usd,
              (SELECT sum(s.tonnes) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND s.rate IS NOT NULL AND ${statusFilter.replace(/p\./g, 'q.')})::text AS usd_tonnes,
              (SELECT min(s.unit_price * s.rate) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS usd_min,
              (SELECT max(s.unit_price * s.rate) FROM priced s JOIN project q ON q.id = s.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS usd_max,
              (SELECT coalesce(sum(r.tonnes), 0) FROM credit_retirement r JOIN project q ON q.id = r.project_id WHERE q.jurisdiction_code = p.jurisdiction_code AND ${statusFilter.replace(/p\./g, 'q.')})::text AS retired
         FROM project p WHERE ${statusFilter} GROUP BY p.jurisdiction_code`,
    );
    const cents = (value: string | number | null | undefined) =>
      value == null ? null : new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);
    return new Map(
      rows.map((row) => [
        String(row.code),
        {
          projects: row.projects,
          hectares: new Decimal(row.hectares!).toFixed(),
          estimatedTonnes: new Decimal(row.estimated!).toFixed(),
          issuedTonnes: new Decimal(row.issued!).toFixed(),
          soldTonnes: new Decimal(row.sold!).toFixed(),
          retiredTonnes: new Decimal(row.retired!).toFixed(),
          sales: row.sales,
          salesWithoutRate: row.without_rate,
          usdTotal: cents(row.usd),
          usdAveragePrice: row.usd_tonnes == null ? null : cents(new Decimal(row.usd!).dividedBy(row.usd_tonnes).toFixed()),
          usdMinPrice: cents(row.usd_min),
          usdMaxPrice: cents(row.usd_max),
        },
      ]),
    );
  }

  const dashboard = (who: SignedInUser) => request(api.server).get('/api/v1/dashboard').set(who.auth);
  const FIGURES = ['projects', 'hectares', 'estimatedTonnes', 'issuedTonnes', 'soldTonnes', 'retiredTonnes', 'sales', 'salesWithoutRate'] as const;
  const USD_FIGURES = ['usdTotal', 'usdAveragePrice', 'usdMinPrice', 'usdMaxPrice'] as const;
  const pick = (row: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));

  it("the steward's figures per city, per country and overall equal a direct SQL aggregation, drafts included", async () => {
    const body = (await dashboard(cast.users.steward).expect(200)).body;
    const expected = await expectedByCity('true');
    for (const row of body.jurisdictions.filter((candidate: { projects: number }) => candidate.projects > 0)) {
      expect({ code: row.jurisdictionCode, ...pick(row, [...FIGURES, ...USD_FIGURES]) }).toEqual({
        code: row.jurisdictionCode,
        ...expected.get(row.jurisdictionCode),
      });
    }
    expect(body.jurisdictions.filter((row: { projects: number }) => row.projects > 0)).toHaveLength(expected.size);
    // What the data was built for, spelled out: the CNY sale of 2024-09-14 at that day's rate, the January one without a rate.
    const own = body.jurisdictions.find((row: { jurisdictionCode: string }) => row.jurisdictionCode === cast.own.jurisdictionCode);
    expect(own).toMatchObject({
      country: 'CN',
      onboardingStatus: 'onboarding',
      name: { en: `City ${cast.own.jurisdictionCode}` },
      projects: 2,
      hectares: '200',
      estimatedTonnes: '99.875',
      issuedTonnes: '210',
      soldTonnes: '50',
      retiredTonnes: '15',
      sales: 2,
      salesWithoutRate: 1,
      usdTotal: '2725.70', // 40 × 485 × 0.1405
      usdAveragePrice: '68.14',
    });
    const thirdRow = body.jurisdictions.find((row: { jurisdictionCode: string }) => row.jurisdictionCode === third.jurisdictionCode);
    expect(thirdRow).toMatchObject({
      country: 'BR',
      onboardingStatus: 'applicant',
      projects: 1,
      hectares: '100',
      sales: 0,
      usdTotal: '0.00',
      usdAveragePrice: null,
    });

    // Countries and overall: the same SQL added up by country (from onboarding's records) and altogether.
    const [totals] = await sql<{ hectares: string; sold: string; projects: number }>(
      `SELECT sum(declared_hectares)::text AS hectares, count(*)::int AS projects, (SELECT sum(tonnes) FROM credit_sale)::text AS sold FROM project`,
    );
    expect(pick(body.overall, ['projects', 'hectares', 'soldTonnes'])).toEqual({
      projects: totals!.projects,
      hectares: new Decimal(totals!.hectares).toFixed(),
      soldTonnes: totals!.sold,
    });
    for (const country of ['CN', 'BR']) {
      // A project's country is its city's (onboarding's record), else its code's prefix: the demo's Futian has no record.
      const [row] = await sql<{ hectares: string; projects: number; retired: string }>(
        `SELECT sum(p.declared_hectares)::text AS hectares, count(*)::int AS projects,
                (SELECT coalesce(sum(r.tonnes), 0) FROM credit_retirement r LEFT JOIN jurisdiction rj ON rj.code = r.jurisdiction_code
                  WHERE coalesce(rj.country, split_part(r.jurisdiction_code, '-', 1)) = $1)::text AS retired
           FROM project p LEFT JOIN jurisdiction j ON j.code = p.jurisdiction_code
          WHERE coalesce(j.country, split_part(p.jurisdiction_code, '-', 1)) = $1`,
        [country],
      );
      expect(
        pick(
          body.countries.find((candidate: { country: string }) => candidate.country === country),
          ['projects', 'hectares', 'retiredTonnes'],
        ),
      ).toEqual({
        projects: row!.projects,
        hectares: new Decimal(row!.hectares).toFixed(),
        retiredTonnes: row!.retired,
      });
    }
    const [brazil] = await sql<{ partners: number }>(`SELECT count(*)::int AS partners FROM jurisdiction WHERE country = 'BR' AND status <> 'prospect'`);
    expect(body.countries.find((row: { country: string }) => row.country === 'BR').partners).toBe(brazil!.partners);

    // Prices in the original currency: one line per currency overall, compared with SQL.
    const prices = await sql<{ currency: string; sales: number; tonnes: string; total: string; min: string; max: string }>(
      `SELECT currency, count(*)::int AS sales, sum(tonnes)::text AS tonnes, sum(tonnes * unit_price)::text AS total, min(unit_price)::text AS min, max(unit_price)::text AS max
         FROM credit_sale GROUP BY currency ORDER BY currency`,
    );
    expect(
      body.prices
        .filter((row: { level: string }) => row.level === 'overall')
        .map((row: Record<string, unknown>) => pick(row, ['currency', 'sales', 'tonnes', 'total', 'averagePrice', 'minPrice', 'maxPrice'])),
    ).toEqual(
      prices.map((row) => ({
        currency: row.currency,
        sales: row.sales,
        tonnes: row.tonnes,
        total: new Decimal(row.total).toFixed(),
        averagePrice: new Decimal(row.total).dividedBy(row.tonnes).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(),
        minPrice: new Decimal(row.min).toFixed(),
        maxPrice: new Decimal(row.max).toFixed(),
      })),
    );
    // The own city's CNY sales (the demo's Futian sells in CNY too, so not the overall line).
    const ownCny = body.prices.find(
      (row: { level: string; currency: string; jurisdictionCode: string | null }) =>
        row.level === 'jurisdiction' && row.jurisdictionCode === cast.own.jurisdictionCode && row.currency === 'CNY',
    );
    expect(ownCny).toMatchObject({
      averagePrice: '488.1', // (40 × 485 + 10 × 500.5) / 50
      minPrice: '485',
      maxPrice: '500.5',
    });
  });

  it('ICLEI reads every partner without drafts; a city only itself; a translator nothing; nobody signed out', async () => {
    const observer = (await dashboard(cast.users.observer).expect(200)).body;
    const shared = await expectedByCity(`p.status <> 'draft'`);
    const withProjects = observer.jurisdictions.filter((row: { projects: number }) => row.projects > 0);
    expect(withProjects.map((row: { jurisdictionCode: string }) => row.jurisdictionCode).sort()).toEqual([...shared.keys()].sort());
    for (const row of withProjects) expect(pick(row, [...FIGURES, ...USD_FIGURES])).toEqual(shared.get(row.jurisdictionCode));
    // The third city's only project is a draft: ICLEI sees the partner's stage, no project.
    expect(observer.jurisdictions.find((row: { jurisdictionCode: string }) => row.jurisdictionCode === third.jurisdictionCode)).toMatchObject({
      projects: 0,
      onboardingStatus: 'applicant',
    });

    const city = (await dashboard(cast.users.coordinator).expect(200)).body;
    expect(city.jurisdictions.map((row: { jurisdictionCode: string }) => row.jurisdictionCode)).toEqual([cast.own.jurisdictionCode]);
    expect(city.countries.map((row: { country: string }) => row.country)).toEqual(['CN']);
    const own = (await expectedByCity('true')).get(cast.own.jurisdictionCode!)!;
    expect(pick(city.overall, [...FIGURES, ...USD_FIGURES])).toEqual(own);
    expect(JSON.stringify(city)).not.toContain(cast.other.jurisdictionCode);
    expect(
      city.prices.every((row: { jurisdictionCode: string | null }) => row.jurisdictionCode === null || row.jurisdictionCode === cast.own.jurisdictionCode),
    ).toBe(true);

    const neighbour = await signedInMember(api, cast.other, 'contributor');
    expect((await dashboard(neighbour).expect(200)).body.jurisdictions.map((row: { jurisdictionCode: string }) => row.jurisdictionCode)).toEqual([
      cast.other.jurisdictionCode,
    ]);

    expect((await dashboard(translator).expect(403)).body.code).toBe('forbidden');
    await request(api.server).get('/api/v1/dashboard').expect(401);
    await request(api.server).get('/api/v1/dashboard/jurisdictions.csv').expect(401);
  });

  it('exports each table as CSV: BOM, CRLF, headers in the caller’s language, the same figures', async () => {
    const json = (await dashboard(cast.users.steward).expect(200)).body;
    const answer = await request(api.server)
      .get('/api/v1/dashboard/jurisdictions.csv')
      .set(cast.users.steward.auth)
      .set('Accept-Language', 'zh-CN')
      .expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(answer.headers['content-disposition']).toBe('attachment; filename="dashboard-jurisdictions.csv"');
    expect(answer.headers['cache-control']).toBe('private, no-store');
    const text = answer.text;
    expect(text.startsWith('\uFEFF辖区代码,名称,国家,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(json.jurisdictions.length + 2); // header, rows, the final CRLF
    const ownLine = lines.find((line) => line.startsWith(`${cast.own.jurisdictionCode},`))!;
    expect(ownLine).toContain(`城市 ${cast.own.jurisdictionCode},CN,onboarding`);
    expect(ownLine.split(',').slice(-5)).toEqual(['2725.70', '68.14', '68.14', '68.14', '1']);

    for (const [table, header] of [
      ['countries', 'Country,Partner jurisdictions,Projects'],
      ['overall', 'Projects,Hectares,Estimated credits (tCO2e)'],
      ['prices', 'Level,Jurisdiction code,Country,Currency'],
    ]) {
      const csv = await request(api.server).get(`/api/v1/dashboard/${table}.csv`).set(cast.users.observer.auth).expect(200);
      expect(csv.text.startsWith(`\uFEFF${header}`)).toBe(true);
    }
    const portuguese = await request(api.server).get('/api/v1/dashboard/overall.csv').set(cast.users.observer.auth).set('Accept-Language', 'pt-BR').expect(200);
    expect(portuguese.text.startsWith('\uFEFFProjetos,Hectares,Créditos estimados (tCO2e)')).toBe(true);
    await request(api.server).get('/api/v1/dashboard/prices.csv').set(translator.auth).expect(403);
  });

  it('the public summary leaks no draft, no project under review and no buyer who did not consent', async () => {
    const answer = await request(api.server).get('/api/v1/public/summary').expect(200);
    const text = answer.text;
    const body = answer.body;
    expect(text).not.toContain(SECRET_BUYER);
    expect(text).not.toContain(third.jurisdictionCode); // only a draft there
    const [secret] = await sql<{ id: string }>(`SELECT id FROM credit_buyer WHERE name ->> 'en' = $1`, [SECRET_BUYER]);
    expect(text).not.toContain(secret!.id);
    // What the public may see, added up here from the tables: sales of registered projects and after, by consent of the buyer.
    const publicSales = `SELECT s.tonnes, s.buyer_id, b.public_consent FROM credit_sale s JOIN project p ON p.id = s.project_id
                          JOIN credit_buyer b ON b.id = s.buyer_id WHERE p.status IN ('registered', 'crediting', 'closed')`;
    const consenting = await sql<{ name: { en: string }; country: string | null; sales: number; tonnes: string }>(
      `SELECT b.name, b.country, count(*)::int AS sales, sum(x.tonnes)::text AS tonnes
         FROM (${publicSales}) x JOIN credit_buyer b ON b.id = x.buyer_id WHERE x.public_consent GROUP BY b.id, b.name, b.country`,
    );
    expect(body.buyers).toEqual(expect.arrayContaining(consenting));
    expect(body.buyers).toHaveLength(consenting.length);
    expect(body.buyers).toContainEqual({ name: { en: NAMED_BUYER }, country: 'CN', sales: 2, tonnes: '45' });
    const [undisclosed] = await sql<{ buyers: number; sales: number; tonnes: string }>(
      `SELECT count(DISTINCT buyer_id)::int AS buyers, count(*)::int AS sales, sum(tonnes)::text AS tonnes FROM (${publicSales}) x WHERE NOT x.public_consent`,
    );
    expect(body.undisclosedBuyers).toEqual(undisclosed);
    // Registered and after only: own has a crediting project (and a draft), other a crediting one (and one submitted).
    const [registered] = await sql<{ projects: number; hectares: string; sold: string; sales: number }>(
      `SELECT count(*)::int AS projects, sum(declared_hectares)::text AS hectares,
              (SELECT sum(tonnes) FROM (${publicSales}) x)::text AS sold, (SELECT count(*) FROM (${publicSales}) x)::int AS sales
         FROM project WHERE status IN ('registered', 'crediting', 'closed')`,
    );
    expect(body.totals).toMatchObject({
      projects: registered!.projects,
      hectares: new Decimal(registered!.hectares).toFixed(),
      soldTonnes: registered!.sold,
      sales: registered!.sales,
    });
    const listed = new Map(body.jurisdictions.map((row: { jurisdictionCode: string; projects: number }) => [row.jurisdictionCode, row.projects]));
    expect(listed.get(cast.own.jurisdictionCode)).toBe(1);
    expect(listed.get(cast.other.jurisdictionCode)).toBe(1);
    expect(listed.has(third.jurisdictionCode)).toBe(false);
    const [publicCities] = await sql<{ codes: string[] }>(
      `SELECT array_agg(DISTINCT jurisdiction_code ORDER BY jurisdiction_code) AS codes FROM project WHERE status IN ('registered', 'crediting', 'closed')`,
    );
    expect([...listed.keys()].sort()).toEqual(publicCities!.codes);
  });

  it('the public summary is cacheable: an ETag of its content, Cache-Control, 304 to If-None-Match, a new tag after a sale', async () => {
    const first = await request(api.server).get('/api/v1/public/summary').expect(200);
    const tag = first.headers.etag;
    const soldBefore = new Decimal(first.body.totals.soldTonnes);
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await request(api.server).get('/api/v1/public/summary').set('If-None-Match', tag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(tag);
    await request(api.server).get('/api/v1/public/summary').set('If-None-Match', '"something-else"').expect(200);

    const [project] = await sql<{ id: string }>(`SELECT id FROM project WHERE jurisdiction_code = $1 AND status = 'crediting'`, [cast.own.jurisdictionCode]);
    const [named] = await sql<{ id: string }>(`SELECT id FROM credit_buyer WHERE name ->> 'en' = $1`, [NAMED_BUYER]);
    await sale(project!.id, cast.own, { tonnes: 1, price: '490', currency: 'CNY', date: '2024-09-20', buyer: named!.id });
    const changed = await request(api.server).get('/api/v1/public/summary').set('If-None-Match', tag).expect(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.body.totals.soldTonnes).toBe(soldBefore.plus(1).toFixed());
  });

  it('survives junk on its own routes as the OpenAPI fuzzer sends it (the full fuzzer covers them too)', async () => {
    const document = (await request(api.server).get('/api/docs-json').expect(200)).body;
    const operations = operationsOf(document).filter((operation) => /\/(dashboard|public)\b/.test(operation.path));
    expect(operations.map((operation) => operation.path).sort()).toEqual(
      ['countries.csv', 'jurisdictions.csv', 'overall.csv', 'prices.csv']
        .map((file) => `/api/v1/dashboard/${file}`)
        .concat('/api/v1/dashboard', '/api/v1/public/summary')
        .sort(),
    );
    for (const headers of [{}, cast.users.admin.auth, cast.users.coordinator.auth]) {
      for (const operation of operations) {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(operation), async (input) => {
            const response = await request(api.server)
              .get(concretePath(operation, input.pathValues))
              .set(headers)
              .query(input.query)
              .set('Accept-Language', input.language)
              .set('If-None-Match', input.ifMatch ?? '*junk*');
            expect(response.status).toBeLessThan(500);
            if (response.status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          }),
          { numRuns: 5 },
        );
      }
    }
  });
});
