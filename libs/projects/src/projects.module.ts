import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bluecarbon/identity';
import { DocumentsModule } from '@bluecarbon/documents';
import { MethodologyModule } from '@bluecarbon/methodology';
import { ProjectDocumentsController } from './documents/project-documents.controller';
import { ProjectDocumentsService } from './documents/project-documents.service';
import { DashboardController, PublicSummaryController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { PROJECTS_ENTITIES } from './entities';
import { CreditCalculator } from './monitoring/credit-calculator';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringService } from './monitoring/monitoring.service';
import { registerProjectsTranslations } from './i18n/translations';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';
import { DashboardRepository } from './repositories/dashboard.repository';
import { MonitoringRepository } from './repositories/monitoring.repository';
import { ProjectsRepository } from './repositories/projects.repository';
import { SalesRepository } from './repositories/sales.repository';
import { BuyersService } from './sales/buyers.service';
import { FxRatesService } from './sales/fx-rates.service';
import { BuyersController, FxRatesController, SalesController } from './sales/sales.controller';
import { SalesService } from './sales/sales.service';

registerProjectsTranslations();

/**
 * Carbon-sink projects over HTTP. Uses methodology's exported services for the adaptation a
 * project runs under, documents' for the documents about a project, and the platform's
 * JurisdictionDirectory and PartnerProgress ports (onboarding provides them).
 */
@Module({
  imports: [TypeOrmModule.forFeature(PROJECTS_ENTITIES), IdentityModule, MethodologyModule, DocumentsModule],
  controllers: [
    ProjectsController,
    MonitoringController,
    SalesController,
    BuyersController,
    FxRatesController,
    ProjectDocumentsController,
    DashboardController,
    PublicSummaryController,
  ],
  providers: [
    BuyersService,
    CreditCalculator,
    DashboardRepository,
    DashboardService,
    FxRatesService,
    MonitoringRepository,
    MonitoringService,
    ProjectDocumentsService,
    ProjectsRepository,
    ProjectsService,
    SalesRepository,
    SalesService,
  ],
})
export class ProjectsModule {}
