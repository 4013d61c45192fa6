export { ConceptPage } from './ConceptPage';
export { GlossaryPage } from './GlossaryPage';
