export { worksWithDocuments } from './access';
export { DocumentPage } from './DocumentPage';
export { DocumentsPage } from './DocumentsPage';
export { NewDocumentPage } from './NewDocumentPage';
export { RenderedPage } from './RenderedPage';
export { RevisionsPage } from './RevisionsPage';
