import { DocumentsRepository } from './documents.repository';
import { GlossaryRepository } from './glossary.repository';
import { MemoryRepository } from './memory.repository';
import { PublicationsRepository } from './publications.repository';
import { SegmentsRepository } from './segments.repository';
import { TasksRepository } from './tasks.repository';
import { TranslationsRepository } from './translations.repository';
import { UiStringsRepository } from './ui-strings.repository';

/** Every named-query class of the module, to register as providers. */
export const DOCUMENTS_REPOSITORIES = [
  DocumentsRepository,
  GlossaryRepository,
  MemoryRepository,
  PublicationsRepository,
  SegmentsRepository,
  TasksRepository,
  TranslationsRepository,
  UiStringsRepository,
];
