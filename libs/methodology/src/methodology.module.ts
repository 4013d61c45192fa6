import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bluecarbon/identity';
import { AdaptationDecisionsService } from './adaptations/adaptation-decisions.service';
import { AdaptationLoader } from './adaptations/adaptation-loader.service';
import { AdaptationsController } from './adaptations/adaptations.controller';
import { AdaptationsService } from './adaptations/adaptations.service';
import { CalculationPool } from './calculation/calculation-pool';
import { CalculationService } from './calculation/calculation.service';
import { METHODOLOGY_ENTITIES } from './entities';
import { registerMethodologyTranslations } from './i18n/translations';
import { TemplatesService } from './templates/templates.service';
import { MethodologiesController } from './versions/methodologies.controller';
import { VersionStore } from './versions/version-store.service';
import { VersionsService } from './versions/versions.service';

registerMethodologyTranslations();

/**
 * Methodologies over HTTP: templates and their versions (drafts, publishing, diffs), the
 * calculator, and jurisdictions' adaptations with the steward's approval flow.
 */
@Module({
  imports: [TypeOrmModule.forFeature(METHODOLOGY_ENTITIES), IdentityModule],
  controllers: [MethodologiesController, AdaptationsController],
  providers: [
    AdaptationDecisionsService,
    AdaptationLoader,
    AdaptationsService,
    CalculationPool,
    CalculationService,
    TemplatesService,
    VersionsService,
    VersionStore,
  ],
  exports: [VersionStore, AdaptationLoader, CalculationService],
})
export class MethodologyModule {}
