import { DocumentsRepository } from './documents.repository';
import { MemoryRepository } from './memory.repository';
import { PublicationsRepository } from './publications.repository';
import { SegmentsRepository } from './segments.repository';
import { TranslationsRepository } from './translations.repository';

/** Every named-query class of the module, to register as providers. */
export const DOCUMENTS_REPOSITORIES = [DocumentsRepository, MemoryRepository, PublicationsRepository, SegmentsRepository, TranslationsRepository];
