/**
 * How a monitoring report's measured inputs reach the calculator under a version that
 * monitors inputs per year (`perYear`): those inputs are the measured values of the report's
 * period (ex post); everything else, and the years no report measured, are the estimates.
 */
type Values = Record<string, unknown>;

export interface ReportInputs {
  project?: Values;
  parameters?: Values;
  strata?: Record<string, Values>;
}

/** The calculator's monitoring period: whole calendar years with their measured per-year inputs. */
export interface MeasuredPeriod {
  startYear: number;
  endYear: number;
  project?: Values;
  strata?: Record<string, Values>;
}

const isRecord = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value);

const pick = (values: Values | undefined, keep: (key: string) => boolean): Values =>
  Object.fromEntries(Object.entries(values ?? {}).filter(([key]) => keep(key)));

/** The report's period with the per-year inputs it measured (one figure for the period, or one per year). */
export function measuredPeriodOf(report: { periodStart: string; periodEnd: string; inputs: ReportInputs }, perYear: ReadonlySet<string>): MeasuredPeriod {
  const project = pick(report.inputs.project, (key) => perYear.has(key));
  const strata = Object.fromEntries(
    Object.entries(report.inputs.strata ?? {})
      .map(([stratum, values]) => [stratum, pick(values, (key) => perYear.has(key))] as const)
      .filter(([, values]) => Object.keys(values).length > 0),
  );
  return {
    startYear: Number(report.periodStart.slice(0, 4)),
    endYear: Number(report.periodEnd.slice(0, 4)),
    ...(Object.keys(project).length ? { project } : {}),
    ...(Object.keys(strata).length ? { strata } : {}),
  };
}

/**
 * Ex-ante estimates from a report's inputs: a value measured year by year stands for the years
 * nobody measured with its latest year's figure (an estimate is one figure).
 */
export function estimatesOf(values: Values | undefined): Values {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => {
      if (!isRecord(value)) return [key, value];
      const latest = Object.keys(value).sort().at(-1);
      return [key, latest === undefined ? undefined : value[latest]];
    }),
  );
}
