import { estimatesOf, measuredPeriodOf } from './measured-periods';

describe('a monitoring report as the calculator’s monitoring period', () => {
  const perYear = new Set(['uncertainty', 'area_lost_in_project', 'project_activity_emissions']);
  const report = {
    periodStart: '2023-01-01',
    periodEnd: '2024-12-31',
    inputs: {
      project: { project_activity_emissions: '3.5' },
      strata: {
        fringe: { soil_type: 'mineral', uncertainty: '12', area_lost_in_project: { '2023': '0.4', '2024': '0' } },
        basin: { soil_type: 'organic' },
      },
    },
  };

  it('measures only the per-year inputs, over the report’s calendar years', () => {
    expect(measuredPeriodOf(report, perYear)).toEqual({
      startYear: 2023,
      endYear: 2024,
      project: { project_activity_emissions: '3.5' },
      strata: { fringe: { uncertainty: '12', area_lost_in_project: { '2023': '0.4', '2024': '0' } } },
    });
    expect(measuredPeriodOf({ ...report, inputs: { strata: { basin: { soil_type: 'organic' } } } }, perYear)).toEqual({ startYear: 2023, endYear: 2024 });
  });

  it('estimates the unmeasured years with one figure: the latest measured year’s', () => {
    expect(estimatesOf(report.inputs.strata.fringe)).toEqual({ soil_type: 'mineral', uncertainty: '12', area_lost_in_project: '0' });
    expect(estimatesOf(undefined)).toEqual({});
  });
});
