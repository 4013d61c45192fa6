import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bluecarbon/identity';
import { addTranslations } from '@bluecarbon/platform';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { RevisionWriter } from './documents/revision-writer';
import { DerivedOutputs } from './documents/derived-outputs';
import { SegmentationPool } from './documents/segmentation-pool';
import { SegmentedRevisions } from './documents/segmented-revisions';
import { DOCUMENTS_ENTITIES } from './entities';
import { DocumentEvents } from './events/document-events.service';
import { GlossaryEditor } from './glossary/glossary-editor.service';
import { GlossarySeeder } from './glossary/glossary-seeder';
import { GlossaryController } from './glossary/glossary.controller';
import { GlossaryService } from './glossary/glossary.service';
import { DOCUMENTS_TRANSLATIONS } from './i18n/translations';
import { TbxController } from './interchange/tbx.controller';
import { TbxService } from './interchange/tbx.service';
import { TmxController } from './interchange/tmx.controller';
import { TmxService } from './interchange/tmx.service';
import { XliffBodyParser } from './interchange/xliff-body-parser';
import { XliffController } from './interchange/xliff.controller';
import { XliffService } from './interchange/xliff.service';
import { MemoryService } from './memory/memory.service';
import { PublishingService } from './publishing/publishing.service';
import { DOCUMENTS_REPOSITORIES } from './repositories';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { QaCheckController } from './translations/qa-check.controller';
import { QaCheckService } from './translations/qa-check.service';
import { TranslationsController } from './translations/translations.controller';
import { TranslationsService } from './translations/translations.service';
import { UiStringNamespacesController } from './ui-strings/ui-string-namespaces.controller';
import { UiStringsController } from './ui-strings/ui-strings.controller';
import { UiStringsService } from './ui-strings/ui-strings.service';

addTranslations(DOCUMENTS_TRANSLATIONS);

/**
 * Bilingual documents over HTTP: documents and revisions, segments and their translations,
 * review, memory, glossary, QA, publishing and rendering, XLIFF, the translator queue and
 * i18next namespaces of UI strings.
 */
@Module({
  imports: [TypeOrmModule.forFeature(DOCUMENTS_ENTITIES), IdentityModule],
  controllers: [
    DocumentsController,
    TranslationsController,
    QaCheckController,
    XliffController,
    TmxController,
    TbxController,
    TasksController,
    GlossaryController,
    UiStringsController,
    UiStringNamespacesController,
  ],
  providers: [
    ...DOCUMENTS_REPOSITORIES,
    DocumentEvents,
    DocumentsService,
    GlossarySeeder,
    GlossaryService,
    GlossaryEditor,
    MemoryService,
    PublishingService,
    QaCheckService,
    RevisionWriter,
    SegmentationPool,
    SegmentedRevisions,
    DerivedOutputs,
    TasksService,
    TbxService,
    TmxService,
    TranslationsService,
    UiStringsService,
    XliffBodyParser,
    XliffService,
  ],
  exports: [DocumentsService, GlossaryService],
})
export class DocumentsModule {}
