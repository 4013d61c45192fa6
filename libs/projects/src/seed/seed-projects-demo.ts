import type { DataSource, EntityManager } from 'typeorm';
import { demoCityOrganisation, demoUserId } from '@bluecarbon/identity';
import { seedDemoAdaptation } from '@bluecarbon/methodology';
import { insertedId } from '@bluecarbon/platform';
import { serialPrefix, serialRanges } from '../domain/issuance';
import { estimatesOf, measuredPeriodOf } from '../domain/measured-periods';
import { checkArea } from '../domain/site-boundary';
import { Issuance } from '../entities/issuance.entity';
import { MonitoringReport } from '../entities/monitoring-report.entity';
import { Project } from '../entities/project.entity';
import { issuanceBreakdown, periodVintages } from '../monitoring/credit-calculator';
import { DEMO_PROJECTS, type DemoProject, FUTIAN_DEMO_PROJECT_ID, SHENZHEN_CODE } from './projects-demo-data';

/**
 * Futian crediting (its 2014–2023 report approved and its credits issued under the seeded
 * 2.1.0, as the steward's approval issues them), Enping and Taishan at earlier stages. Adds
 * only the projects that are missing (fixed ids); a city whose demo organisation is missing
 * gets none. Needs identity's and methodology's demo; `futianProjectId` is what the auctions
 * seed sells from (null when Futian was not seeded, e.g. on a database without the steward).
 */
export async function seedProjectsDemo(dataSource: DataSource): Promise<{ projects: number; issuances: number; futianProjectId: string | null }> {
  return dataSource.transaction(async (manager) => {
    const stewardId = await demoUserId(manager, 'steward@shenzhen.demo');
    let projects = 0;
    let issuances = 0;
    for (const demo of DEMO_PROJECTS) {
      const added = await seedProject(manager, demo, stewardId);
      if (added === null) continue;
      projects += 1;
      issuances += added;
    }
    const futian = await manager.findOneBy(Project, { id: FUTIAN_DEMO_PROJECT_ID });
    return { projects, issuances, futianProjectId: futian?.id ?? null };
  });
}

/** Adds one project (and its issuance when it has a report); null when it exists or its city does not. */
async function seedProject(manager: EntityManager, demo: DemoProject, stewardId: string | null): Promise<number | null> {
  if (await manager.findOneBy(Project, { id: demo.id })) return null;
  const city = demo.jurisdictionCode === SHENZHEN_CODE ? { jurisdictionId: null } : await demoCityOrganisation(manager, demo.jurisdictionCode);
  if (!city || !stewardId) return null;
  const adaptation = await seedDemoAdaptation(manager, {
    id: demo.adaptationId,
    jurisdictionCode: demo.jurisdictionCode,
    jurisdictionId: city.jurisdictionId,
    overrides: demo.overrides,
  });
  const area = checkArea(demo.boundary, demo.declaredHectares);
  const past = demo.status !== 'draft';
  const reviewed = ['validated', 'registered', 'crediting'].includes(demo.status);
  await manager.insert(Project, {
    id: demo.id,
    jurisdictionCode: demo.jurisdictionCode,
    jurisdictionId: city.jurisdictionId,
    name: demo.name,
    adaptationId: adaptation.id,
    boundary: demo.boundary,
    declaredHectares: demo.declaredHectares,
    measuredHectares: area.measuredHectares,
    areaDifference: area.relativeDifference,
    strata: demo.strata,
    creditingStart: demo.creditingStart,
    creditingEnd: demo.creditingEnd,
    status: demo.status,
    submittedAt: past ? new Date('2022-08-01T00:00:00Z') : null,
    validatedBy: reviewed ? stewardId : null,
    validatedAt: reviewed ? new Date('2022-08-20T00:00:00Z') : null,
    registeredAt: demo.status === 'crediting' ? new Date('2022-09-01T00:00:00Z') : null,
  });
  if (!demo.report) return 0;

  // What the steward's approval does (monitoring.service.ts), with the engine in this thread.
  const { report } = demo;
  const perYear = new Set(adaptation.perYearInputs);
  const startYear = Number(demo.creditingStart.slice(0, 4));
  const [from, to] = [Number(report.periodStart.slice(0, 4)), Number(report.periodEnd.slice(0, 4))];
  const result = adaptation.calculate({
    creditingPeriod: { startYear, years: to - startYear + 1 },
    strata: demo.strata.map((stratum) => ({ ...stratum, inputs: estimatesOf(report.inputs.strata?.[stratum.key]) })),
    project: estimatesOf(report.inputs.project),
    monitoringPeriods: [measuredPeriodOf(report, perYear)],
  } as Parameters<typeof adaptation.calculate>[0]);
  const decidedAt = new Date('2024-03-15T00:00:00Z');
  const inserted = await manager.insert(MonitoringReport, {
    projectId: demo.id,
    jurisdictionCode: demo.jurisdictionCode,
    jurisdictionId: city.jurisdictionId,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    inputs: report.inputs,
    status: 'approved',
    submittedAt: new Date('2024-02-01T00:00:00Z'),
    decidedBy: stewardId,
    decidedAt,
    calculation: result,
  } as never);
  const reportId = insertedId(inserted);
  const ranges = serialRanges(1, periodVintages(result, from, to));
  for (const { vintage, first, last } of ranges) {
    await manager.insert(Issuance, {
      projectId: demo.id,
      monitoringReportId: reportId,
      jurisdictionCode: demo.jurisdictionCode,
      vintage: vintage.vintage,
      issuedTonnes: String(vintage.issuedTonnes),
      bufferTonnes: String(vintage.bufferTonnes),
      serialPrefix: serialPrefix(demo.jurisdictionCode, demo.id),
      serialFirst: String(first),
      serialLast: String(last),
      breakdown: issuanceBreakdown(result, vintage.vintage, 'monitoring-period'),
      methodologyKey: adaptation.methodology.key,
      methodologyVersion: adaptation.methodology.version,
      methodologyChecksum: adaptation.methodology.checksum,
      adaptationId: adaptation.id,
      adaptationRevision: adaptation.revision,
      issuedBy: stewardId,
      issuedAt: decidedAt,
    });
  }
  await manager.update(Project, { id: demo.id }, { nextSerial: String((ranges.at(-1)?.last ?? 0) + 1) });
  return ranges.length;
}
