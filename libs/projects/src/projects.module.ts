import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bluecarbon/identity';
import { MethodologyModule } from '@bluecarbon/methodology';
import { PROJECTS_ENTITIES } from './entities';
import { CreditCalculator } from './monitoring/credit-calculator';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringService } from './monitoring/monitoring.service';
import { registerProjectsTranslations } from './i18n/translations';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';
import { MonitoringRepository } from './repositories/monitoring.repository';
import { ProjectsRepository } from './repositories/projects.repository';

registerProjectsTranslations();

/**
 * Carbon-sink projects over HTTP. Uses methodology's exported services for the adaptation a
 * project runs under, and the platform's JurisdictionDirectory port (onboarding provides it).
 */
@Module({
  imports: [TypeOrmModule.forFeature(PROJECTS_ENTITIES), IdentityModule, MethodologyModule],
  controllers: [ProjectsController, MonitoringController],
  providers: [CreditCalculator, MonitoringRepository, MonitoringService, ProjectsRepository, ProjectsService],
})
export class ProjectsModule {}
