import request from 'supertest';
import { formula, input, type MethodologyVersion, parameter, smallVersion } from '@bluecarbon/methodology/testing';
import { type Cast, createCast } from '../support/identity-fixtures';
import { draftVersion, publishedVersion, workedExamples } from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/** Words that give English away inside another language's answer (the field's own path aside). */
const ENGLISH = /\b(formula|unknown|takes|argument|cannot|position|stratum|area|is not)\b/;
const IN_LANGUAGE: Record<string, RegExp> = { 'zh-CN': /[\u4e00-\u9fff]/, 'pt-BR': /fórmula|posição|não|estrato/, en: /formula|position|stratum/ };

const withCredits = (expression: string, extra: Partial<MethodologyVersion> = {}) =>
  smallVersion({
    parameters: [
      ...smallVersion().parameters,
      parameter('ch4_ef', { unit: 'kgCH4/ha/yr', default: '193.7' }),
      parameter('gwp_n2o', { unit: 'tCO2e/tN2O', default: '265' }),
    ],
    formulas: [...smallVersion().formulas.slice(0, 2), formula('credits', expression, 'tCO2e')],
    ...extra,
  });

describe('the methodology language over HTTP, in the author’s language', () => {
  let api: TestApi;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
  });
  afterAll(async () => api?.close());

  const refusals: [string, MethodologyVersion, string, string][] = [
    ['an unknown function', withCredits('cbrt(total)'), 'EXPRESSION_UNKNOWN_FUNCTION', 'formulas.credits.expression'],
    ['a wrong number of arguments', withCredits('sqrt(total, 2)'), 'EXPRESSION_WRONG_ARGUMENT_COUNT', 'formulas.credits.expression'],
    ['CH4 converted through the N2O GWP', withCredits('sum(stratum, ch4_ef * area * dt) * gwp_n2o'), 'VERSION_DECLARED_UNIT_MISMATCH', 'formulas.credits.unit'],
    ['prev() of an unknown name', withCredits('total - prev(totl)'), 'VERSION_UNKNOWN_NAME', 'formulas.credits.expression'],
  ];

  describe.each(['zh-CN', 'pt-BR', 'en'])('in %s', (locale) => {
    it.each(refusals)('refuses to publish %s, naming the field', async (_name, version, code, field) => {
      const draft = await draftVersion(api, cast.users.steward, version);
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${draft.key}/versions/${draft.version}/publish`)
        .set(cast.users.steward.auth)
        .set('If-Match', draft.etag)
        .set('Accept-Language', locale)
        .expect(422);
      expect(response.body.issues).toEqual([expect.objectContaining({ code, path: field })]);
      const [error] = response.body.errors;
      expect(error.field).toBe(field);
      expect(error.message).toMatch(IN_LANGUAGE[locale]);
      if (locale !== 'en') expect(error.message.replace(error.field, '')).not.toMatch(ENGLISH);
    });

    it('refuses a negative area, naming the stratum and the field', async () => {
      const target = await publishedVersion(api, cast.users.steward, smallVersion());
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${target.key}/versions/${target.version}/calculate`)
        .set(cast.users.coordinator.auth)
        .set('Accept-Language', locale)
        .send({ creditingPeriod: { startYear: 2030, years: 1 }, strata: [{ key: 'a', area: '-5' }] })
        .expect(422);
      expect(response.body.engineCode).toBe('CALCULATION_INVALID_STRATA');
      const [error] = response.body.errors;
      expect(error.field).toBe('strata[0].area');
      expect(error.message).toMatch(/[“"]a[”"]/);
      expect(error.message).toContain('"-5"');
      expect(error.message).toMatch(IN_LANGUAGE[locale]);
      if (locale !== 'en') expect(error.message.replace(error.field, '')).not.toMatch(ENGLISH);
    });
  });

  describe.each(['zh-CN', 'pt-BR', 'en'])('monitoring periods in %s', (locale) => {
    it('refuses overlapping periods, naming the field, in the caller’s language', async () => {
      const example = workedExamples.find(({ file }) => file === 'two-monitoring-periods.json')!.example;
      const target = await publishedVersion(api, cast.users.steward, example.version as MethodologyVersion);
      const response = await request(api.server)
        .post(`/api/v1/methodologies/${target.key}/versions/${target.version}/calculate`)
        .set(cast.users.coordinator.auth)
        .set('Accept-Language', locale)
        .send({
          ...example.inputs,
          monitoringPeriods: [
            { startYear: 2025, endYear: 2027 },
            { startYear: 2026, endYear: 2028 },
          ],
        })
        .expect(422);
      expect(response.body.engineCode).toBe('CALCULATION_INVALID_MONITORING_PERIOD');
      const [error] = response.body.errors;
      expect(error.field).toBe('monitoringPeriods[1].startYear');
      expect(error.message).toContain('2027');
      expect(error.message).toMatch({ 'zh-CN': /重叠/, 'pt-BR': /sobrepõe/, en: /overlaps/ }[locale]!);
    });
  });

  it('lets a steward publish a stock-change formula with prev(), and a city sees stock, change and soil decay per year', async () => {
    const version = smallVersion({
      parameters: [
        parameter('stock_0', { unit: 'tC/ha', default: '100' }),
        parameter('growth', { unit: 'tC/ha/yr', default: '2.5' }),
        parameter('decay', { unit: '%/yr', type: 'percent', default: '20', min: '0', max: '100' }),
        parameter('soil_0', { unit: 'tC/ha', default: '300' }),
      ],
      inputs: [input('cleared', { scope: 'stratum', type: 'boolean', unit: undefined, default: false })],
      formulas: [
        formula('stock', 'prev(stock, area * stock_0) + area * growth * dt', 'tC', { scope: 'stratum-year', total: 'none' }),
        formula('stock_change', 'stock - prev(stock, area * stock_0)', 'tC', { scope: 'stratum-year' }),
        formula('soil', 'prev(soil, area * soil_0) * if(cleared, 1 - decay * dt, 1)', 'tC', { scope: 'stratum-year', total: 'none' }),
        formula('soil_decay', 'prev(soil, area * soil_0) - soil', 'tC', { scope: 'stratum-year' }),
        formula('credits', 'sum(stratum, stock_change + soil_decay) * co2_per_c', 'tCO2e'),
      ],
    });
    const target = await publishedVersion(api, cast.users.steward, version);
    const response = await request(api.server)
      .post(`/api/v1/methodologies/${target.key}/versions/${target.version}/calculate`)
      .set(cast.users.coordinator.auth)
      .send({
        creditingPeriod: { startYear: 2030, years: 3 },
        strata: [
          { key: 'kept', area: '10' },
          { key: 'cleared', area: '2', inputs: { cleared: true } },
        ],
      })
      .expect(200);
    // kept: 1000 tC + 25 a year; cleared: soil 600 tC loses 20 % of last year's each year.
    expect(
      response.body.years.map((year: { strata: Record<string, Record<string, string>> }) => [
        year.strata.kept.stock,
        year.strata.kept.stock_change,
        year.strata.cleared.soil,
        year.strata.cleared.soil_decay,
      ]),
    ).toEqual([
      ['1025', '25', '480', '120'],
      ['1050', '25', '384', '96'],
      ['1075', '25', '307.2', '76.8'],
    ]);
  });
});
