// Public API of the documents lib: what the apps and other libs use. Specs reach engine parts
// through `@bluecarbon/documents/testing`.
export { DocumentsModule } from './documents.module';
export { DOCUMENTS_ENTITIES } from './entities';
export { DocumentsService } from './documents/documents.service';
export { type DocumentView, toDocumentView, withRevisionSummary } from './documents/document-view';
export { CreateDocumentDto } from './dto/document.dto';
export { DocumentResponse } from './dto/views.dto';
export { seedDocumentsDemo } from './seed/seed-documents-demo';
