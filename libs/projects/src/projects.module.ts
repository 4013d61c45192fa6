import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEvents, IdentityModule } from '@bluecarbon/identity';
import { DocumentsModule } from '@bluecarbon/documents';
import { MethodologyModule } from '@bluecarbon/methodology';
import { AppConfig } from '@bluecarbon/platform';
import { AuctionCloseJob } from './auctions/auction-close-job';
import { AuctionScheduler, RUN_AUCTION_JOBS } from './auctions/auction-scheduler';
import { AuctionSettlement } from './auctions/auction-settlement';
import { AuctionsController, BuyerOrganisationsController } from './auctions/auctions.controller';
import { AuctionsService } from './auctions/auctions.service';
import { BuyerOrganisationsService } from './auctions/buyer-organisations.service';
import { DashboardController, PublicSummaryController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { ProjectDocumentsController } from './documents/project-documents.controller';
import { ProjectDocumentsService } from './documents/project-documents.service';
import { PROJECTS_ENTITIES } from './entities';
import { CreditCalculator } from './monitoring/credit-calculator';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringService } from './monitoring/monitoring.service';
import { registerProjectsTranslations } from './i18n/translations';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';
import { DashboardRepository } from './repositories/dashboard.repository';
import { MonitoringRepository } from './repositories/monitoring.repository';
import { AuctionsRepository } from './repositories/auctions.repository';
import { ProjectsRepository } from './repositories/projects.repository';
import { SalesRepository } from './repositories/sales.repository';
import { BuyersService } from './sales/buyers.service';
import { CreditLedger } from './sales/credit-ledger';
import { FxRatesService } from './sales/fx-rates.service';
import { BuyersController, FxRatesController, SalesController } from './sales/sales.controller';
import { SalesService } from './sales/sales.service';

registerProjectsTranslations();

/**
 * What both the API and the worker need: the entities and the closing of auctions (the
 * settlement sells through the ledger, as bilateral sales do).
 */
@Module({
  imports: [TypeOrmModule.forFeature(PROJECTS_ENTITIES)],
  providers: [AuctionCloseJob, AuctionSettlement, AuctionsRepository, CreditLedger, DomainEvents, ProjectsRepository, SalesRepository],
  exports: [TypeOrmModule, AuctionCloseJob, AuctionSettlement, AuctionsRepository, CreditLedger, ProjectsRepository, SalesRepository],
})
export class ProjectsCoreModule {}

/**
 * Carbon-sink projects over HTTP. Uses methodology's exported services for the adaptation a
 * project runs under, documents' for the documents about a project, and the platform's
 * JurisdictionDirectory and PartnerProgress ports (onboarding provides them). The auction
 * closing job runs here only where the API also runs background work (the embedded engine);
 * otherwise the worker runs it.
 */
@Module({
  imports: [ProjectsCoreModule, IdentityModule, MethodologyModule, DocumentsModule],
  controllers: [
    ProjectsController,
    MonitoringController,
    SalesController,
    BuyersController,
    FxRatesController,
    ProjectDocumentsController,
    DashboardController,
    PublicSummaryController,
    AuctionsController,
    BuyerOrganisationsController,
  ],
  providers: [
    { provide: RUN_AUCTION_JOBS, inject: [AppConfig], useFactory: (config: AppConfig) => config.workerInApi },
    AuctionScheduler,
    AuctionsService,
    BuyerOrganisationsService,
    BuyersService,
    CreditCalculator,
    DashboardRepository,
    DashboardService,
    FxRatesService,
    MonitoringRepository,
    MonitoringService,
    ProjectDocumentsService,
    ProjectsService,
    SalesService,
  ],
})
export class ProjectsModule {}

/** For the worker: the closing of auctions whose end has passed. */
@Module({
  imports: [ProjectsCoreModule],
  providers: [{ provide: RUN_AUCTION_JOBS, useValue: true }, AuctionScheduler],
})
export class ProjectsWorkerModule {}
