import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type LocalizedText, PartnerProgress, type PartnerStage } from '@bluecarbon/platform';
import { caseProgress } from '../domain/progress';
import { CasesRepository } from '../repositories/cases.repository';

export interface OverviewRow {
  jurisdictionId: string;
  code: string;
  name: LocalizedText;
  country: string;
  status: string;
  caseId: string | null;
  caseStatus: string | null;
  /** Steps the partner is working on or waiting for review on. */
  currentSteps: string[];
  percentComplete: number;
  overdueCount: number;
  lastActivityAt: Date | null;
}

/**
 * Every partner past the prospect stage with its latest case: stage, percent complete,
 * overdue steps and last activity. The network overview answers it to the steward and ICLEI;
 * other libs read it through the platform's PartnerProgress port and apply their own access.
 */
@Injectable()
export class OnboardingPartnerProgress extends PartnerProgress {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
  ) {
    super();
  }

  async overview(country: string | null): Promise<OverviewRow[]> {
    const partners = await this.cases.partnersWithLatestCase(this.dataSource.manager, country);
    const caseIds = partners.map((partner) => partner.case_id).filter((id): id is string => id !== null);
    const steps = await this.cases.stepProgress(this.dataSource.manager, caseIds);
    const now = new Date();
    return partners.map((partner) => {
      const own = steps.filter((step) => step.case_id === partner.case_id);
      const progress = caseProgress(
        own.map((step) => ({ key: step.key, state: step.state, dependsOn: step.depends_on, dueOn: step.due_on })),
        now,
        partner.time_zone,
      );
      return {
        jurisdictionId: partner.id,
        code: partner.code,
        name: partner.name,
        country: partner.country,
        status: partner.status,
        caseId: partner.case_id,
        caseStatus: partner.case_status,
        currentSteps: own.filter((step) => ['open', 'submitted', 'changes_requested'].includes(step.state)).map((step) => step.key),
        percentComplete: progress.percentComplete,
        overdueCount: progress.overdueCount,
        lastActivityAt: partner.last_activity_at,
      };
    });
  }

  async partners(): Promise<PartnerStage[]> {
    return (await this.overview(null)).map(({ jurisdictionId, code, name, country, status, caseStatus, currentSteps, percentComplete }) => ({
      jurisdictionId,
      code,
      name,
      country,
      status,
      caseStatus,
      currentSteps,
      percentComplete,
    }));
  }
}

/**
 * Global so that projects can inject the port without importing onboarding. The cases
 * repository is stateless (each query takes a manager), so its own instance here is harmless.
 */
@Global()
@Module({
  providers: [CasesRepository, OnboardingPartnerProgress, { provide: PartnerProgress, useExisting: OnboardingPartnerProgress }],
  exports: [OnboardingPartnerProgress, PartnerProgress],
})
export class PartnerProgressModule {}
