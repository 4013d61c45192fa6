import request from 'supertest';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { seedOnboardingDemo } from '@bluecarbon/onboarding';
import { dataSourceOf, signIn } from '../support/identity-fixtures';
import { ensureSeededMethodology, SEEDED_KEY, SEEDED_VERSION, transition } from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * The "done when", as a new user would do it with the demo data: Taishan's coordinator
 * adopts the seeded methodology with a local carbon-stock value, Shenzhen's steward approves,
 * and a calculation says exactly which values it used and why.
 */
describe('methodology walkthrough with the demo users', () => {
  let api: TestApi;
  const password = () => api.config.env.DEMO_PASSWORD;

  beforeAll(async () => {
    api = await startTestApi();
    // The embedded start loads these itself; a server database gets them here (each is idempotent).
    const hasher = new PasswordHasher();
    await seedDemoData(dataSourceOf(api), password(), (text) => hasher.hash(text));
    await seedOnboardingDemo(dataSourceOf(api));
    await ensureSeededMethodology(api);
  });
  afterAll(async () => api?.close());

  it('adopt with a local carbon stock, approve, calculate, and read which values were used and why', async () => {
    const taishan = await signIn(api, { email: 'coordinator@taishan.demo', password: password() });
    const steward = await signIn(api, { email: 'steward@shenzhen.demo', password: password() });

    const methodologies = await request(api.server).get('/api/v1/methodologies').set(taishan.auth).expect(200);
    const seeded = methodologies.body.items.find((item: { key: string }) => item.key === SEEDED_KEY);
    expect(seeded.title.en).toBe('Mangrove Conservation Carbon Sink Methodology');

    const adopted = await request(api.server)
      .post('/api/v1/adaptations')
      .set(taishan.auth)
      .send({
        methodologyKey: SEEDED_KEY,
        version: SEEDED_VERSION,
        overrides: [
          {
            parameter: 'agb_stock',
            value: '118.5',
            justification: 'Taishan Zhenhai Bay plot survey 2024 (24 plots)',
            evidence: ['https://example.org/taishan-survey-2024.pdf'],
          },
        ],
      })
      .expect(201);
    expect(adopted.body).toMatchObject({ jurisdictionCode: 'CN-GD-TAISHAN', status: 'draft' });
    const submitted = await transition(api, adopted.body.id, 'submit', taishan, adopted.headers.etag).expect(200);
    const approved = await transition(api, adopted.body.id, 'approve', steward, submitted.headers.etag, {
      reason: 'Survey method follows the guidance',
    }).expect(200);
    expect(approved.body.status).toBe('approved');

    const result = await request(api.server)
      .post(`/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`)
      .set(taishan.auth)
      .set('Accept-Language', 'zh-CN')
      .send({
        adaptationId: adopted.body.id,
        creditingPeriod: { startYear: 2025, years: 10 },
        strata: [
          { key: 'zhenhai-north', area: '120.5', inputs: { soil_type: 'mineral' } },
          { key: 'zhenhai-south', area: '64', inputs: { soil_type: 'organic' } },
        ],
        project: { uncertainty: '12.5', project_activity_emissions: '4' },
        prices: [
          { key: 'shenzhen-2023-reserve', currency: 'CNY', pricePerTonne: '183' },
          { key: 'shenzhen-2023-clearing', currency: 'CNY', pricePerTonne: '485' },
        ],
      })
      .expect(200);
    const body = result.body;
    expect(body.adaptation).toMatchObject({ id: adopted.body.id, status: 'approved', jurisdictionCode: 'CN-GD-TAISHAN' });
    expect(body.parameters.agb_stock).toMatchObject({
      value: '118.5',
      source: 'adaptation',
      default: '75',
      justification: 'Taishan Zhenhai Bay plot survey 2024 (24 plots)',
      evidence: ['https://example.org/taishan-survey-2024.pdf'],
      withinRange: true,
    });
    expect(body.parameters.root_shoot_ratio).toMatchObject({ source: 'default', citation: { source: expect.any(String) } });
    expect(body.inputs.project.uncertainty).toMatchObject({ value: '12.5', source: 'input' });
    expect(body.creditable.total.wholeTonnes).toMatch(/^\d+$/);
    expect(body.valueEstimates.map((estimate: { key: string }) => estimate.key)).toEqual(['shenzhen-2023-reserve', 'shenzhen-2023-clearing']);
    expect(body.rules.rounding).toMatch(/rounded down/);
  });
});
