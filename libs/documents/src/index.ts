// Public API of the documents lib: what the apps and other libs use. Specs reach engine parts
// through `@bluecarbon/documents/testing`.
export { DocumentsModule } from './documents.module';
export { DOCUMENTS_ENTITIES } from './entities';
export { DocumentsService } from './documents/documents.service';
export { seedDocumentsDemo } from './seed/seed-documents-demo';
