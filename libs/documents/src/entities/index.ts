import { Document } from './document.entity';

/**
 * Entities TypeORM maps. Segments, translations, memory, glossary and history are read and
 * written with plain SQL: bulk `unnest` inserts keep a 10k-segment revision fast.
 */
export const DOCUMENTS_ENTITIES = [Document];
